import CopydeskCore

/// The JSON report of DESIGN.md (schemaVersion 1), keys sorted, for dashboards and tools.
public struct JSONReporter: Reporter {
    public static let id = "json"
    public static let fileExtension: String? = "json"

    public init() {}

    /// Written by hand (`ReportJSON`), byte for byte as `JSONEncoder` with `[.prettyPrinted,
    /// .sortedKeys, .withoutEscapingSlashes]` writes `Report`, without building a tree.
    public func render(_ report: Report) throws -> String {
        String(decoding: ReportJSON.render(report), as: UTF8.self)
    }
}
