import CopydeskCore
import FactChecking
import Testing

/// A verifier that answers from a fixed table and records what it was asked; no network.
final class StubVerifier: ClaimVerifier, @unchecked Sendable {
    let answers: [String: Verdict]
    private(set) var asked: [String] = []
    /// Whether each claim asked about was cited, in the order asked.
    private(set) var cited: [Bool] = []

    init(answers: [String: Verdict]) {
        self.answers = answers
    }

    var name: String { "stub" }

    func verify(_ claim: Claim, sentence: String) -> [Verdict] {
        asked.append("\(claim.kind.rawValue):\(sentence)")
        cited.append(claim.cited)
        return answers[sentence].map { [$0] } ?? []
    }
}

struct ClaimVerifierTests {
    static let source = KnownClaim.Source(citation: "Stub review", url: "https://example.org/review")

    @Test func verdictsBecomeFindingsAtTheirRange() throws {
        let stub = StubVerifier(answers: [
            "Garlic cures colds.": Verdict(
                verdict: .unproven, id: "garlic", claim: "Garlic cures colds", source: Self.source, range: 7..<18),
            "Water is wet.": Verdict(verdict: .true, id: "water", claim: "Water is wet"),
            "Zinc stops colds.": Verdict(verdict: .misleading, id: "zinc", claim: "Zinc stops colds"),
        ])
        let result = try Fixture.run(
            "Garlic cures colds. Water is wet. Zinc stops colds. Hello there.", format: .text, verifier: stub)
        #expect(
            result.findings.map(\.summary) == [
                "1:8 fact-check.known-unproven-claim known unproven claim 'Garlic cures colds' (rated unproven by Stub review, https://example.org/review); qualify it and cite the evidence",
                "1:35 fact-check.known-misleading-claim known misleading claim 'Zinc stops colds' (rated misleading); qualify it and cite the evidence",
            ])
        #expect(result.findings.first?.match == "cures colds")
        #expect(
            stub.asked == [
                "efficacy:Garlic cures colds.", "other:Water is wet.", "causal:Zinc stops colds.", "other:Hello there.",
            ])
        #expect(result.claims.map(\.text) == ["Garlic cures colds.", "Zinc stops colds."])
    }

    @Test func aSentenceThatMakesNoClaimIsAskedAboutWithItsCitation() throws {
        // Evidence is looked for only in claims, and in the sentences a verifier is asked about.
        let stub = StubVerifier(answers: [
            "Hello there.": Verdict(verdict: .misleading, id: "hello", claim: "Hello there")
        ])
        let result = try Fixture.run(
            "Hello there.[^a] Water is wet. Garlic cures colds.[^a]\n\n[^a]: Smith J. 2020.\n", verifier: stub)
        #expect(stub.cited == [true, false, true])
        #expect(result.claims.map(\.text) == ["Hello there.", "Garlic cures colds."])
        #expect(result.claims.map(\.cited) == [true, true])
    }

    @Test func registryAndExternalVerifierBothRun() throws {
        let stub = StubVerifier(answers: [
            "Vaccines cause autism.": Verdict(verdict: .false, id: "ext", claim: "External verdict")
        ])
        let result = try Fixture.run("# T\n\nVaccines cause autism.\n", registry: Fixture.health, verifier: stub)
        #expect(
            result.findings.map { String($0.message.prefix { $0 != "(" }) } == [
                "known false claim 'Vaccines cause autism' ", "known false claim 'External verdict' ",
            ])
    }

    @Test func policyLevelsApplyAndRulesCanBeTurnedOff() throws {
        var policy = Policy()
        policy.checks.factCheck.common.rules["known-false-claim"] = .warning
        policy.checks.factCheck.common.rules["known-misleading-claim"] = .off
        let stub = StubVerifier(answers: [
            "A.": Verdict(verdict: .false, id: "a", claim: "A"),
            "B.": Verdict(verdict: .misleading, id: "b", claim: "B"),
        ])
        let result = try Fixture.run("Title\n\nA. B.", format: .text, verifier: stub, policy: policy)
        #expect(result.findings.map { "\($0.rule) \($0.severity)" } == ["fact-check.known-false-claim warning"])
    }

    @Test func registryVerifierAnswersFromTheRegistry() {
        let verifier = RegistryVerifier(registry: Fixture.health)
        let claim = Claim(
            text: "", kind: .causal, strength: .causal, cited: false, hedged: false,
            range: SourceRange(start: .init(line: 1, column: 1, offset: 0), end: .init(line: 1, column: 1, offset: 0)))
        let verdicts = verifier.verify(claim, sentence: "The flu jab gives you the flu.")
        #expect(verdicts.map(\.id) == ["flu-vaccine-gives-flu"])
        #expect(verdicts.first?.source?.url == "https://www.cdc.gov/flu/vaccines/keyfacts.html")
        #expect(verifier.name == "registry")
    }
}
