import CopydeskCore
import Foundation
import Testing

@testable import Reporting

/// GitLab's issues as the reporter encoded them with `JSONEncoder` before it wrote them by hand.
@Suite struct GitLabWriterTests {
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

    static func encoded(_ report: Report) throws -> String {
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
                    ? FNV1a.hex(of: "\(file.path)\u{0}\(finding.rule)\u{0}\(finding.range.start.offset)")
                    : finding.fingerprint
                issues.append(
                    Issue(
                        description: finding.message, checkName: finding.rule, fingerprint: unique(base),
                        severity: GitLabReporter.severity(finding.severity),
                        location: Location(
                            path: file.path, lines: Lines(begin: finding.range.start.line, end: finding.range.end.line))
                    ))
            }
        }
        for error in report.errors {
            issues.append(
                Issue(
                    description: "not linted: \(error.message)", checkName: "copydesk.input-error",
                    fingerprint: unique(FNV1a.hex(of: "\(error.path)\u{0}input-error\u{0}\(error.message)")),
                    severity: "blocker", location: Location(path: error.path, lines: Lines(begin: error.line ?? 1))))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(issues), as: UTF8.self) + "\n"
    }

    @Test func theWriterMatchesJSONEncoderByteForByte() throws {
        var twice = JSONWriterTests.hostileReport()
        twice.files += twice.files
        var noErrors = twice
        noErrors.errors = []
        var onlyErrors = twice
        onlyErrors.files = []
        for report in [SampleReport.report, twice, noErrors, onlyErrors, JSONWriterTests.empty] {
            #expect(Array(try GitLabReporter().render(report).utf8) == Array(try Self.encoded(report).utf8))
        }
    }
}

/// The SARIF log against `JSONEncoder` on the `Encodable` model it was written from before.
@Suite struct SARIFWriterTests {
    static let reporter = SARIFReporter(rules: SampleRules.descriptions)

    static func encoded(_ report: Report) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(reporter.log(report)), as: UTF8.self) + "\n"
    }

    /// The hostile report with rules that sort in another order than they first appear, a
    /// finding without a fingerprint, and an absolute path.
    static func reports() -> [Report] {
        var mixed = JSONWriterTests.hostileReport()
        let rules = ["z.last", "hedging.stacked-hedge", "a.first", "z.last", "m.middle", "a.first"]
        for index in mixed.files.indices {
            mixed.files[index].findings = mixed.files[index].findings.map { finding in
                var finding = finding
                finding.rule = rules[index]
                if index == 3 { finding.fingerprint = "" }
                return finding
            }
        }
        mixed.files[4].path = "/srv/site/a b.md"
        var noErrors = mixed
        noErrors.errors = []
        return [SampleReport.report, JSONWriterTests.hostileReport(), mixed, noErrors, JSONWriterTests.empty]
    }

    @Test func theWriterMatchesJSONEncoderByteForByte() throws {
        for (index, report) in Self.reports().enumerated() {
            #expect(
                Array(try Self.reporter.render(report).utf8) == Array(try Self.encoded(report).utf8), "report \(index)")
        }
    }

    @Test func streamedThroughATemporaryFileTheLogIsTheSame() throws {
        for report in Self.reports() {
            for limit in [1, 333, 1 << 20] {
                let url = FileManager.default.temporaryDirectory.appendingPathComponent(
                    "copydesk-sarif-\(UUID().uuidString)")
                let descriptor = open(url.path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
                defer {
                    close(descriptor)
                    unlink(url.path)
                }
                var stream = SARIFReportStream(
                    output: ReportOutput(descriptor: descriptor, name: url.path), reporter: Self.reporter,
                    memoryLimit: limit)
                for file in report.files { try stream.write(file) }
                try stream.finish(report)
                #expect(String(decoding: try Data(contentsOf: url), as: UTF8.self) == (try Self.encoded(report)))
            }
        }
    }

    @Test func aRuleMarkerCutBetweenChunksIsResolved() throws {
        var writer = SARIFWriter(reporter: Self.reporter)
        let report = Self.reports()[2]
        var bytes: [UInt8] = []
        for file in report.files { bytes += writer.results(file, first: bytes.isEmpty) }
        var carry: [UInt8] = []
        let whole = writer.resolve(bytes, carry: &carry)
        #expect(carry.isEmpty)
        #expect(!whole.contains(0))
        for cut in stride(from: 1, to: bytes.count, by: 7) {
            var carry: [UInt8] = []
            let parts =
                writer.resolve(Array(bytes[..<cut]), carry: &carry)
                + writer.resolve(Array(bytes[cut...]), carry: &carry)
            #expect(parts == whole)
        }
    }
}
