import ArticleLoading
import CopydeskCore
import Foundation
import Testing

@testable import Pipeline

/// Hostile and broken articles through the whole pipeline: each gives one input error with an
/// exact message (and position where it has one), the other inputs are still linted, and the
/// run counts as an input failure (exit 2).
@Suite struct BadInputTests {
    static let fine = "# Fine\n\nNothing to see here.\n"

    /// Lints `name` (written with `bytes`, unless nil) beside a good article; returns the errors.
    func errors(
        _ name: String, _ bytes: [UInt8]?, in folder: TemporaryFolder, configure: (inout LintRequest) -> Void = { _ in }
    )
        throws -> (errors: [InputError], linted: [String], outcome: LintOutcome)
    {
        let good = try folder.write("good.md", Self.fine)
        let path = folder.path + "/" + name
        if let bytes { try folder.write(name, bytes: bytes) }
        var request = LintRequest(paths: [path, good], policyPath: "default", workingDirectory: folder.path)
        configure(&request)
        let outcome = try Pipeline().lint(request)
        return (outcome.report.errors, outcome.report.files.map(\.path), outcome)
    }

    func expectOneError(
        _ name: String, _ bytes: [UInt8]?, message: String, line: Int? = nil, column: Int? = nil,
        configure: (inout LintRequest) -> Void = { _ in }
    ) throws {
        let folder = try TemporaryFolder()
        let result = try errors(name, bytes, in: folder, configure: configure)
        #expect(
            result.errors == [InputError(path: folder.path + "/" + name, message: message, line: line, column: column)])
        #expect(result.linted == [folder.path + "/good.md"])
        #expect(result.outcome.hadInputErrors)
    }

    @Test func emptyAndWhitespaceOnlyArticlesAreCleanNotErrors() throws {
        for text in ["", "   \n\n\t \n", "\u{FEFF}"] {
            let folder = try TemporaryFolder()
            let result = try errors("blank.md", Array(text.utf8), in: folder)
            #expect(result.errors.isEmpty)
            #expect(result.linted.count == 2)
            #expect(result.outcome.report.files.allSatisfy { $0.path.hasSuffix("good.md") || $0.words == 0 })
        }
    }

    @Test func tenThousandNestedQuotesAreRefusedNotACrash() throws {
        try expectOneError(
            "quotes.md", Array((String(repeating: "> ", count: 10_000) + "deep\n").utf8),
            message: "nesting deeper than 100 levels (quotes, lists or inline markup); flatten it", line: 1,
            column: 199)
    }

    @Test func tenThousandNestedListsAreRefusedNotACrash() throws {
        try expectOneError(
            "lists.md", Array((String(repeating: "- ", count: 10_000) + "deep\n").utf8),
            message: "nesting deeper than 100 levels (quotes, lists or inline markup); flatten it", line: 1,
            column: 99)
    }

    @Test func tenThousandNestedHTMLElementsLoad() throws {
        let folder = try TemporaryFolder()
        let html = String(repeating: "<div>", count: 10_000) + "Deep text." + String(repeating: "</div>", count: 10_000)
        let result = try errors("deep.html", Array(html.utf8), in: folder)
        #expect(result.errors.isEmpty)
        #expect(result.linted.count == 2)
    }

    @Test func invalidUTF8NamesLineAndColumn() throws {
        try expectOneError(
            "bad.md", Array("# T\n\nab ".utf8) + [0xC3, 0x28],
            message: "not valid UTF-8 at byte 8 (line 3, column 4)", line: 3, column: 4)
    }

    @Test func utf16WithABOMIsDecoded() throws {
        for bom: [UInt8] in [[0xFF, 0xFE], [0xFE, 0xFF]] {
            let folder = try TemporaryFolder()
            let units = Array("# Café\n\nIt may possibly help.\n".utf16)
            let bytes =
                bom
                + units.flatMap { unit -> [UInt8] in
                    bom[0] == 0xFF ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
                }
            let result = try errors("wide.md", bytes, in: folder)
            #expect(result.errors.isEmpty)
            let report = try #require(result.outcome.report.files.first { $0.path.hasSuffix("wide.md") })
            #expect(report.title == "Café")
            #expect(report.words == 5)
        }
    }

    @Test func utf16WithoutABOMIsAClearError() throws {
        let bytes = Array("# Title\n\nSome text.\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        try expectOneError(
            "wide.md", bytes, message: "looks like UTF-16 without a byte-order mark; save the file as UTF-8")
    }

    @Test func unpairedSurrogateInUTF16IsAClearError() throws {
        try expectOneError(
            "wide.md", [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00],
            message: "not valid UTF-16 at byte 4 (an unpaired surrogate); save the file as UTF-8")
    }

    @Test func nulBytesMeanABinaryFile() throws {
        try expectOneError(
            "nul.md", Array("# T\n\ntext".utf8) + [0x00, 0x41],
            message: "binary file (NUL byte at offset 9)")
    }

    @Test func aFileThatVanishesAfterDiscoveryIsAnInputError() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("gone.md", Self.fine)
        let good = try folder.write("good.md", Self.fine)
        let discovered = FileDiscovery().discover([folder.path])
        #expect(discovered.files == [path, good])
        try FileManager.default.removeItem(atPath: path)
        let outcome = try Pipeline().lint(
            LintRequest(paths: discovered.files, policyPath: "default", workingDirectory: folder.path))
        #expect(outcome.report.errors == [InputError(path: path, message: "no such file")])
        #expect(outcome.report.files.map(\.path) == [good])
    }

    @Test(.enabled(if: getuid() != 0, "root reads every file, so permission cannot be denied"))
    func noReadPermission() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("secret.md", Self.fine)
        chmod(path, 0)
        defer { chmod(path, 0o644) }
        try expectOneError("secret.md", nil, message: "permission denied")
    }

    @Test func permissionDeniedMapsToAClearMessage() {
        // Runs as root too: the loader's errno mapping is what a non-root run would show.
        #expect(
            LoadError(path: "secret.md", errno: EACCES) == LoadError(path: "secret.md", message: "permission denied"))
        #expect(LoadError(path: "secret.md", errno: EPERM).message == "permission denied")
    }

    @Test func aDanglingSymlinkNamesItsTarget() throws {
        let folder = try TemporaryFolder()
        symlink("nowhere.md", folder.path + "/dangling.md")
        let result = try errors("dangling.md", nil, in: folder)
        #expect(
            result.errors == [
                InputError(
                    path: folder.path + "/dangling.md",
                    message: "dangling symbolic link to 'nowhere.md' (the target does not exist)")
            ])
        #expect(result.linted == [folder.path + "/good.md"])
    }

    @Test func aDanglingSymlinkInsideAFolderIsReportedNotSkipped() throws {
        let folder = try TemporaryFolder()
        try folder.write("good.md", Self.fine)
        symlink("nowhere.md", folder.path + "/dangling.md")
        let outcome = try Pipeline().lint(
            LintRequest(paths: [folder.path], policyPath: "default", workingDirectory: folder.path))
        #expect(
            outcome.report.errors.map(\.message) == [
                "dangling symbolic link to 'nowhere.md' (the target does not exist)"
            ])
        #expect(outcome.report.files.count == 1)
    }

    @Test func aSymlinkLoopIsAnInputError() throws {
        let folder = try TemporaryFolder()
        symlink(folder.path + "/b.md", folder.path + "/a.md")
        symlink(folder.path + "/a.md", folder.path + "/b.md")
        let result = try errors("a.md", nil, in: folder)
        #expect(
            result.errors == [
                InputError(
                    path: folder.path + "/a.md", message: "symbolic link loop (too many levels of symbolic links)")
            ])
        #expect(result.linted == [folder.path + "/good.md"])
    }

    @Test(.timeLimit(.minutes(1))) func aFIFOIsRefusedWithoutHanging() throws {
        let folder = try TemporaryFolder()
        #expect(mkfifo(folder.path + "/pipe.md", 0o644) == 0)
        let result = try errors("pipe.md", nil, in: folder)
        #expect(
            result.errors == [
                InputError(
                    path: folder.path + "/pipe.md", message: "is a named pipe (FIFO), not a file; give a regular file")
            ])
        #expect(result.linted == [folder.path + "/good.md"])
    }

    @Test func aFolderWhereAFileIsExpectedIsRefused() throws {
        // A folder given as a path is walked; given as stdin's name or found by name it is an error.
        #expect(throws: LoadError(path: NSTemporaryDirectory(), message: "is a directory")) {
            try ArticleLoader().load(path: NSTemporaryDirectory())
        }
    }

    @Test func tooLargeArticlesAreRefusedAtTheConfiguredLimit() throws {
        try expectOneError(
            "big.md", Array(repeating: 0x61, count: 2_000),
            message: "file too large (2000 bytes, the limit is 1000); split it or raise the limit"
        ) { $0.maxFileBytes = 1_000 }
    }

    @Test func findingsPerFileAreCappedWithANote() throws {
        let folder = try TemporaryFolder()
        let text = "# Notes\n\n" + String(repeating: "It could potentially help. ", count: 30) + "\n"
        let path = try folder.write("many.md", text)
        var request = LintRequest(paths: [path], policyPath: "default", workingDirectory: folder.path)
        request.maxFindingsPerFile = 5
        let findings = try Pipeline().lint(request).report.files[0].findings
        #expect(findings.count == 6)
        let note = try #require(findings.last)
        #expect(note.rule == "style.findings-capped")
        #expect(
            note.message.hasSuffix(
                "more findings from here on are not reported (the limit is 5 per file); fix these first or raise --max-findings-per-file"
            ))
    }
}
