// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "kru",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "kru", targets: ["kru"]),
        .library(name: "KruKit", targets: ["KruPack", "KruReports"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // libxml2 from the system (Debian: libxml2-dev), with a small C shim.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Shared vocabulary: locations, bilingual text, findings, results, submissions.
        .target(name: "KruCore"),
        // Untrusted XML (Blockly programs, JUnit checks) parsed safely into Swift values.
        .target(name: "KruXML", dependencies: ["CLibXML2", "KruCore"]),
        // HTML: libxml2 parse, WHATWG-shaped tree, beginner diagnostics.
        .target(name: "KruHTML", dependencies: ["CLibXML2", "KruCore"]),
        // CSS selectors over the HTML tree, with specificity.
        .target(name: "KruSelectors", dependencies: ["KruCore", "KruHTML"]),
        // CSS: syntax, cascade, computed values, CSS diagnostics.
        .target(name: "KruCSS", dependencies: ["KruCore", "KruHTML", "KruSelectors"]),
        // Located YAML: pack files (rubrics, puzzles, exercise files) read once into Sendable values.
        .target(name: "KruYAML", dependencies: ["KruCore", "Yams"]),
        // Rubrics as data and the web grader.
        .target(name: "KruRubric", dependencies: ["KruCore", "KruHTML", "KruSelectors", "KruCSS", "KruYAML"]),
        // Maze block puzzles: puzzle files, program loading, interpreter, pictures.
        .target(name: "KruMaze", dependencies: ["KruCore", "KruXML", "KruYAML"], exclude: ["TEXT-FORMAT.md"]),
        // Exercise packs: exercises/ + graders/, ids, dispatch to the right grader.
        .target(name: "KruPack", dependencies: ["KruCore", "KruRubric", "KruMaze", "KruYAML"]),
        // Writers of the one result model: text, JSON, HTML, CSV.
        .target(name: "KruReports", dependencies: ["KruCore", "KruPack"]),
        // Batch grading of a cohort: input discovery (folders, Moodle zips, rosters),
        // parallel grading, history in SQLite, the mentor's outputs.
        .target(
            name: "KruBatch",
            dependencies: [
                "KruCore", "KruPack", "KruReports", "KruRubric", "KruMaze",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // `kru lint`: checks an exercise pack (schemas, translations, starters fail,
        // solutions pass, known-wrong samples fail as declared) and writes reports for CI.
        .target(
            name: "KruLint",
            dependencies: ["KruCore", "KruPack", "KruRubric", "KruMaze", "KruSelectors", "KruYAML"]
        ),
        // The command line: one subcommand per file.
        .target(
            name: "KruCLI",
            dependencies: [
                "KruCore", "KruPack", "KruReports", "KruBatch", "KruLint", "KruMaze",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "kru", dependencies: ["KruCLI"]),
        // Timing and parallel helpers shared by the benchmarks.
        .target(name: "KruBenchSupport", path: "Benchmarks/Support"),
        // Release-build benchmark of batch grading: `swift run -c release kru-bench-grade`.
        .executableTarget(
            name: "kru-bench-grade",
            dependencies: ["KruBatch", "KruCore", "KruHTML", "KruPack", "CLibXML2", "KruBenchSupport"],
            path: "Benchmarks/grade"
        ),
        // Release-build benchmark of the maze grader and interpreter:
        // `swift build -c release --product kru-bench-maze`.
        .executableTarget(
            name: "kru-bench-maze",
            dependencies: ["KruCore", "KruMaze", "KruPack", "KruBenchSupport"],
            path: "Benchmarks/maze"
        ),
        .testTarget(name: "KruCoreTests", dependencies: ["KruCore", "KruTestSupport"]),
        .testTarget(name: "KruXMLTests", dependencies: ["KruXML"]),
        .testTarget(name: "KruHTMLTests", dependencies: ["KruHTML"], exclude: ["Fixtures"]),
        .testTarget(name: "KruSelectorsTests", dependencies: ["KruSelectors", "KruHTML", "KruCore"], exclude: ["Fixtures"]),
        .testTarget(name: "KruCSSTests", dependencies: ["KruCSS", "KruHTML"], resources: [.copy("Fixtures")]),
        // Test helpers shared by test targets (a JSON Schema validator for schemas/).
        .target(name: "KruTestSupport", path: "Tests/KruTestSupport"),
        .testTarget(name: "KruRubricTests", dependencies: ["KruRubric", "KruTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "KruMazeTests", dependencies: ["KruMaze", "KruXML"]),
        .testTarget(name: "KruYAMLTests", dependencies: ["KruYAML", "KruCore"]),
        .testTarget(name: "KruPackTests", dependencies: ["KruPack"]),
        .testTarget(name: "KruReportsTests", dependencies: ["KruReports"]),
        .testTarget(
            name: "KruLintTests", dependencies: ["KruLint", "KruCore", "KruXML", "Yams", "KruTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "KruCLITests", dependencies: ["KruCLI", "kru", "KruBatch", "KruHTML", "KruCSS", "KruTestSupport"]),
        .testTarget(
            name: "KruBatchTests",
            dependencies: [
                "KruBatch", "KruCore", "KruPack", "KruReports",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
