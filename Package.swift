// swift-tools-version:6.2
import PackageDescription

// Branch `tui`: VeilleCore resources, the argument-parser CLI, veille-bench and the
// core tests arrive with the merge of the core library; this manifest only lists
// what exists on this branch so that it builds on its own.
let package = Package(
    name: "veille",
    products: [
        .executable(name: "veille", targets: ["veille"]),
        .library(name: "VeilleCore", targets: ["VeilleCore"]),
        .library(name: "VeilleTUI", targets: ["VeilleTUI"]),
    ],
    targets: [
        .target(name: "VeilleCore"),
        // Header-only on purpose: pkg-config's -D_XOPEN_SOURCE flags are dropped by
        // SwiftPM, which hides the wide-character API (see shared/docs/ncurses-notes.md).
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        .target(name: "VeilleTUI", dependencies: ["VeilleCore", "CNcursesw"]),
        .executableTarget(name: "veille", dependencies: ["VeilleCore", "VeilleTUI"]),
        .testTarget(name: "VeilleTUITests", dependencies: ["VeilleTUI", "VeilleCore"], exclude: ["Golden"]),
        // Depends on the executable so `swift test` rebuilds the binary it drives.
        .testTarget(name: "EndToEndTests", dependencies: ["veille"]),
    ],
    swiftLanguageModes: [.v6]
)
