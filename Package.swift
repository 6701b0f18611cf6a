// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "veille",
    products: [
        .executable(name: "veille", targets: ["veille"]),
        .library(name: "VeilleCore", targets: ["VeilleCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(
            name: "VeilleCore",
            resources: [.copy("Resources/Gazetteer"), .copy("Resources/Samples")]
        ),
        .executableTarget(
            name: "veille",
            dependencies: [
                "VeilleCore",
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
    ],
    swiftLanguageModes: [.v6]
)
