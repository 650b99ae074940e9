import CopydeskCore
import Foundation
import Reporting
import Testing

@testable import Pipeline

/// `Pipeline.resolve(_:)` and `lint(article:named:with:)`: a policy resolved once lints any
/// number of in-memory articles with the same stages and the same report as `lint(_:)` on
/// standard input.
@Suite struct ResolvedPolicyTests {
    static let article = """
        # Fasting

        Studies show that fasting reverses type 2 diabetes in 90% of patients.

        <!-- copydesk-disable-next-line hedging -->
        Some experts believe fasting might possibly slow ageing.

        Intermittent fasting is a miracle cure for obesity and is completely safe for everyone.

        """

    func stdinOutcome(_ bytes: [UInt8], named name: String, policy: String) throws -> LintOutcome {
        try Pipeline().lint(
            LintRequest(
                paths: ["-"], policyPath: policy, workingDirectory: "/nonexistent", stdin: bytes, stdinFilename: name,
                failOn: .error))
    }

    func json(_ report: Report) throws -> String { try JSONReporter().render(report) }

    @Test(arguments: ["medical", "default"])
    func sameReportAsLintingStandardInput(policy: String) throws {
        let resolved = try Pipeline().resolve(
            LintRequest(paths: [], policyPath: policy, workingDirectory: "/nonexistent", failOn: .error))
        let bytes = Array(Self.article.utf8)
        let expected = try stdinOutcome(bytes, named: "fasting.md", policy: policy)
        // Twice: the resolved stages hold no state from one article to the next.
        for _ in 0..<2 {
            let outcome = Pipeline().lint(article: bytes, named: "fasting.md", with: resolved)
            #expect(try json(outcome.report) == json(expected.report))
            #expect(outcome.warnings == expected.warnings)
        }
        #expect(!expected.report.files[0].findings.isEmpty)
    }

    @Test func theMedicalPolicyFindsTheClaimsAndHonoursSuppressions() throws {
        let resolved = try Pipeline().resolve(
            LintRequest(paths: [], policyPath: "medical", workingDirectory: "/nonexistent", failOn: .error))
        let report = Pipeline().lint(article: Array(Self.article.utf8), named: "fasting.md", with: resolved).report
        let lines = Set(report.files[0].findings.map(\.range.start.line))
        #expect(report.files.map(\.path) == ["fasting.md"])
        #expect(lines.contains(3))
        #expect(lines.contains(8))
        #expect(!report.files[0].findings.contains { $0.range.start.line == 6 && $0.category == .hedging })
        #expect(report.summary.failed)
        // The same article without the directive (line numbers kept) has the hedging finding.
        let unsuppressed = Self.article.replacingOccurrences(
            of: "<!-- copydesk-disable-next-line hedging -->", with: "<!-- a plain comment -->")
        let plain = Pipeline().lint(article: Array(unsuppressed.utf8), named: "fasting.md", with: resolved).report
        #expect(plain.files[0].findings.contains { $0.range.start.line == 6 && $0.category == .hedging })
    }

    @Test func theNameChoosesTheFormat() throws {
        let resolved = try Pipeline().resolve(
            LintRequest(paths: [], policyPath: "default", workingDirectory: "/nonexistent"))
        let html = Pipeline().lint(
            article: Array("<html><body><h1>Sleep</h1><p>Sleep helps.</p></body></html>".utf8), named: "a.html",
            with: resolved)
        #expect(html.report.files.map(\.format) == [.html])
        #expect(html.report.files.map(\.title) == ["Sleep"])
        let text = Pipeline().lint(article: Array("Sleep\n\nSleep helps.\n".utf8), named: "a.txt", with: resolved)
        #expect(text.report.files.map(\.format) == [.text])
    }

    @Test func anArticleThatCannotBeLoadedIsAnInputError() throws {
        let resolved = try Pipeline().resolve(
            LintRequest(paths: [], policyPath: "medical", workingDirectory: "/nonexistent"))
        let outcome = Pipeline().lint(article: [0x61, 0x00, 0x62], named: "nul.md", with: resolved)
        #expect(outcome.report.files.isEmpty)
        #expect(outcome.report.errors == [InputError(path: "nul.md", message: "binary file (NUL byte at offset 1)")])
        #expect(outcome.hadInputErrors)
    }

    @Test func resolvingThrowsWhatLintWouldThrow() throws {
        let request = LintRequest(paths: [], policyPath: "medical", workingDirectory: "/nonexistent", only: ["hedgin"])
        #expect(
            throws: PipelineError(
                "--only hedgin: no such rule or category; did you mean 'hedging'? (`copydesk rules` lists them)")
        ) {
            try Pipeline().resolve(request)
        }
        #expect(
            throws: PipelineError(
                "--only hedgin: no such rule or category; did you mean 'hedging'? (`copydesk rules` lists them)")
        ) {
            try Pipeline().lint(request)
        }
    }
}
