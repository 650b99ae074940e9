import CopydeskCore
import FactChecking
import Testing

/// The ledger on one small article written in each of the three formats.
struct ClaimLedgerTests {
    static let markdown = """
        # Coffee and the brain

        Coffee drinking is linked to a lower risk of dementia.[^1] A 2019 trial found that caffeine may improve alertness. We met in a café.

        Doctors should ask patients about sleep.

        - Decaf reduces acid reflux in 40% of people.

        ```
        Coffee cures cancer.
        ```

        [^1]: Smith J. Coffee and dementia. BMJ. 2019.

        """

    static let text = """
        Coffee and the brain

        Coffee drinking is linked to a lower risk of dementia [1]. A 2019 trial found that caffeine may improve alertness. We met in a café.

        Doctors should ask patients about sleep.

        - Decaf reduces acid reflux in 40% of people.

        References

        1. Smith J. Coffee and dementia. BMJ. 2019.

        """

    static let html = """
        <html><head><title>Coffee and the brain</title></head><body>
        <h1>Coffee and the brain</h1>
        <p>Coffee drinking is linked to a lower risk of dementia.<sup><a href="#r1">1</a></sup> A 2019 trial found that caffeine may improve alertness. We met in a café.</p>
        <p>Doctors should ask patients about sleep.</p>
        <ul><li>Decaf reduces acid reflux in 40% of people.</li></ul>
        <pre>Coffee cures cancer.</pre>
        <ol><li id="r1">Smith J. Coffee and dementia. BMJ. 2019.</li></ol>
        </body></html>

        """

    @Test func markdown() throws {
        let claims = try Fixture.run(Self.markdown).claims
        #expect(
            claims.map(\.summary) == [
                "3 other correlational cited", "3 research conditional-causal hedged", "7 efficacy causal",
            ])
        #expect(
            claims.map(\.text) == [
                "Coffee drinking is linked to a lower risk of dementia.",
                "A 2019 trial found that caffeine may improve alertness.",
                "Decaf reduces acid reflux in 40% of people.",
            ])
        #expect(claims.map { "\($0.range.start.column)-\($0.range.end.column)" } == ["1-55", "60-115", "3-46"])
        #expect(claims[1].range.start.offset == 83)
    }

    @Test func plainText() throws {
        let claims = try Fixture.run(Self.text, format: .text).claims
        #expect(
            claims.map(\.summary) == [
                "3 other correlational cited", "3 research conditional-causal hedged", "7 efficacy causal",
            ])
        #expect(claims.map { "\($0.range.start.column)-\($0.range.end.column)" } == ["1-59", "60-115", "3-46"])
    }

    @Test func html() throws {
        let claims = try Fixture.run(Self.html, format: .html).claims
        #expect(
            claims.map(\.summary) == [
                "3 other correlational cited", "3 research conditional-causal hedged", "5 efficacy causal",
            ])
        #expect(claims[2].text == "Decaf reduces acid reflux in 40% of people.")
        #expect(claims[2].range.start.column == 9)
    }

    @Test func everySentenceStatingARelationshipIsAClaim() throws {
        let text =
            "Sleep duration was associated with diabetes.\n\nPatients were recruited in 2019.\n\nMetformin may reduce mortality.\n"
        let claims = try Fixture.run(text, format: .text).claims
        #expect(claims.map(\.summary) == ["1 other correlational", "5 efficacy conditional-causal hedged"])
    }

    @Test func paragraphScopeCitesEverySentenceOfACitedParagraph() throws {
        var policy = Policy()
        policy.checks.citations.scope = .paragraph
        let text =
            "Exercise lowers blood pressure. It also improves sleep.[^1]\n\n[^1]: WHO. Physical activity. 2022.\n"
        #expect(try Fixture.run(text).claims.map(\.cited) == [false, true])
        #expect(try Fixture.run(text, policy: policy).claims.map(\.cited) == [true, true])
    }

    @Test func aSentenceWithAVerdictJoinsTheLedger() throws {
        let result = try Fixture.run("# Facts\n\n5G masts spread the virus.\n", registry: Fixture.health)
        #expect(result.claims.map(\.text) == ["5G masts spread the virus."])
        #expect(result.findings.map(\.rule) == ["fact-check.known-false-claim"])
    }
}
