import CopydeskCore
import PolicyLoading
import Testing

@Suite struct PolicyWriterTests {
    /// A policy with every setting away from its default, and strings YAML would misread if unquoted.
    static var everything: Policy {
        var policy = Policy(name: "house: style", source: "x")
        policy.facts = "facts/registry.yml"
        policy.checks.hedging.common.enabled = false
        policy.checks.hedging.common.severity = .info
        policy.checks.hedging.common.rules = ["stacked-hedge": .error, "hedging.hedge-density": .off]
        policy.checks.hedging.common.add = [
            "cues": ["arguably", "yes", "~", "null", "1.5"], "attributions": ["some say"],
        ]
        policy.checks.hedging.common.remove = ["cues": ["may", "- dash", "#hash"]]
        policy.checks.hedging.sensitivity = .everyCue
        policy.checks.hedging.densityThreshold = 2.5
        policy.checks.hedging.lintQuotes = true
        policy.checks.citations.scope = .paragraph
        policy.checks.citations.common.severity = .error
        policy.checks.repetition.nearDuplicate = 0.65
        policy.checks.repetition.minWords = 12
        policy.checks.medicalClaims.requireDisclaimer = true
        policy.checks.factCheck.common.enabled = false
        policy.checks.style.rules = ["house.hype": .info]
        var hype = CustomRule(id: "house.hype", kind: .existence, message: "avoid '%s': it \"oversells\"")
        hype.tokens = ["revolutionary", "game-changer", "true"]
        hype.patterns = [#"\bmiracle\w*"#, "[0-9]+% (?:cure|fix)"]
        hype.category = .medicalClaim
        hype.severity = .error
        hype.ignoreCase = false
        var swap = CustomRule(id: "house.plain", kind: .substitution, message: "use '%s' instead of '%s'")
        swap.swap = ["utilize": "use", "in order to": "to", "on": "off"]
        var count = CustomRule(id: "house.very", kind: .occurrence, message: "'%s' more than twice")
        count.tokens = ["very"]
        count.max = 2
        count.scope = .paragraph
        var cite = CustomRule(id: "house.cite-studies", kind: .requireCitation, message: "cite the study")
        cite.tokens = ["a study found"]
        policy.rules = [hype, swap, count, cite]
        policy.files = FileFilter(include: ["**/*.md", "*.txt"], exclude: ["drafts/**", "[a]*"])
        return policy
    }

    @Test func writtenPolicyLoadsBackEqual() throws {
        let original = Self.everything
        let yaml = PolicyWriter().yaml(original)
        let loaded = try PolicyLoader().load(yaml: yaml, path: "shown.yml")
        #expect(loaded.warnings.isEmpty)
        var expected = original
        expected.source = "shown.yml"
        #expect(loaded.policy == expected, "\(yaml)")
    }

    @Test(arguments: ["default", "medical", "scientific"])
    func builtInsRoundTrip(name: String) throws {
        let policy = try PolicyLoader().builtIn(name).policy
        let loaded = try PolicyLoader().load(yaml: PolicyWriter().yaml(policy), path: "builtin:\(name)")
        #expect(loaded.policy == policy)
    }

    @Test func writesTheMergedPolicyReadably() throws {
        let policy = try PolicyLoader().builtIn("medical").policy
        #expect(
            PolicyWriter().yaml(policy) == """
                # the effective policy 'medical' from builtin:medical
                version: 1
                name: medical
                checks:
                  hedging:
                    enabled: true
                    sensitivity: clustered
                    density-threshold: 4.0
                    lint-quotes: false
                  citations:
                    enabled: true
                    scope: sentence
                  repetition:
                    enabled: true
                    near-duplicate: 0.8
                    min-words: 8
                  medical-claims:
                    enabled: true
                    severity: error
                    require-disclaimer: true
                  fact-check:
                    enabled: true
                  style:
                    enabled: true
                rules: []
                files:
                  include: []
                  exclude: []
                facts: builtin:facts/health.yml

                """)
    }
}
