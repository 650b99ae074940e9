import CopydeskCore
import Foundation

/// GitLab Code Quality JSON: an array of issues GitLab shows in merge requests. Fingerprints
/// are the findings' own, made unique where one sentence has two findings of a rule, since
/// GitLab keeps one issue per fingerprint.
public struct GitLabReporter: Reporter {
    public static let id = "gitlab"
    /// None: `.json` means copydesk's own report.
    public static let fileExtension: String? = nil

    public init() {}

    public func render(_ report: Report) throws -> String {
        var writer = Writer()
        var out: [UInt8] = []
        for file in report.files { out += writer.issues(file) }
        out += writer.end(report)
        return String(decoding: out, as: UTF8.self)
    }

    /// The issues array written a file at a time, byte for byte as `JSONEncoder` (pretty,
    /// sorted keys, slashes unescaped) wrote it; it remembers the fingerprints it gave out.
    struct Writer {
        private var seen: [String: Int] = [:]
        private var empty = true

        /// The file's issues, the array's `[` before the first of the run.
        mutating func issues(_ file: FileReport) -> [UInt8] {
            var json = PrettyJSON(inside: 1, hasElements: !empty)
            var head: [UInt8] = []
            if empty, !file.findings.isEmpty { head = [UInt8(ascii: "[")] }
            for finding in file.findings {
                let base =
                    finding.fingerprint.isEmpty
                    ? FNV1a.hex(of: "\(file.path)\u{0}\(finding.rule)\u{0}\(finding.range.start.offset)")
                    : finding.fingerprint
                issue(
                    description: finding.message, checkName: finding.rule, fingerprint: unique(base),
                    severity: GitLabReporter.severity(finding.severity), path: file.path,
                    begin: finding.range.start.line, end: finding.range.end.line, into: &json)
                empty = false
            }
            return head + json.bytes
        }

        /// The unreadable inputs' issues and the end of the array.
        mutating func end(_ report: Report) -> [UInt8] {
            let head: [UInt8] = empty ? [UInt8(ascii: "[")] : []
            var json = PrettyJSON(inside: 1, hasElements: !empty)
            for error in report.errors {
                issue(
                    description: "not linted: \(error.message)", checkName: "copydesk.input-error",
                    fingerprint: unique(FNV1a.hex(of: "\(error.path)\u{0}input-error\u{0}\(error.message)")),
                    severity: "blocker", path: error.path, begin: error.line ?? 1, end: nil, into: &json)
            }
            json.endArray()
            json.raw([UInt8(ascii: "\n")])
            return head + json.bytes
        }

        private mutating func unique(_ fingerprint: String) -> String {
            let count = seen[fingerprint, default: 0]
            seen[fingerprint] = count + 1
            return count == 0 ? fingerprint : "\(fingerprint)-\(count + 1)"
        }

        private func issue(
            description: String, checkName: String, fingerprint: String, severity: String, path: String, begin: Int,
            end: Int?, into json: inout PrettyJSON
        ) {
            json.element()
            json.beginObject()
            json.stringMember("check_name", checkName)
            json.stringMember("description", description)
            json.stringMember("fingerprint", fingerprint)
            json.key("location")
            json.beginObject()
            json.key("lines")
            json.beginObject()
            json.intMember("begin", begin)
            if let end { json.intMember("end", end) }
            json.endObject()
            json.stringMember("path", path)
            json.endObject()
            json.stringMember("severity", severity)
            json.endObject()
        }
    }

    /// copydesk's three levels on Code Quality's five: an error is major, a warning minor.
    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "major"
        case .warning: "minor"
        case .info: "info"
        }
    }
}
