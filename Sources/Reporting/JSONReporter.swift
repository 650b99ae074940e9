import CopydeskCore
import Foundation

/// The JSON report of DESIGN.md (schemaVersion 1), keys sorted, for dashboards and tools.
public struct JSONReporter: Reporter {
    public static let id = "json"
    public static let fileExtension: String? = "json"

    public init() {}

    public func render(_ report: Report) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
    }
}
