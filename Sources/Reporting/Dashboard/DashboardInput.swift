import CopydeskCore
import Foundation

/// One saved JSON report given to the dashboard: its name (the path as given), when it was
/// made (the file's modification time, if known) and the decoded report.
public struct DashboardInput: Sendable {
    public var name: String
    public var date: Date?
    public var report: Report

    public init(name: String, date: Date?, report: Report) {
        self.name = name
        self.date = date
        self.report = report
    }

    /// Decodes a saved JSON report (schemaVersion 1), naming the file in any error.
    public static func decode(_ data: Data, name: String, date: Date?) throws(DashboardError) -> DashboardInput {
        if data.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) { throw .empty(name) }
        guard (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) != nil else {
            throw .notJSON(name)
        }
        struct Version: Decodable { var schemaVersion: Int? }
        let version = try? JSONDecoder().decode(Version.self, from: data)
        guard let schemaVersion = version?.schemaVersion else { throw .notAReport(name, detail: "no schemaVersion") }
        guard schemaVersion == 1 else { throw .unsupportedVersion(name, schemaVersion) }
        do {
            return DashboardInput(name: name, date: date, report: try JSONDecoder().decode(Report.self, from: data))
        } catch let error as DecodingError {
            throw .notAReport(name, detail: Self.describe(error))
        } catch {
            throw .notAReport(name, detail: "\(error)")
        }
    }

    /// Reports in time order: by date, then in the order given (reports without a date first).
    public static func timeOrdered(_ inputs: [DashboardInput]) -> [DashboardInput] {
        inputs.enumerated().sorted { lhs, rhs in
            let left = lhs.element.date ?? .distantPast
            let right = rhs.element.date ?? .distantPast
            return left != right ? left < right : lhs.offset < rhs.offset
        }.map(\.element)
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ codingPath: [any CodingKey]) -> String {
            var out = ""
            for key in codingPath {
                if let index = key.intValue {
                    out += "[\(index)]"
                } else {
                    out += (out.isEmpty ? "" : ".") + key.stringValue
                }
            }
            return out
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = path(context.codingPath)
            return "missing '\(parent.isEmpty ? key.stringValue : parent + "." + key.stringValue)'"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "'\(path(context.codingPath))' has the wrong type"
        case .dataCorrupted(let context):
            return "'\(path(context.codingPath))' has a value this copydesk does not know"
        @unknown default:
            return "\(error)"
        }
    }
}

/// Why a file could not be used by the dashboard. Each message names the file.
public enum DashboardError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(String, reason: String)
    case empty(String)
    case notJSON(String)
    case notAReport(String, detail: String)
    case unsupportedVersion(String, Int)
    case noReports

    public var description: String {
        let advice = "write one with 'copydesk lint --format json -o FILE'"
        switch self {
        case .unreadable(let name, let reason): return "\(name): cannot read: \(reason)"
        case .empty(let name): return "\(name): the file is empty; \(advice)"
        case .notJSON(let name): return "\(name): not JSON; give a copydesk JSON report (\(advice))"
        case .notAReport(let name, let detail): return "\(name): not a copydesk JSON report (\(detail)); \(advice)"
        case .unsupportedVersion(let name, let version):
            return
                "\(name): schemaVersion \(version) is not supported (this copydesk reads 1); rewrite it with this copydesk"
        case .noReports: return "no report could be read; nothing to show"
        }
    }
}
