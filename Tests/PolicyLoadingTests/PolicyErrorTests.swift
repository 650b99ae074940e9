import CopydeskCore
import PolicyLoading
import Testing

/// Every kind of policy error, with its exact message, line and column.
@Suite struct PolicyErrorTests {
    @Test func badSeverityListsTheChoices() {
        let yaml = """
            version: 1
            checks:
              hedging:
                severity: loud
            """
        #expect(
            policyError(yaml) == "policy.yml:4:15: error: checks.hedging.severity: expected one of error, warning, info"
        )
    }

    @Test func nearMissValueSuggestsTheChoice() {
        #expect(
            policyError("version: 1\nchecks: {hedging: {sensitivity: every-cues}}\n")
                == "policy.yml:2:33: error: checks.hedging.sensitivity: expected one of clustered, every-cue; did you mean 'every-cue'?"
        )
    }

    @Test func wrongTypes() {
        #expect(
            policyError("version: 1\nchecks:\n  hedging:\n    enabled: maybe\n")
                == "policy.yml:4:14: error: checks.hedging.enabled: expected true or false")
        #expect(
            policyError("version: 1\nchecks:\n  hedging:\n    lint-quotes: \"false\"\n")
                == "policy.yml:4:18: error: checks.hedging.lint-quotes: expected true or false")
        #expect(
            policyError("version: 1\nchecks:\n  repetition: {min-words: 2.5}\n")
                == "policy.yml:3:27: error: checks.repetition.min-words: expected a whole number of at least 1")
        #expect(
            policyError("version: 1\nchecks:\n  repetition: {near-duplicate: 1.5}\n")
                == "policy.yml:3:32: error: checks.repetition.near-duplicate: expected a number from 0 to 1")
        #expect(
            policyError("version: 1\nchecks: [hedging]\n")
                == "policy.yml:2:9: error: checks: expected a mapping of 'key: value' pairs")
        #expect(
            policyError("version: 1\nfiles: {include: [{a: b}]}\n")
                == "policy.yml:2:19: error: files.include[0]: expected a string")
        #expect(
            policyError("version: 1\nchecks: {hedging: {rules: {stacked-hedge: loud}}}\n")
                == "policy.yml:2:43: error: checks.hedging.rules.stacked-hedge: expected one of off, info, warning, error"
        )
        #expect(
            policyError("version: 1\nname:\n")
                == "policy.yml:2:6: error: name: expected a string")
        #expect(
            policyError("version: 1\nrules: {id: x}\n")
                == "policy.yml:2:8: error: rules: expected a list of rules, each starting with '- id:'")
    }

    @Test func invalidYAMLSyntax() {
        #expect(
            policyError("version: 1\nchecks:\n  hedging: {severity: error\n")
                == "policy.yml:4:1: error: invalid YAML: while parsing a flow mapping at line 3, column 12, did not find expected ',' or '}'"
        )
        #expect(
            policyError("version: 1\n\tname: x\n")
                == "policy.yml:2:1: error: invalid YAML: while scanning a plain scalar at line 1, column 10, found a tab character that violates indentation"
        )
    }

    @Test func duplicateKey() {
        #expect(
            policyError("version: 1\nname: a\nname: b\n")
                == "policy.yml:2:1: error: duplicate key 'name' in one mapping; keep one")
    }

    /// Keys are duplicates as Yams' default resolver types them, though most policies are read
    /// without it: plain `1` (an integer) and quoted `"1"` (a string) are two keys, an explicit
    /// `!!int 1` and plain `1` are one.
    @Test func duplicateKeysByTextAndType() {
        let duplicate = "duplicate key"
        #expect(policyError("version: 1\n1: a\n\"1\": b\n") == nil)
        #expect(policyError("version: 1\nyes: a\n'yes': b\n") == nil)
        #expect(policyError("version: 1\n!!int 1: a\n1: b\n")?.contains(duplicate) == true)
        #expect(policyError("version: 1\n'name': a\nname: b\n")?.contains(duplicate) == true)
        #expect(policyError("version: 1\nname: x # hi!\nname: y\n")?.contains(duplicate) == true)
        #expect(
            policyError("version: 1\n? [1]\n: a\n? [\"1\"]\n: b\n")
                == "policy.yml:2:3: error: a key must be a plain string")
    }

    @Test func versionIsRequiredAndMustBeOne() {
        #expect(
            policyError("name: x\n")
                == "policy.yml:1:1: error: version: missing key 'version'; add 'version: 1' at the top")
        #expect(
            policyError("version: 2\n")
                == "policy.yml:1:10: error: version: unsupported version '2'; this copydesk reads version 1")
        #expect(policyError("") == "policy.yml:1:1: error: empty policy; start it with 'version: 1'")
        #expect(
            policyError("- version: 1\n")
                == "policy.yml:1:1: error: expected a mapping at the top level, starting with 'version: 1'")
    }

    @Test func customRuleNeedsIdTypeMessageAndSomethingToMatch() {
        #expect(
            policyError("version: 1\nrules:\n  - type: existence\n    message: m\n    tokens: [a]\n")
                == "policy.yml:3:5: error: rules[0]: missing key 'id'; name the rule, e.g. 'id: house.no-revolutionary'"
        )
        #expect(
            policyError("version: 1\nrules:\n  - {id: house.a, type: existence, tokens: [a]}\n")
                == "policy.yml:3:5: error: rules[0]: missing key 'message'; say what is wrong, e.g. \"avoid '%s'\"")
        #expect(
            policyError("version: 1\nrules:\n  - {id: house.a, type: existence, message: m}\n")
                == "policy.yml:3:5: error: rules[0]: missing key 'tokens'; list the words to flag (or regular expressions under 'patterns')"
        )
        #expect(
            policyError("version: 1\nrules:\n  - {id: house.a, type: substitution, message: m, tokens: [a]}\n")
                == "policy.yml:3:5: error: rules[0]: missing key 'swap'; map each phrase to its replacement, e.g. 'swap: {utilize: use}'"
        )
        #expect(
            policyError("version: 1\nrules:\n  - {id: house.a, type: occurrence, message: m, tokens: [a]}\n")
                == "policy.yml:3:5: error: rules[0]: missing key 'max'; say how many occurrences per scope are allowed")
        #expect(
            policyError("version: 1\nrules:\n  - {id: house.a, type: existance, message: m, tokens: [a]}\n")
                == "policy.yml:3:25: error: rules[0].type: expected one of existence, substitution, occurrence, require-citation; did you mean 'existence'?"
        )
        #expect(
            policyError("version: 1\nrules:\n  - {id: House A, type: existence, message: m, tokens: [a]}\n")
                == "policy.yml:3:10: error: rules[0].id: expected a lowercase kebab-case id such as 'house.no-revolutionary'"
        )
        #expect(
            policyError(
                "version: 1\nrules:\n  - {id: a.b, type: existence, message: m, tokens: [a]}\n  - {id: a.b, type: existence, message: n, tokens: [b]}\n"
            )
                == "policy.yml:4:5: error: rules[1].id: duplicate rule id 'a.b'; give each rule its own id")
    }

    @Test func invalidRegexNamesThePattern() {
        let yaml = """
            version: 1
            rules:
              - id: house.numbers
                type: existence
                message: "no '%s'"
                patterns: ['\\d+%', '(cure|heal']
            """
        #expect(
            policyError(yaml)
                == "policy.yml:6:24: error: rules[0].patterns[1]: invalid regular expression: expected ')'")
    }

    @Test func errorKeepsTheWarningsFoundBeforeIt() {
        do {
            _ = try loadPolicy("version: 1\nnmae: x\nchecks: {hedging: {severity: 3}}\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.keyPath == "checks.hedging.severity")
            #expect(
                error.warnings.map(\.description) == [
                    "policy.yml:2:1: warning: nmae: unknown key; did you mean 'name'?"
                ])
        }
    }

    @Test func unreadableFiles() throws {
        #expect(
            throws: PolicyError(
                path: "/nonexistent/policy.yml",
                message: "no such file; check the path, or leave out --policy to use .copydesk.yml or the default")
        ) {
            try PolicyLoader().load(file: "/nonexistent/policy.yml")
        }
        let folder = try TemporaryFolder(["sub/x.md": "x"])
        defer { folder.remove() }
        #expect(throws: PolicyError(path: folder.path + "/sub", message: "is a folder; give the policy file's path")) {
            try PolicyLoader().load(file: folder.path + "/sub")
        }
    }
}

@Suite struct PolicyEncodingTests {
    @Test func crlfAndBOMKeepLinesAndColumns() {
        let yaml = "\u{FEFF}version: 1\r\nchecks:\r\n  hedging:\r\n    severity: loud\r\n"
        #expect(
            policyError(yaml) == "policy.yml:4:15: error: checks.hedging.severity: expected one of error, warning, info"
        )
    }

    @Test func columnsCountUnicodeScalars() {
        #expect(
            policyError("version: 1\nname: \"Gesundheit – Ärzte\"\nchecks: {hedging: {enabled: ja}}\n")
                == "policy.yml:3:29: error: checks.hedging.enabled: expected true or false")
        #expect(
            policyError("version: 1\nrules: [{id: a.b, type: existence, message: \"é—😀\", tokens: [x], max: 1}]\n").map
            { _ in "" }
                == nil)
        #expect(
            policyWarnings("version: 1\nname: \"😀😀\"\nchecks: {hedging: {add: {cues: [é]}, sevrity: info}}\n") == [
                "policy.yml:3:38: warning: checks.hedging.sevrity: unknown key; did you mean 'severity'?"
            ])
    }

    @Test func onlyOneDocument() {
        #expect(
            policyError("version: 1\n---\nversion: 1\n")
                == "policy.yml:2:1: error: invalid YAML: expected a single document in the stream at line 1, column 1, but found another document"
        )
    }

    @Test func stdinPolicyIsNamedStdin() throws {
        #expect(try loadPolicy("version: 1\n", path: "-").policy.name == "stdin")
    }
}
