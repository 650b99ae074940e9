import CopydeskCore
import Testing

@testable import Checks

/// Flags every block, code included, at the block's first byte: for testing what the stage does with findings.
struct EveryBlockCheck: Check {
    static let description = CheckDescription(
        id: "style.every-block", category: .style, defaultSeverity: .info, summary: "Test check.")

    init(policy: Policy) {}

    func findings(in article: Article) -> [Finding] {
        article.blocks.map { block in
            finding("block", in: article, block: block, textRange: 0..<min(1, block.map.utf8Count))
        }
    }
}

struct ChecksStageTests {
    static let text = """
        # Cold water

        Ice baths are a miracle for sore muscles after hard training sessions.

        ## The claims

        Cold plunges permanently reset your immune system, some people say.

        ```
        ## The claims
        ```

        ## The claims

        Ice baths are a miracle for sore muscles after hard training sessions.
        """

    static let hype = CustomRule.make("house.hype", .existence, message: "hype: %s", tokens: ["miracle"])

    @Test func findingsComeInReportOrderWithPolicyLevels() throws {
        let stage = ChecksStage(policy: .with([Self.hype]), registry: CheckRegistry(checks: repetitionChecks))
        let findings = stage.run(on: try Fixture.article(Self.text))
        #expect(
            findings.map(\.summary) == [
                "3:17 house.hype hype: miracle",
                "13:4 repetition.duplicate-heading heading repeats 'The claims' from line 5",
                "15:1 repetition.duplicate-paragraph paragraph repeats the paragraph on line 3",
                "15:17 house.hype hype: miracle",
            ])
        #expect(findings.map(\.severity) == [.warning, .warning, .warning, .warning])
        #expect(
            findings[1].related == [RelatedLocation(message: "first occurrence", range: findings[1].related[0].range)])
        #expect(findings[1].related.map(\.range.start.line) == [5])
        #expect(findings[2].related.map(\.range.start.line) == [3])
    }

    @Test func policySeveritiesAndOffRulesApply() throws {
        let article = try Fixture.article(Self.text)
        var policy = Policy()
        policy.checks.repetition.common.severity = .error
        policy.checks.repetition.common.rules["duplicate-paragraph"] = .info
        let repetition = CheckRegistry(checks: repetitionChecks)
        var findings = ChecksStage(policy: policy, registry: repetition).run(on: article)
        #expect(
            findings.map { "\($0.rule) \($0.severity)" } == [
                "repetition.duplicate-heading error", "repetition.duplicate-paragraph info",
            ])

        policy.checks.repetition.common.rules["repetition.duplicate-heading"] = .off
        let stage = ChecksStage(policy: policy, registry: repetition)
        findings = stage.run(on: article)
        #expect(findings.map(\.rule) == ["repetition.duplicate-paragraph"])
        #expect(!stage.activeDescriptions.map(\.id).contains("repetition.duplicate-heading"))
        #expect(stage.activeDescriptions.map(\.id).contains("repetition.duplicate-paragraph"))

        policy.checks.repetition.common.enabled = false
        #expect(ChecksStage(policy: policy, registry: repetition).run(on: article).isEmpty)
        #expect(ChecksStage(policy: policy).activeDescriptions.allSatisfy { $0.category != .repetition })
    }

    @Test func activeDescriptionsAreSortedByRuleID() {
        let ids = ChecksStage(policy: Policy()).activeDescriptions.map(\.id)
        #expect(ids == ids.sorted())
        #expect(ids == CheckRegistry.builtIn.descriptions.map(\.id))
    }

    @Test func findingsInsideCodeBlocksAreDropped() throws {
        let stage = ChecksStage(policy: Policy(), registry: CheckRegistry(checks: [EveryBlockCheck.self]))
        let findings = stage.run(on: try Fixture.article("Prose.\n\n```\ncode\n```\n\nMore prose.\n"))
        #expect(findings.map(\.summary) == ["1:1 style.every-block block", "7:1 style.every-block block"])
        #expect(findings.map(\.severity) == [.info, .info])
    }
}
