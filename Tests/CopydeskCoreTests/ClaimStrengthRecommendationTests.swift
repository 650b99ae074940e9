import Testing

@testable import CopydeskCore

/// The scan looks for a recommendation only at its first cue, and not at all when no word can
/// start one (the verdict's union of roles says so): the analysis is the one that looked first.
@Suite struct ClaimStrengthRecommendationTests {
    static let sentences = [
        "Further research is needed to confirm whether vitamin D improves mood.",
        "Statins reduce cholesterol, so patients should ask their doctor.",
        "Exercise improves sleep; more studies are needed.",
        "Patients should exercise because it reduces blood pressure.",
        "Coffee is associated with lower mortality, and it is recommended for adults.",
        "Smoking causes cancer.", "Higher intake was linked to better outcomes than placebo.",
        "The trial requires further confirmation before salt reduction lowers risk.",
        "Fasting increased weight loss and larger trials are planned.", "It rained.", "",
        "Vitamin D might reduce fatigue, but further studies should test whether it improves mood.",
    ]

    @Test(arguments: sentences)
    func recommendationLookedForLateIsTheSame(_ sentence: String) {
        let classifier = ClaimStrengthClassifier()
        let read = SentenceText(sentence)
        let verdict = CheckWorthiness().verdict(on: read)
        // With the verdict's roles (and their union); without them (looked up word by word);
        // and the scan made without the union, which looks for a recommendation at every cue.
        let withVerdict = classifier.analyze(read, wordsAreTokens: true, verdict: verdict)
        #expect(withVerdict == classifier.analyze(read, wordsAreTokens: true))
        let tokens = read.tokens
        let roles = ClaimStrengthScan.roles(of: read.words)
        let eager = ClaimStrengthScan(
            words: read.words, roles: roles, gaps: ClauseGaps(tokens: tokens, text: read.bytes),
            hyphens: TokenHyphens(tokens, read.bytes))
        let lazy = ClaimStrengthScan(
            words: read.words, roles: roles, gaps: ClauseGaps(tokens: tokens, text: read.bytes),
            hyphens: TokenHyphens(tokens, read.bytes),
            mayRecommend: roles.contains { $0.contains(.recommendation) })
        let first = eager.mainCue()
        let second = lazy.mainCue()
        #expect(first?.start == second?.start && first?.end == second?.end)
        #expect(first.map { "\($0.kind)" } == second.map { "\($0.kind)" })
    }
}
