import CopydeskCore
import Foundation
import Testing

@testable import Checks

struct CustomRuleTests {
    func run(_ text: String, _ rules: [CustomRule], edit: (inout Policy) -> Void = { _ in }) throws -> [Finding] {
        try ChecksStage(policy: .with(rules, edit: edit), registry: CheckRegistry(checks: [])).run(
            on: Fixture.article(text))
    }

    @Test func existenceFlagsEveryTokenWithItsRuleCategoryAndSeverity() throws {
        let rule = CustomRule.make(
            "house.no-revolutionary", .existence, message: "avoid '%s' for treatments",
            tokens: ["revolutionary", "game-changer"]
        ) {
            $0.category = .medicalClaim
            $0.severity = .error
        }
        let findings = try run("# Ketamine\n\nA revolutionary drug, a real Game-Changer.\n", [rule])
        #expect(
            findings.map(\.summary) == [
                "3:3 house.no-revolutionary avoid 'revolutionary' for treatments",
                "3:30 house.no-revolutionary avoid 'Game-Changer' for treatments",
            ])
        #expect(findings.map(\.category) == [.medicalClaim, .medicalClaim])
        #expect(findings.map(\.severity) == [.error, .error])
        #expect(findings.map(\.match) == ["revolutionary", "Game-Changer"])
        #expect(findings.map(\.range.start.offset) == [14, 41])
        #expect(findings.map(\.range.end.offset) == [27, 53])
        #expect(findings[0].section == "Ketamine")
    }

    @Test func substitutionSuggestsTheReplacementInTheMatchCase() throws {
        let rule = CustomRule.make("house.plain-words", .substitution, message: "'%s' reads better as '%s'") {
            $0.swap = ["utilize": "use", "in order to": "to"]
        }
        let findings = try run("Utilize ice in order to recover.", [rule])
        #expect(
            findings.map(\.summary) == [
                "1:1 house.plain-words 'Utilize' reads better as 'Use'",
                "1:13 house.plain-words 'in order to' reads better as 'to'",
            ])
        #expect(findings.map(\.suggestions) == [["Use"], ["to"]])
        #expect(findings.map(\.category) == [.style, .style])
    }

    @Test func caseSensitiveTokensMatchOnlyTheirCase() throws {
        let rule = CustomRule.make("house.covid", .substitution, message: "write '%s' as '%s'") {
            $0.swap = ["Covid": "COVID-19"]
            $0.ignoreCase = false
        }
        let findings = try run("covid, Covid and COVID.", [rule])
        #expect(findings.map(\.summary) == ["1:8 house.covid write 'Covid' as 'COVID-19'"])
    }

    @Test func occurrenceReportsTheFirstMatchOverTheLimitPerScope() throws {
        let text = "Very good. Very fine, very very bad.\n\nVery sad.\n"
        let document = CustomRule.make("house.very", .occurrence, message: "'%s' used too often", tokens: ["very"]) {
            $0.max = 2
        }
        let findings = try run(text, [document])
        #expect(findings.map(\.summary) == ["1:23 house.very 'very' used too often"])
        #expect(findings[0].related.map(\.range.start.column) == [1])
        #expect(findings[0].related.map(\.message) == ["first occurrence"])

        var perSentence = document
        perSentence.scope = .sentence
        #expect(try run(text, [perSentence]).map(\.summary) == ["1:28 house.very 'very' used too often"])

        var perParagraph = document
        perParagraph.max = 1
        perParagraph.scope = .paragraph
        #expect(try run(text, [perParagraph]).map(\.summary) == ["1:12 house.very 'Very' used too often"])
    }

    @Test func requireCitationFlagsUncitedSentencesOnly() throws {
        let rule = CustomRule.make(
            "house.cite-studies", .requireCitation, message: "'%s' needs a citation", tokens: ["studies show"])
        let text = """
            Studies show cold helps. Studies show heat helps (Smith et al., 2019). Studies show rest helps.[^a]

            Studies show [sleep helps](https://example.org/sleep). Studies show doi:10.1000/182 works. Studies show it, PMID: 12345.

            Our studies show nothing [3]. Studies show naps help. The World Health Organization says studies show walks help.

            [^a]: A reference.
            """
        let findings = try run(text, [rule])
        #expect(
            findings.map(\.summary) == [
                "1:1 house.cite-studies 'Studies show' needs a citation",
                "5:31 house.cite-studies 'Studies show' needs a citation",
            ])
        let paragraphScope = try run(text, [rule]) { $0.checks.citations.scope = .paragraph }
        #expect(paragraphScope.isEmpty)
    }

    @Test func patternsMatchAsRegularExpressionsAfterMultiByteText() throws {
        let rule = CustomRule.make(
            "house.cure-rate", .existence, message: "a cure rate ('%s') needs context", patterns: [#"\d+% cure rate"#])
        let findings = try run("Café naïve 😀: a 95% cure rate, really.", [rule])
        #expect(findings.map(\.summary) == ["1:17 house.cure-rate a cure rate ('95% cure rate') needs context"])
        #expect(findings.map(\.range.start.offset) == [21])
        #expect(findings.map(\.match) == ["95% cure rate"])
    }

    @Test func catastrophicPatternsAreStoppedAndReported() throws {
        let rule = CustomRule.make("house.slow", .existence, message: "slow", patterns: ["(a+)+$", "fast"])
        let stage = ChecksStage(
            policy: .with([rule]), registry: CheckRegistry(checks: []), regexTimeLimit: .milliseconds(50))
        let article = try Fixture.article(String(repeating: "a", count: 40) + "b fast\n")
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = stage.analyze(article)
        #expect(clock.now - start < .seconds(5))
        #expect(outcome.findings.map(\.summary) == ["1:43 house.slow slow"])
        #expect(
            outcome.warnings == [
                "fixture.markdown:1: rules.house.slow: pattern '(a+)+$' took too long and was stopped; simplify it (nested repeats such as (a+)+ backtrack without end)"
            ])
    }

    @Test func rulesThatCannotRunAreProblemsNotSilence() {
        let rules = [
            CustomRule.make("house.bad", .existence, message: "x", patterns: ["(unclosed"]),
            CustomRule.make("house.empty", .existence, message: "x"),
            CustomRule.make("house.count", .occurrence, message: "x", tokens: ["very"]),
        ]
        let stage = ChecksStage(policy: .with(rules), registry: CheckRegistry(checks: []))
        #expect(
            stage.problems == [
                "rules.house.bad.patterns[0]: '(unclosed' is not a valid regular expression; fix or remove it",
                "rules.house.bad: the rule has no `tokens` or `patterns`, so it matches nothing; add some or remove the rule",
                "rules.house.empty: the rule has no `tokens` or `patterns`, so it matches nothing; add some or remove the rule",
                "rules.house.count: occurrence rules need `max`; add it or remove the rule",
            ])
        #expect(stage.activeCustomRuleIDs.isEmpty)
    }

    @Test func policyLevelsApplyToCustomRules() throws {
        let rule = CustomRule.make("house.hype", .existence, message: "hype: %s", tokens: ["miracle"])
        let text = "A miracle cure.\n"
        #expect(try run(text, [rule]).map(\.severity) == [.warning])
        #expect(try run(text, [rule]) { $0.checks.style.rules["house.hype"] = .error }.map(\.severity) == [.error])
        #expect(try run(text, [rule]) { $0.checks.style.rules["hype"] = .info }.map(\.severity) == [.info])
        #expect(try run(text, [rule]) { $0.checks.style.rules["hype"] = .off }.isEmpty)
        #expect(try run(text, [rule]) { $0.checks.style.enabled = false }.isEmpty)
        #expect(try run(text, [rule]) { $0.checks.style.severity = .error }.map(\.severity) == [.error])
        var info = rule
        info.severity = .info
        #expect(try run(text, [info]) { $0.checks.style.severity = .error }.map(\.severity) == [.info])
        var cited = rule
        cited.category = .citation
        #expect(try run(text, [cited]) { $0.checks.style.enabled = false }.map(\.severity) == [.warning])
        #expect(try run(text, [cited]) { $0.checks.citations.common.enabled = false }.isEmpty)
    }

    @Test func codeIsNeverMatched() throws {
        let rule = CustomRule.make("house.hype", .existence, message: "hype: %s", tokens: ["miracle"])
        let findings = try run("Text.\n\n```\na miracle\n```\n\nInline `miracle` code.\n", [rule])
        #expect(findings.isEmpty)
    }

    @Test func messagesReplaceTheirPlaceholders() {
        #expect(RuleRun.format("avoid '%s'", match: "cure", suggestion: nil) == "avoid 'cure'")
        #expect(RuleRun.format("'%s' → '%s'", match: "utilize", suggestion: "use") == "'utilize' → 'use'")
        #expect(RuleRun.format("no placeholder", match: "x", suggestion: "y") == "no placeholder")
        #expect(RuleRun.format("%s, %s, %s", match: "a", suggestion: "b") == "a, b, %s")
        #expect(RuleRun.matchingCase("use", of: "Utilize") == "Use")
        #expect(RuleRun.matchingCase("use", of: "utilize") == "use")
    }
}
