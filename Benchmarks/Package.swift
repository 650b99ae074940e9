// swift-tools-version:6.1
// Benchmarks for copydesk's hot stages, in their own package so that `swift build` and
// `swift test` at the root never build the harness. Run from this folder:
//     swift package benchmark                 # every benchmark, wall clock + mallocs
//     swift package benchmark --filter Load   # one group
// See docs/performance.md.
import PackageDescription

let package = Package(
    name: "copydesk-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "copydesk", path: ".."),
        // MallocInterposer: the default traits pull in a runtime interposer that is not needed on Linux.
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "CopydeskBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "CopydeskKit", package: "copydesk"),
            ],
            path: "Benchmarks/CopydeskBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")])
    ]
)
