import CopydeskCore
import Foundation

/// Known findings accepted by a team, by fingerprint, so only new ones fail the gate.
///
/// Fingerprints come from the path, the rule and the normalised sentence, so a baselined
/// finding stays accepted when lines are added or removed elsewhere in the file. A
/// fingerprint seen twice in the baseline accepts two such findings, not more.
public struct Baseline: Codable, Sendable, Equatable {
    public struct Entry: Codable, Sendable, Equatable {
        public var fingerprint: String
        public var rule: String
        public var path: String
        public var line: Int
        public var message: String

        init(path: String, finding: Finding) {
            fingerprint = finding.fingerprint
            rule = finding.rule
            self.path = path
            line = finding.range.start.line
            message = finding.message
        }
    }

    public var version = 1
    public var tool: String
    public var findings: [Entry]

    public init(findings: [(path: String, finding: Finding)]) {
        tool = "copydesk \(Pipeline.version)"
        self.findings = findings.map { Entry(path: $0.path, finding: $0.finding) }
    }

    init(entries: [Entry]) {
        tool = "copydesk \(Pipeline.version)"
        findings = entries
    }

    /// Reads a baseline file; a missing or malformed file is an error naming it.
    public static func load(path: String) throws(PipelineError) -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PipelineError("\(path): cannot read the baseline; write one with --write-baseline \(path)")
        }
        do {
            let baseline = try JSONDecoder().decode(Baseline.self, from: data)
            guard baseline.version == 1 else {
                throw PipelineError("\(path): baseline version \(baseline.version) is not supported; expected 1")
            }
            return baseline
        } catch let error as PipelineError {
            throw error
        } catch {
            throw PipelineError(
                "\(path): not a copydesk baseline (\(Self.reason(error))); write one with --write-baseline")
        }
    }

    /// The baseline as pretty, sorted JSON.
    public func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// How many findings of each fingerprint the baseline accepts.
    var counts: [String: Int] {
        findings.reduce(into: [:]) { $0[$1.fingerprint, default: 0] += 1 }
    }

    private static func reason(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "missing '\(key.stringValue)'"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case DecodingError.dataCorrupted: "not valid JSON"
        default: "\(error)"
        }
    }
}
