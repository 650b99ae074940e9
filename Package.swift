// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "copydesk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "copydesk", targets: ["copydesk"]),
        // The stages as a library, for the nested Benchmarks/ package (and embedders).
        .library(
            name: "CopydeskKit",
            targets: [
                "CopydeskCore", "ArticleLoading", "PolicyLoading", "Checks", "FactChecking", "Reporting", "Pipeline",
            ]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // System libraries (Debian: libcmark-gfm-dev, libcmark-gfm-extensions-dev, libxml2-dev).
        .systemLibrary(
            name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),

        // A per-thread bump allocator for cmark-gfm's parser and document (docs/performance.md).
        .target(name: "CmarkArena", dependencies: ["CCmarkGFM"]),

        // Names the files being linted when copydesk itself crashes, removes temporary outputs, and
        // moves finished ones into place (ReplaceFile.c).
        .target(name: "CrashGuard"),

        // Stage vocabulary: Foundation only.
        .target(name: "CopydeskCore"),
        // Stage 1: discover, detect, parse into positioned articles.
        .target(
            name: "ArticleLoading",
            dependencies: [
                "CopydeskCore", "CCmarkGFM", "CmarkArena", "CLibXML2", .product(name: "Yams", package: "Yams"),
            ]),
        // Stage 2: YAML policy with extends and validation.
        .target(
            name: "PolicyLoading",
            dependencies: ["CopydeskCore", .product(name: "Yams", package: "Yams")]),
        // Stage 3: built-in analyzers and generic policy rules.
        .target(name: "Checks", dependencies: ["CopydeskCore"]),
        // Stage 4: claim ledger, fact registry, consistency.
        .target(name: "FactChecking", dependencies: ["CopydeskCore"]),
        // JSON string escaping sixteen bytes at a time (SSE2), inlined into the JSON writer.
        .target(name: "ReportBytes"),
        // Stage 5: one small type per output format.
        .target(name: "Reporting", dependencies: ["CopydeskCore", "ReportBytes"]),
        // The only place that knows the stage order.
        .target(
            name: "Pipeline",
            dependencies: [
                "CopydeskCore", "ArticleLoading", "PolicyLoading", "Checks", "FactChecking", "Reporting", "CrashGuard",
            ]),
        // The thin CLI: the only place that prints or exits.
        // jemalloc (Debian: libjemalloc-dev) replaces glibc's malloc: copydesk allocates many
        // small short-lived objects per sentence, and jemalloc's thread caches make a run about
        // 6 % faster (20 % on one huge file) with no more memory (docs/performance.md).
        .executableTarget(
            name: "copydesk",
            dependencies: [
                "Pipeline", "CopydeskCore", "CrashGuard",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]),

        // Helpers the tests share (a seeded generator); no product depends on it.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "CopydeskCoreTests", dependencies: ["CopydeskCore", "TestSupport"]),
        .testTarget(
            name: "ArticleLoadingTests", dependencies: ["ArticleLoading", "CmarkArena", "CopydeskCore", "TestSupport"]),
        .testTarget(name: "PolicyLoadingTests", dependencies: ["PolicyLoading", "CopydeskCore"]),
        .testTarget(
            name: "ChecksTests",
            dependencies: ["Checks", "ArticleLoading", "PolicyLoading", "CopydeskCore", "TestSupport"]),
        .testTarget(
            name: "FactCheckingTests",
            dependencies: ["FactChecking", "ArticleLoading", "PolicyLoading", "CopydeskCore", "TestSupport"]),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting", "ReportBytes", "CopydeskCore", "TestSupport"]),
        .testTarget(
            name: "PipelineTests", dependencies: ["Pipeline", "Reporting", "CopydeskCore", "CmarkArena", "CrashGuard"]),
        .testTarget(name: "CopydeskCLITests", dependencies: ["copydesk"]),
    ]
)
