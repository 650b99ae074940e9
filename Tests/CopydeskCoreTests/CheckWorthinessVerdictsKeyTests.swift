import TestSupport
import Testing

@testable import CopydeskCore

/// The memo of an article's verdicts is keyed by the detector's shared tables (`VerdictsKey`),
/// not by its lexicons: detectors of equal lexicons hold one key, and whatever order detectors
/// of different lexicons ask in, each gets the verdicts of its own lexicons, as each sentence's
/// own reading gives them.
@Suite struct CheckWorthinessVerdictsKeyTests {
    static var policies: [Policy] {
        var efficacy = Policy()
        efficacy.checks.citations.common.add["efficacy"] = ["may help"]
        var research = Policy()
        research.checks.citations.common.remove["research"] = ["studies show"]
        return [Policy(), efficacy, research]
    }

    @Test func eachDetectorGetsTheVerdictsOfItsLexicons() {
        let policies = Self.policies
        var texts = [
            "Fasting may help you sleep.", "Studies show that fasting works.", "A new study found less hunger.",
            "Ask your doctor first.", "Is fasting safe?",
        ]
        texts += CheckWorthinessNoClaimFastPathTests.sentences(seed: 24, count: 300)
        for _ in 0..<3 { texts += texts[0..<3] }
        let article = CheckWorthinessNoClaimFastPathTests.article(texts)
        let reads = texts.map { SentenceText($0) }
        var differ = 0
        let plain = CheckWorthiness().verdicts(in: article)
        for round in 0..<12 {
            let policy = policies[(round * 2) % policies.count]
            let lexicons = CheckWorthiness.Lexicons(settings: policy.checks.citations.common)
            let detector = round % 2 == 0 ? CheckWorthiness(policy: policy) : CheckWorthiness(lexicons: lexicons)
            #expect(detector.verdictsKey == CheckWorthiness(lexicons: lexicons).verdictsKey)
            let verdicts = detector.verdicts(in: article)
            #expect(verdicts.count == texts.count)
            for index in texts.indices {
                let alone = detector.verdict(on: reads[index])
                #expect(verdicts[index].exclusion == alone.exclusion, "\(texts[index])")
                #expect(verdicts[index].assessment == alone.assessment, "\(texts[index])")
                if verdicts[index].assessment != plain[index].assessment { differ += 1 }
            }
        }
        // Detectors of different lexicons hold different keys, and their verdicts differ.
        #expect(CheckWorthiness(policy: policies[0]).verdictsKey != CheckWorthiness(policy: policies[1]).verdictsKey)
        #expect(differ > 8)
    }
}
