// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "veille",
    products: [
        .executable(name: "veille", targets: ["veille"]),
        .library(name: "VeilleCore", targets: ["VeilleCore"]),
        .library(name: "VeilleTUI", targets: ["VeilleTUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(
            name: "VeilleCore",
            resources: [.copy("Resources/Gazetteer"), .copy("Resources/Samples")]
        ),
        // Header-only on purpose: pkg-config's -D_XOPEN_SOURCE flags are dropped by
        // SwiftPM, which hides the wide-character API (see shared/docs/ncurses-notes.md).
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        .target(name: "VeilleTUI", dependencies: ["VeilleCore", "CNcursesw"]),
        .executableTarget(
            name: "veille",
            dependencies: [
                "VeilleCore", "VeilleTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "veille-bench", dependencies: ["VeilleCore"]),
        .testTarget(
            name: "VeilleCoreTests",
            // The executable, so CLI tests run the binary that was just built.
            dependencies: ["VeilleCore", "veille"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "VeilleTUITests", dependencies: ["VeilleTUI", "VeilleCore"], exclude: ["Golden"]),
        // Depends on the executable so `swift test` rebuilds the binary it drives.
        .testTarget(name: "EndToEndTests", dependencies: ["veille"]),
    ],
    swiftLanguageModes: [.v6]
)
