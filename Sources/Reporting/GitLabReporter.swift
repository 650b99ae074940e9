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

    struct Issue: Encodable {
        var description: String
        var checkName: String
        var fingerprint: String
        var severity: String
        var location: Location

        enum CodingKeys: String, CodingKey {
            case description
            case checkName = "check_name"
            case fingerprint, severity, location
        }
    }

    struct Location: Encodable {
        var path: String
        var lines: Lines
    }

    struct Lines: Encodable {
        var begin: Int
        var end: Int?
    }

    public func render(_ report: Report) throws -> String {
        var issues: [Issue] = []
        var seen: [String: Int] = [:]
        func unique(_ fingerprint: String) -> String {
            let count = seen[fingerprint, default: 0]
            seen[fingerprint] = count + 1
            return count == 0 ? fingerprint : "\(fingerprint)-\(count + 1)"
        }
        for file in report.files {
            for finding in file.findings {
                let base =
                    finding.fingerprint.isEmpty
                    ? StableHash.hex("\(file.path)\u{0}\(finding.rule)\u{0}\(finding.range.start.offset)")
                    : finding.fingerprint
                issues.append(
                    Issue(
                        description: finding.message, checkName: finding.rule, fingerprint: unique(base),
                        severity: Self.severity(finding.severity),
                        location: Location(
                            path: file.path, lines: Lines(begin: finding.range.start.line, end: finding.range.end.line))
                    ))
            }
        }
        for error in report.errors {
            issues.append(
                Issue(
                    description: "not linted: \(error.message)", checkName: "copydesk.input-error",
                    fingerprint: unique(StableHash.hex("\(error.path)\u{0}input-error\u{0}\(error.message)")),
                    severity: "blocker", location: Location(path: error.path, lines: Lines(begin: error.line ?? 1))))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(issues), as: UTF8.self) + "\n"
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

/// FNV-1a, 64 bits, as 16 hex digits: stable across runs and platforms (unlike `Hasher`).
enum StableHash {
    static func hex(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
