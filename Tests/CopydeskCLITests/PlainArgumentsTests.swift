import Testing

@testable import copydesk

/// `LintOptions(plainArguments:)` reads the usual `lint` command lines without ArgumentParser:
/// each line it reads must mean the same to ArgumentParser, and it must leave every other one
/// to ArgumentParser.
@Suite struct PlainArgumentsTests {
    static let plain: [[String]] = [
        ["lint", "a.md"],
        ["lint", "a.md", "b.md", "folder"],
        [
            "lint", "--no-cache", "--jobs", "1", "--fail-on", "never", "--policy", "medical", "--format", "json", "-o",
            "out.json", "folder",
        ],
        ["lint", "a.md", "--format", "sarif", "b.md", "--output", "r.sarif", "c.md"],
        ["lint", "--max-file-size", "200", "--max-findings-per-file", "5", "--color", "never", "x.md"],
        ["lint", "--max-file-size", "1.5GB", "--jobs", "+3", "x.md"],
        [
            "lint", "--shard", "2/4", "--baseline", "b.json", "--write-baseline", "w.json", "--changed-since", "HEAD",
            "--min-severity", "warning", "--stdin-filename", "n.md", "--allow-outside-extends", "x.md",
        ],
        ["lint", "rules", "lint", "claims"],
    ]

    static let others: [[String]] = [
        [], ["rules"], ["claims", "a.md"], ["lint"], ["lint", "--help"], ["lint", "-h", "a.md"], ["lint", "help"],
        ["lint", "--only", "hedging", "a.md"], ["lint", "a.md", "--disable", "hedging"],
        ["lint", "--format=json", "a"],
        ["lint", "-"], ["lint", "a.md", "-"], ["lint", "--", "a.md"], ["lint", "--jobs", "x", "a.md"],
        ["lint", "--jobs", "2", "--jobs", "3", "a.md"], ["lint", "-o", "a", "--output", "b", "c.md"],
        ["lint", "a.md", "--policy"], ["lint", "--policy", "--format", "json", "a.md"],
        ["lint", "--max-file-size", "huge", "a.md"], ["lint", "--no-cache", "--no-cache", "a.md"],
        ["lint", "--version"], ["lint", "--unknown", "x", "a.md"], ["lint", "-o", "-x", "a.md"],
    ]

    @Test func plainLinesMeanWhatTheyMeanToArgumentParser() throws {
        for arguments in Self.plain {
            let options = try #require(LintOptions(plainArguments: arguments), "\(arguments)")
            let command = try #require(try Copydesk.parseAsRoot(arguments) as? LintCommand, "\(arguments)")
            #expect(options == command.options, "\(arguments)")
        }
    }

    @Test func otherLinesAreLeftToArgumentParser() {
        for arguments in Self.others {
            #expect(LintOptions(plainArguments: arguments) == nil, "\(arguments)")
        }
    }
}
