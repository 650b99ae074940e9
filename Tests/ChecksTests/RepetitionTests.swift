import CopydeskCore
import Foundation
import Testing

@testable import Checks

struct RepetitionTests {
    func findings(_ text: String, format: ArticleFormat = .markdown, edit: (inout Policy) -> Void = { _ in }) throws
        -> [Finding]
    {
        var policy = Policy()
        edit(&policy)
        return ChecksStage(policy: policy, registry: CheckRegistry(checks: repetitionChecks))
            .run(on: try Fixture.article(text, format: format))
    }

    @Test func plainTextTitleRepeatedOnTheThirdLine() throws {
        let text = """
            Does Coffee Cause Headaches? What We Know

            Does Coffee Cause Headaches? What We Know

            Coffee is the most popular stimulant in the world, and many drinkers wonder about headaches.

            Caffeine and the Brain

            Caffeine narrows blood vessels in the brain, which is why it appears in some headache remedies.

              • Withdrawal: skipping the usual cup can bring on a dull headache within a day.
              • Timing: a late cup can disturb sleep and leave you tired.

            Talk to a doctor if headaches come often.
            """
        let found = try findings(text, format: .text)
        #expect(
            found.map(\.summary) == [
                "3:1 repetition.repeated-title title repeats 'Does Coffee Cause Headaches? What We Know' from line 1"
            ])
        #expect(found.first?.related.map(\.range.start.line) == [1])
        #expect(found.first?.related.map(\.message) == ["first occurrence"])
        #expect(found.first?.range.end.column == 42)
    }

    @Test func frontMatterTitleEqualToTheFirstHeadingIsNormal() throws {
        let text = """
            ---
            title: Cold Water Immersion — Hype, Hope and Evidence
            ---

            # Cold Water Immersion: Hype, Hope and Evidence

            Ice baths and cold plunges have moved from elite sports into back gardens.
            """
        #expect(try findings(text).isEmpty)
    }

    @Test func theSameHeadingTwiceAtTheTopIsARepeatedTitleOnly() throws {
        let found = try findings("# Sleep and memory\n\n# Sleep and Memory!\n\nSleep helps memory.\n")
        #expect(found.map(\.summary) == ["3:3 repetition.repeated-title title repeats 'Sleep and memory' from line 1"])
    }

    @Test
    func htmlTitleEqualToTheFirstHeadingIsNormal() throws {
        let text = """
            <html><head><title>Sleep and memory</title></head>
            <body><h1>Sleep and memory</h1><h1>Sleep and memory</h1><p>Sleep helps memory.</p></body></html>
            """
        let found = try findings(text, format: .html)
        #expect(found.map(\.rule) == ["repetition.repeated-title"])
        #expect(found.map(\.range.start.column) == [36])
    }

    @Test func aDuplicateSentenceInsideADuplicateParagraphIsReportedOnce() throws {
        let text = """
            Cold plunges reset the immune system for good, fans claim. Nothing supports it.

            ## Again

            Cold plunges reset the immune system for good, fans claim. Nothing supports it.

            Later on. Cold plunges reset the immune system for good, fans claim.
            """
        #expect(
            try findings(text).map(\.summary) == [
                "5:1 repetition.duplicate-paragraph paragraph repeats the paragraph on line 1",
                "7:11 repetition.duplicate-sentence sentence repeats 'Cold plunges reset the immune system for good, fans claim.' from line 1",
            ])
        let withoutParagraphs = try findings(text) { $0.checks.repetition.common.rules["duplicate-paragraph"] = .off }
        #expect(
            withoutParagraphs.map(\.summary) == [
                "5:1 repetition.duplicate-sentence sentence repeats 'Cold plunges reset the immune system for good, fans claim.' from line 1",
                "7:11 repetition.duplicate-sentence sentence repeats 'Cold plunges reset the immune system for good, fans claim.' from line 1",
            ])
    }

    @Test func pullQuotesRepeatTheBodyOnPurpose() throws {
        let text = """
            She swam in the lake every morning of the long winter. The cold was the point.

            > She swam in the lake every morning of the long winter.

            She swam in the lake every morning of the long winter, she says, and the cold was the point.

            > She swam in the lake every morning of the long winter.
            """
        #expect(
            try findings(text).map(\.summary) == [
                "7:3 repetition.duplicate-paragraph paragraph repeats the paragraph on line 3"
            ])
    }

    @Test func minWordsComesFromThePolicy() throws {
        let text = "Drink more water.\n\n## Later\n\nDrink more water.\n"
        #expect(try findings(text).isEmpty)
        #expect(
            try findings(text) { $0.checks.repetition.minWords = 3 }.map(\.summary) == [
                "5:1 repetition.duplicate-paragraph paragraph repeats the paragraph on line 1"
            ])
    }

    @Test func nearDuplicateThresholdComesFromThePolicy() throws {
        let text = """
            Ketamine can temporarily raise blood pressure, which may be concerning for those with heart disease.

            Ketamine can temporarily raise blood pressure, which may be concerning for those with kidney disease.
            """
        #expect(try findings(text).isEmpty)
        let found = try findings(text) { $0.checks.repetition.nearDuplicate = 0.7 }
        #expect(
            found.map(\.summary) == [
                "3:1 repetition.near-duplicate-paragraph paragraph is 73% the same as the paragraph on line 1"
            ])
    }

    @Test func excerptsAreCutAtAWord() {
        #expect(Quoting.excerpt("short   text\nhere") == "short text here")
        let long = "Ketamine, a medication originally developed as an anesthetic, has gained significant attention"
        #expect(Quoting.excerpt(long) == "Ketamine, a medication originally developed as an…")
    }
}
