import CopydeskCore
import PolicyLoading
import Testing

/// Unknown keys, rule ids and lexicons are warnings with a did-you-mean; the policy still loads.
@Suite struct PolicyWarningTests {
    static let known: Set<String> = [
        "hedging.stacked-hedge", "hedging.hedge-density", "citation.unsupported-claim", "repetition.duplicate-heading",
    ]

    @Test func unknownKeySuggestsTheNearest() {
        let yaml = """
            version: 1
            checks:
              hedging:
                sevrity: error
            """
        #expect(
            policyWarnings(yaml) == [
                "policy.yml:4:5: warning: checks.hedging.sevrity: unknown key; did you mean 'severity'?"
            ])
    }

    @Test func unknownKeyWithoutANearNameListsTheKeys() {
        #expect(
            policyWarnings("version: 1\nchecks: {citations: {colour: red}}\n") == [
                "policy.yml:2:22: warning: checks.citations.colour: unknown key; expected one of enabled, severity, rules, add, remove, scope"
            ])
        #expect(
            policyWarnings("version: 1\nchecks: {hedgin: {}}\n") == [
                "policy.yml:2:10: warning: checks.hedgin: unknown key; did you mean 'hedging'?"
            ])
        #expect(
            policyWarnings("version: 1\nfile: {include: [a]}\n") == [
                "policy.yml:2:1: warning: file: unknown key; did you mean 'files'?"
            ])
        #expect(
            policyWarnings(
                "version: 1\nrules:\n  - {id: a.b, type: existence, message: m, tokens: [x], sevrity: error}\n") == [
                    "policy.yml:3:57: warning: rules[0].sevrity: unknown key; did you mean 'severity'?"
                ])
    }

    @Test func unknownKeyIsLeftOutNotGuessed() throws {
        let policy = try loadPolicy("version: 1\nchecks: {hedging: {sevrity: error}}\n").policy
        #expect(policy.checks.hedging.common.severity == nil)
    }

    @Test func unknownRuleSuggestsTheNearestInItsGroup() {
        #expect(
            policyWarnings(
                "version: 1\nchecks: {hedging: {rules: {stacked-hedges: off, hedge-density: info}}}\n",
                known: Self.known) == [
                    "policy.yml:2:28: warning: checks.hedging.rules.stacked-hedges: unknown rule; did you mean 'stacked-hedge'?"
                ])
        #expect(
            policyWarnings("version: 1\nchecks: {citations: {rules: {orphan: off}}}\n", known: Self.known) == [
                "policy.yml:2:30: warning: checks.citations.rules.orphan: unknown rule; 'copydesk rules' lists every rule id"
            ])
    }

    @Test func fullRuleIdsAndCustomRuleIdsAreKnown() {
        let yaml = """
            version: 1
            checks:
              hedging: {rules: {hedging.stacked-hedge: error}}
              medical-claims: {rules: {house.miracle: error}}
            rules:
              - {id: house.miracle, type: existence, category: medical-claim, message: m, tokens: [miracle]}
            """
        #expect(policyWarnings(yaml, known: Self.known) == [])
    }

    @Test func ruleInTheWrongGroupSaysWhereItBelongs() {
        #expect(
            policyWarnings("version: 1\nchecks: {hedging: {rules: {duplicate-heading: off}}}\n", known: Self.known) == [
                "policy.yml:2:28: warning: checks.hedging.rules.duplicate-heading: rule 'repetition.duplicate-heading' belongs to checks.repetition; move it to checks.repetition.rules"
            ])
    }

    @Test func ruleNamesAreNotCheckedWithoutKnownIds() {
        #expect(policyWarnings("version: 1\nchecks: {hedging: {rules: {anything: off}}}\n").isEmpty)
    }

    @Test func unknownLexiconIsAWarningWhenLexiconsAreKnown() throws {
        let loader = PolicyLoader(knownLexicons: ["hedging": ["cues", "attributions"]])
        let loaded = try loader.load(yaml: "version: 1\nchecks: {hedging: {add: {cue: [arguably]}}}\n", path: "p.yml")
        #expect(
            loaded.warnings.map(\.description) == [
                "p.yml:2:26: warning: checks.hedging.add.cue: unknown lexicon; did you mean 'cues'?"
            ])
        #expect(loaded.policy.checks.hedging.common.add == ["cue": ["arguably"]])
    }

    @Test func keyThatOnlyAnotherRuleTypeReads() {
        #expect(
            policyWarnings("version: 1\nrules:\n  - {id: a.b, type: existence, message: m, tokens: [x], max: 2}\n") == [
                "policy.yml:3:57: warning: rules[0].max: only occurrence rules read this key; remove it"
            ])
    }

    @Test func warningsFromAParentComeWithTheChilds() throws {
        let folder = try TemporaryFolder([
            "child.yml": "version: 1\nextends: parent.yml\nnaem: child\n",
            "parent.yml": "version: 1\nchecks: {style: {enabeld: false}}\n",
        ])
        defer { folder.remove() }
        let loaded = try PolicyLoader().load(file: folder.path + "/child.yml")
        #expect(
            loaded.warnings.map(\.description) == [
                "\(folder.path)/child.yml:3:1: warning: naem: unknown key; did you mean 'name'?",
                "\(folder.path)/parent.yml:2:18: warning: checks.style.enabeld: unknown key; did you mean 'enabled'?",
            ])
    }
}

@Suite struct PolicyEmptyValueTests {
    @Test func emptyCollectionsAreEmptyNotErrors() throws {
        let loaded = try loadPolicy(
            "version: 1\nextends:\nchecks:\n  style:\n  hedging: {add: ~}\nrules:\nfiles:\n  include:\n")
        var expected = Policy(name: "policy", source: "policy.yml")
        expected.version = 1
        #expect(loaded.policy == expected)
        #expect(loaded.warnings.isEmpty)
    }

    @Test func emptyScalarsAreErrors() {
        #expect(
            policyError("version: 1\nchecks:\n  hedging:\n    severity:\n")
                == "policy.yml:4:14: error: checks.hedging.severity: expected one of error, warning, info")
    }
}
