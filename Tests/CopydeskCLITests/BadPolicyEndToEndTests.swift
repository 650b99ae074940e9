import Foundation
import Testing

/// Hostile and broken policies through the built binary: exit 2 with the file, line and
/// column, and no article is linted; a slow custom pattern is stopped, not a stall.
@Suite struct BadPolicyEndToEndTests {
    let cli = EndToEndTests()

    func lint(policy: String, extra: [String: String] = [:], arguments: [String] = []) throws -> EndToEndTests.Run {
        let url = try cli.scratch()
        try Data("# Fine\n\nNothing to see here, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\n".utf8)
            .write(to: url.appendingPathComponent("good.md"))
        try Data(policy.utf8).write(to: url.appendingPathComponent("policy.yml"))
        for (name, text) in extra {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        return try cli.run(["lint", "--policy", "policy.yml"] + arguments + ["good.md"], in: url)
    }

    @Test func malformedYAML() throws {
        let run = try lint(policy: "version: 1\nchecks: [unclosed\n")
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("policy.yml:3:1: error: "))
        #expect(run.stderr.components(separatedBy: "error:").count == 2, "one error, said once: \(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test func wrongTypes() throws {
        let run = try lint(policy: "version: 1\nrules: yes\n")
        #expect(run.status == 2)
        #expect(run.stderr.contains("policy.yml:2:8: error: rules: "))
    }

    @Test func aliasBomb() throws {
        var yaml = "version: 1\nx0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            yaml +=
                "x\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        let run = try lint(policy: yaml)
        #expect(run.status == 2)
        #expect(run.stderr.contains("policy.yml:"))
        #expect(run.stderr.contains("alias"))
    }

    @Test func aTenMegabytePolicy() throws {
        let run = try lint(policy: "version: 1\n# " + String(repeating: "x", count: 10_000_000) + "\n")
        #expect(run.status == 2)
        #expect(run.stderr.contains("policy.yml: error: policy is 10000014 bytes, more than the limit of"))
    }

    @Test func anExtendsCycle() throws {
        let run = try lint(
            policy: "version: 1\nextends: b.yml\n", extra: ["b.yml": "version: 1\nextends: policy.yml\n"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("b.yml:2:10: error: extends: extends cycle: "))
    }

    @Test func extendsOutsideTheFolderTreeIsRefusedUnlessAllowed() throws {
        let outside = try cli.scratch().appendingPathComponent("shared.yml")
        try Data("version: 1\nextends: medical\n".utf8).write(to: outside)
        let policy = "version: 1\nextends: \(outside.path)\n"
        let refused = try lint(policy: policy)
        #expect(refused.status == 2)
        #expect(
            refused.stderr.contains(
                "policy.yml:2:10: error: extends: extends '\(outside.path)' is outside the policy's folder tree"))
        #expect(refused.stderr.contains("pass --allow-outside-extends to trust it"))
        let allowed = try lint(policy: policy, arguments: ["--allow-outside-extends"])
        #expect(allowed.status == 0)
    }

    @Test(.timeLimit(.minutes(1))) func aCatastrophicRegexIsStoppedNotAStall() throws {
        let policy = """
            version: 1
            rules:
              - {id: house.slow, type: existence, message: slow, patterns: ["(a+)+$"]}
            """
        let run = try lint(policy: policy + "\n")
        #expect(run.status == 0)
        #expect(run.stderr.contains("pattern '(a+)+$' took too long and was stopped"))
    }

    @Test func unknownRuleType() throws {
        let run = try lint(policy: "version: 1\nrules:\n  - {id: house.a, type: existance, message: m, tokens: [a]}\n")
        #expect(run.status == 2)
        #expect(
            run.stderr.contains(
                "policy.yml:3:25: error: rules[0].type: expected one of existence, substitution, occurrence, require-citation; did you mean 'existence'?"
            ))
    }
}
