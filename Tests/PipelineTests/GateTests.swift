import CopydeskCore
import Foundation
import Testing

@testable import Pipeline

@Suite struct GateTests {
    static let article = "# Plunges\n\n## Risks\n\nSome text here.\n\n## Risks\n\nMore text.\n"

    func lint(_ folder: TemporaryFolder, _ configure: (inout LintRequest) -> Void = { _ in }) throws -> LintOutcome {
        var request = LintRequest(paths: [folder.path + "/a.md"], workingDirectory: folder.path)
        configure(&request)
        return try Pipeline().lint(request)
    }

    @Test func aBaselineAcceptsKnownFindingsEvenAfterEditsElsewhere() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.md", Self.article)
        let first = try lint(folder)
        #expect(first.report.summary.findings == 1)
        let baselinePath = try folder.write("baseline.json", try first.baseline.encoded())
        // Lines added above move the finding; its fingerprint stays.
        try folder.write(
            "a.md", "# Plunges\n\nA new opening paragraph.\n\n" + Self.article.dropFirst("# Plunges\n\n".count))
        let second = try lint(folder) { $0.baselinePath = baselinePath }
        #expect(second.report.summary.findings == 0)
        // A new repetition is still reported.
        try folder.write("a.md", Self.article + "\n## Risks\n")
        let third = try lint(folder) { $0.baselinePath = baselinePath }
        #expect(third.report.files[0].findings.map(\.range.start.line) == [11])
    }

    @Test func aBadBaselineIsAnErrorNamingTheFile() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.md", Self.article)
        let bad = try folder.write("baseline.json", "{\"version\": 1}")
        #expect(
            throws: PipelineError("\(bad): not a copydesk baseline (missing 'tool'); write one with --write-baseline")
        ) {
            try lint(folder) { $0.baselinePath = bad }
        }
        let missing = folder.path + "/none.json"
        #expect(
            throws: PipelineError("\(missing): cannot read the baseline; write one with --write-baseline \(missing)")
        ) {
            try lint(folder) { $0.baselinePath = missing }
        }
    }

    @Test func unknownAndUnusedSuppressionsAreReported() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "a.md",
            """
            # Plunges

            <!-- copydesk-disable-next-line repetiton -->
            ## Risks

            <!-- copydesk-disable-next-line repetition -->
            Nothing repeats here.

            """)
        let findings = try lint(folder).report.files[0].findings
        #expect(findings.map(\.rule) == ["style.unknown-suppression", "style.unused-suppression"])
        #expect(
            findings[0].message
                == "suppression names 'repetiton', which is no rule or category; did you mean 'repetition'?")
        #expect(findings[1].range.start.line == 6)
    }

    @Test func changedSinceKeepsOnlyFindingsOnChangedLines() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.md", Self.article)
        func git(_ arguments: String...) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-c", "user.name=t", "-c", "user.email=t@t"] + arguments
            process.currentDirectoryURL = folder.url
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
        }
        try git("init", "-q")
        try git("add", ".")
        try git("commit", "-qm", "first")
        #expect(try lint(folder) { $0.changedSince = "HEAD" }.report.summary.findings == 0)
        try folder.write("a.md", Self.article + "\n## Risks\n")
        let changed = try lint(folder) { $0.changedSince = "HEAD" }
        #expect(changed.report.files[0].findings.map(\.range.start.line) == [11])
        #expect(throws: PipelineError("--changed-since nope: no such commit, branch or tag")) {
            try lint(folder) { $0.changedSince = "nope" }
        }
    }

    @Test func changedSinceOutsideARepositoryIsAClearError() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.md", Self.article)
        #expect(throws: PipelineError("--changed-since HEAD: \(folder.path) is not inside a git repository")) {
            try lint(folder) { $0.changedSince = "HEAD" }
        }
    }

    @Test func unifiedDiffHunksGiveTheNewLines() {
        let diff = "+++ b/docs/a.md\n@@ -3,0 +4,2 @@\n+x\n+y\n@@ -9 +11 @@\n-a\n+b\n+++ /dev/null\n@@ -1 +0,0 @@\n"
        #expect(ChangedLines.parse(diff: diff, root: "/r") == ["/r/docs/a.md": [4, 5, 11]])
    }

    @Test func mergingShardsRecountsTheSummary() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.md", Self.article)
        try folder.write("b.md", Self.article)
        let a = try Pipeline().lint(LintRequest(paths: [folder.path + "/a.md"], workingDirectory: folder.path)).report
        let b = try Pipeline().lint(LintRequest(paths: [folder.path + "/b.md"], workingDirectory: folder.path)).report
        let merged = ReportMerger().merge([b, a])
        #expect(merged.files.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["a.md", "b.md"])
        #expect(merged.summary.findings == a.summary.findings + b.summary.findings)
        #expect(merged.summary.words == a.summary.words + b.summary.words)
    }
}
