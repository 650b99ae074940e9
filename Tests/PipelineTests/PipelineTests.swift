import CopydeskCore
import Foundation
import Testing

@testable import Pipeline
@testable import Reporting

@Suite struct PipelineTests {
    static let article = """
        # Cold Plunges

        Cold plunges could potentially help you sleep, according to some people.

        ## Cold Plunges

        Ice baths are popular with athletes and with people who like the cold.

        """

    func lint(_ folder: TemporaryFolder, _ paths: [String]? = nil, configure: (inout LintRequest) -> Void = { _ in })
        throws -> LintOutcome
    {
        var request = LintRequest(paths: paths ?? [folder.path], workingDirectory: folder.path)
        configure(&request)
        return try Pipeline().lint(request)
    }

    @Test func anUnreadableInputIsReportedAndTheOthersAreStillLinted() throws {
        let folder = try TemporaryFolder()
        try folder.write("b.md", Self.article)
        try folder.write("a.md", "# Fine\n\nNothing here.\n")
        try folder.write("c.txt", bytes: Array("Title\n\nBad byte: ".utf8) + [0xFF, 0x0A])
        let outcome = try lint(folder)
        #expect(outcome.report.files.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["a.md", "b.md"])
        #expect(outcome.report.errors.count == 1)
        #expect(outcome.report.errors.first?.path.hasSuffix("c.txt") == true)
        #expect(outcome.hadInputErrors)
    }

    @Test func aMissingPathIsAnInputError() throws {
        let folder = try TemporaryFolder()
        let outcome = try lint(folder, [folder.path + "/missing.md"])
        #expect(outcome.report.errors.count == 1)
        #expect(outcome.report.files.isEmpty)
    }

    @Test func duplicateHeadingsAreFoundThroughTheWholePipeline() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.md", Self.article)
        let findings = try lint(folder).report.files[0].findings
        let duplicate = try #require(findings.first { $0.rule == "repetition.duplicate-heading" })
        #expect(duplicate.range.start == SourcePosition(line: 5, column: 4, offset: 93))
        #expect(duplicate.related.first?.range.start.line == 1)
        #expect(!duplicate.fingerprint.isEmpty)
    }

    @Test func displayLevelNeverChangesTheGate() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.md", Self.article)
        let shown = try lint(folder) {
            $0.failOn = .warning
            $0.minSeverity = .error
        }
        #expect(shown.report.summary.failed)
        #expect(shown.report.files[0].findings.allSatisfy { $0.severity == .error })
        let never = try lint(folder) { $0.failOn = nil }
        #expect(!never.report.summary.failed)
        #expect(never.report.summary.failOn == "never")
    }

    @Test func onlyAndDisableTakeRulesAndCategories() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.md", Self.article)
        let only = try lint(folder) { $0.only = ["repetition"] }
        #expect(!only.report.files[0].findings.isEmpty)
        #expect(only.report.files[0].findings.allSatisfy { $0.category == .repetition })
        let disabled = try lint(folder) { $0.disable = ["repetition.duplicate-heading"] }
        #expect(!disabled.report.files[0].findings.contains { $0.rule == "repetition.duplicate-heading" })
        #expect(
            throws: PipelineError(
                "--only repetiton: no such rule or category; did you mean 'repetition'? (`copydesk rules` lists them)")
        ) { try lint(folder) { $0.only = ["repetiton"] } }
    }

    @Test func inlineSuppressionsHideFindingsForTheNextLineOrABlock() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "a.md",
            """
            # Cold Plunges

            ## Risks

            <!-- copydesk-disable-next-line repetition.duplicate-heading -->
            ## Risks

            <!-- copydesk-disable repetition -->
            ## Risks
            <!-- copydesk-enable repetition -->

            ## Risks

            """)
        let lines = try lint(folder).report.files[0].findings.filter { $0.rule == "repetition.duplicate-heading" }
            .map(\.range.start.line)
        #expect(lines == [12])
    }

    @Test func overlappingSuppressionsHideByRuleCategoryOrAllAndReportTheUnusedOnes() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "a.md",
            """
            # Cold Plunges

            <!-- copydesk-disable hedging -->
            Cold plunges could potentially perhaps help. Some studies suggest they might possibly work.

            <!-- copydesk-disable-next-line hedging.stacked-hedge -->
            It could potentially perhaps help.

            <!-- copydesk-enable hedging -->

            <!-- copydesk-disable-next-line -->
            It could potentially perhaps help, and it may possibly cure everything.

            <!-- copydesk-disable-next-line repetition.duplicate-heading -->
            Nothing repeats here.

            <!-- copydesk-disable citations -->
            Studies show 90% of people sleep better after cold plunges.
            It could potentially perhaps help.
            <!-- copydesk-disable-next-line medical-claims -->

            """)
        let findings = try lint(folder).report.files[0].findings.map { "\($0.range.start.line) \($0.rule)" }
        // The hedging block hides line 4's hedges but not its vague attribution (a citation
        // rule); the stacked-hedge line inside it counts as used; the all-rules line hides
        // everything on line 12.
        #expect(
            findings == [
                "4 citation.vague-attribution", "14 style.unused-suppression", "17 style.unknown-suppression",
                "18 citation.vague-attribution", "19 hedging.stacked-hedge", "20 style.unknown-suppression",
            ])
    }

    @Test func thePolicyDecidesWhichFolderFilesAreLinted() throws {
        let folder = try TemporaryFolder()
        try folder.write("posts/a.md", Self.article)
        try folder.write("drafts/b.md", Self.article)
        try folder.write(".copydesk.yml", "version: 1\nname: house\nfiles: {exclude: [\"drafts/**\"]}\n")
        let outcome = try lint(folder, ["."]) { $0.workingDirectory = folder.path }
        #expect(outcome.report.files.map(\.path).allSatisfy { !$0.contains("drafts") })
    }

    @Test func theJSONReportFollowsItsPublishedSchema() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.md", Self.article)
        try folder.write("b.txt", "Title\n\nTitle\n\nSome studies suggest it might possibly work.\n")
        try folder.write(
            "c.html",
            "<html><head><title>T</title></head><body><h1>T</h1><p>Café — it could potentially help.</p></body></html>")
        try folder.write("d.txt", bytes: [0x00, 0x01, 0x02])
        let report = try lint(folder).report
        let json = try JSONReporter().render(report)
        let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("reports/copydesk-report.schema.json")
        let validator = try JSONSchemaValidator(schemaAt: schema.path)
        #expect(try validator.violations(of: Data(json.utf8)) == [])
        #expect(try validator.violations(of: Data(#"{"schemaVersion": 2}"#.utf8)).count > 1)
    }

    @Test func theReportIsDeterministicWhateverTheJobs() throws {
        let folder = try TemporaryFolder()
        for index in 0..<12 { try folder.write("f\(index).md", Self.article) }
        let one = try JSONReporter().render(try lint(folder) { $0.jobs = 1 }.report)
        let many = try JSONReporter().render(try lint(folder) { $0.jobs = 4 }.report)
        #expect(one == many)
    }

    @Test func nothingWorkedOutForAnArticleIsKeptOnceItsReportIsMade() throws {
        let folder = try TemporaryFolder()
        for name in ["a.md", "b.md", "c.md"] { try folder.write(name, Self.article) }
        for jobs in [1, 2] {
            let outcome = try lint(folder) {
                $0.policyPath = "medical"
                $0.jobs = jobs
            }
            #expect(outcome.report.files.count == 3)
            #expect(outcome.report.files.allSatisfy { !$0.findings.isEmpty })
            for file in outcome.report.files { #expect(!ArticleMemos.holdAny(path: file.path), "\(file.path)") }
        }
    }

    @Test func globsMatchFoldersAndNames() {
        #expect(Glob("drafts/**").matches("drafts/a/b.md"))
        #expect(Glob("**/*.md").matches("a/b/c.md"))
        #expect(Glob("**/*.md").matches("c.md"))
        #expect(!Glob("**/b.md").matches("ab.md"))
        #expect(Glob("*.txt").matches("notes/x.txt"))
        #expect(!Glob("posts/*.md").matches("posts/a/b.md"))
    }
}
