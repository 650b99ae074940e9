import CopydeskCore
import Foundation
import Testing

@testable import Reporting

/// Each reporter renders the sample report into Golden/<id>.<ext>.
/// `RECORD_GOLDENS=1 swift test` rewrites the files and fails, so a change is looked at.
@Suite struct GoldenTests {
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Golden")

    static let cases: [(name: String, render: @Sendable () throws -> String)] = [
        ("text.txt", { try TextReporter(color: false).render(SampleReport.report) }),
        ("text-color.txt", { try TextReporter(color: true).render(SampleReport.report) }),
        ("json.json", { try JSONReporter().render(SampleReport.report) }),
        ("sarif.sarif", { try SARIFReporter(rules: SampleRules.descriptions).render(SampleReport.report) }),
        ("junit.xml", { try JUnitReporter().render(SampleReport.report) }),
        ("github.txt", { try GitHubReporter().render(SampleReport.report) }),
        ("gitlab.json", { try GitLabReporter().render(SampleReport.report) }),
        ("markdown.md", { try MarkdownReporter().render(SampleReport.report) }),
        ("html.html", { try HTMLReporter().render(SampleReport.report) }),
    ]

    @Test(arguments: cases.map(\.name))
    func matchesGolden(_ name: String) throws {
        let render = Self.cases.first { $0.name == name }!.render
        let actual = try render()
        let url = Self.goldenFolder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(name); unset RECORD_GOLDENS and look at the diff")
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected)
    }
}

@Suite struct TextReporterTests {
    @Test func controlCharactersFromArticlesNeverReachTheTerminal() throws {
        let text = try TextReporter(color: false).render(SampleReport.report)
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("avoid '<script>alert(1)</script>' \u{FFFD}[31mred"))
    }

    @Test func longLinesAreCutAroundTheSpan() throws {
        var report = SampleReport.report
        let long = String(repeating: "word ", count: 60) + "could potentially" + String(repeating: " tail", count: 40)
        report.files[0].excerpts[3] = long
        report.files[0].findings = [report.files[0].findings[1]]
        report.files[0].findings[0].range = SourceRange(
            start: SourcePosition(line: 3, column: 301, offset: 0), end: SourcePosition(line: 3, column: 318, offset: 0)
        )
        let lines = try TextReporter(color: false, excerptWidth: 60).render(report).split(separator: "\n")
        let source = lines[1]
        let caret = lines[2]
        #expect(source.hasPrefix("  3 | …"))
        #expect(source.hasSuffix("…"))
        let caretColumn = caret.distance(from: caret.startIndex, to: caret.firstIndex(of: "^")!)
        let matchColumn = source.distance(
            from: source.startIndex, to: source.range(of: "could potentially")!.lowerBound)
        #expect(caretColumn == matchColumn)
        #expect(caret.hasSuffix("^~~~~~~~~~~~~~~~~"))
    }

    @Test func summarySaysWhenThereIsNothingToFix() throws {
        var report = SampleReport.report
        report.files[0].findings = []
        report.errors = []
        report.summary = Report.Summary(
            files: 1, words: 1200, findings: 0, failed: false, failOn: "error", bySeverity: [:], byCategory: [:])
        #expect(try TextReporter().render(report) == "no findings in 1 file (1,200 words)\n")
    }

    @Test func formatIsInferredFromTheOutputExtension() {
        #expect(OutputFormat.inferred(fromPath: "out/report.json") == .json)
        #expect(OutputFormat.inferred(fromPath: "report.txt") == .text)
        #expect(OutputFormat.inferred(fromPath: "dir.json/report") == nil)
    }
}
