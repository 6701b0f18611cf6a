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
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .target(
            name: "VeilleCore",
            dependencies: ["CLibXML2"],
            resources: [.copy("Resources/Gazetteer"), .copy("Resources/Samples")]
        ),
        // libxml2's recovering HTML parser and its XML parser, for saved pages and feeds.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // Header-only on purpose: pkg-config's -D_XOPEN_SOURCE flags are dropped by
        // SwiftPM, which hides the wide-character API (see shared/docs/ncurses-notes.md).
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        // The persistent corpus: SQLite through GRDB (Debian's libsqlite3-dev), FTS5 for search.
        .target(name: "VeilleIndex", dependencies: ["VeilleCore", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "VeilleTUI", dependencies: ["VeilleCore", "CNcursesw"]),
        .executableTarget(
            name: "veille",
            dependencies: [
                "VeilleCore", "VeilleIndex", "VeilleTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "veille-bench", dependencies: ["VeilleCore", "VeilleIndex"]),
        // The fuzz target (Scripts/fuzz builds it with libFuzzer); built the normal way it replays inputs.
        .executableTarget(name: "veille-fuzz", dependencies: ["VeilleCore", "CLibFuzzer"]),
        .systemLibrary(name: "CLibFuzzer"),
        // Tests by level. What every level shares: the fixture articles (Tests/Fixtures), the expected
        // extractions and the scorer's matching rules, the gazetteer and parser the binary uses, the runner
        // of the built binary and the golden-file helper.
        .target(name: "TestSupport", dependencies: ["VeilleCore"], path: "Tests/TestSupport"),
        // The core's units: parsing, layout, exports, loading; no binary.
        .testTarget(name: "VeilleCoreTests", dependencies: ["VeilleCore", "TestSupport"]),
        // The index: round trips, invalidation, queries, damage and two writers.
        .testTarget(name: "VeilleIndexTests", dependencies: ["VeilleIndex", "VeilleCore", "TestSupport"]),
        // The `veille` command as a user runs it; depends on the executable so the binary is rebuilt.
        .testTarget(name: "VeilleCLITests", dependencies: ["veille", "TestSupport"]),
        // The dashboard's state, reducer and frames, drawn into the cell buffer.
        .testTarget(name: "VeilleTUITests", dependencies: ["VeilleTUI", "VeilleCore", "TestSupport"], exclude: ["Golden"]),
        // The real binary in tmux: keys in, screen and bytes out.
        .testTarget(name: "EndToEndTests", dependencies: ["veille", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
