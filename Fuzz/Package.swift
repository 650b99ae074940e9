// swift-tools-version:6.0
// libFuzzer targets for copydesk, kept out of the root package so the normal build stays fast.
// Build and run one with `scripts/fuzz TARGET SECONDS` (from the repository root).
import PackageDescription

let subjects = ["text", "markdown", "html", "sentences", "policy", "pipeline"]

let package = Package(
    name: "copydesk-fuzz",
    platforms: [.macOS(.v13)],
    products: subjects.map { .executable(name: "fuzz-\($0)", targets: ["fuzz-\($0)"]) },
    dependencies: [.package(name: "copydesk", path: "..")],
    targets: [
        .target(name: "CFuzzDriver"),
        .target(
            name: "FuzzSupport",
            dependencies: [
                .product(name: "CopydeskKit", package: "copydesk")
            ]),
    ] + subjects.map { .executableTarget(name: "fuzz-\($0)", dependencies: ["FuzzSupport", "CFuzzDriver"]) }
)
