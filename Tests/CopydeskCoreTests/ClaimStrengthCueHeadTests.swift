import TestSupport
import Testing

@testable import CopydeskCore

/// The classifier turns away a sentence none of whose words has a cue-start role when no
/// hyphenated word's head may be a cue word (`TokenHyphens.holdsCueHead`), before making its
/// scan: over generated sentences (hyphenated words with and without a cue head, dashes,
/// words that are not ASCII), the scan made anyway finds no cue in every sentence so turned
/// away, and the classifier answers as the reading that looks every word's roles up.
@Suite struct ClaimStrengthCueHeadTests {
    static let pieces = [
        "command-line", "built-in", "long-term", "e-mail", "well-known", "dose-dependent", "x-linked",
        "self-reported", "non-causal", "pro-inflammatory", "weight-reducing", "risk-increasing", "café-au-lait",
        "naïve-linked", "-", "--", "—", "--flag", "a-", "-causes", "high-", "the", "tool", "runs", "on", "a",
        "server", "and", "builds", "files", "linked", "causes", "reduces", "more", "than", "may", "is", "to",
        "with", "it’s", "x", "(", ")", ",", "whether", "because", "side-effects", "up-to-date",
    ]

    static func sentences(seed: UInt64, count: Int) -> [String] {
        var random = SplitMix(seed: seed)
        return ["", "-", "built-in", "well-known"]
            + (0..<count).map { _ in
                let words = (0..<random.next(14)).map { _ in pieces[random.next(pieces.count)] }
                return words.joined(separator: random.next(6) == 0 ? "" : " ") + ["", ".", "?", "!"][random.next(4)]
            }
    }

    @Test(arguments: 0..<4)
    func turnedAwaySentencesHaveNoCue(_ seed: Int) {
        var turnedAway = 0
        var hyphenated = 0
        for sentence in Self.sentences(seed: UInt64(seed), count: 2_000) {
            let read = SentenceText(sentence)
            let roles = ClaimStrengthScan.roles(of: read.words)
            let hasCueStart = roles.contains { !$0.isDisjoint(with: ClaimStrengthScan.cueStarts) }
            let hyphens = TokenHyphens(read.tokens, read.bytes)
            guard !hasCueStart, !hyphens.holdsCueHead(read.words) else { continue }
            turnedAway += 1
            if hyphens.inSomeToken { hyphenated += 1 }
            // The scan the classifier no longer makes for it: it finds no cue.
            let scan = ClaimStrengthScan(
                words: read.words, keys: read.keys, roles: roles,
                gaps: ClauseGaps(tokens: read.tokens, text: read.bytes), hyphens: hyphens)
            #expect(scan.mainCue() == nil, "\(sentence)")
        }
        // Many sentences are turned away, most of them with a hyphen in a word.
        #expect(turnedAway > 200 && hyphenated > 150)
    }

    @Test(arguments: 0..<4)
    func classifierAnswersAsTheLookup(_ seed: Int) {
        let classifier = ClaimStrengthClassifier()
        let worthiness = CheckWorthiness()
        var strengths: Set<Claim.Strength> = []
        for sentence in Self.sentences(seed: UInt64(seed) + 100, count: 2_000) {
            let read = SentenceText(sentence)
            let verdict = worthiness.verdict(on: sentence)
            let wordsAreTokens = !ByteSearch.contains(0xE2, in: read.bytes)
            let analysis = classifier.analyze(read, wordsAreTokens: wordsAreTokens, verdict: verdict)
            #expect(analysis == classifier.analyze(read, wordsAreTokens: wordsAreTokens), "\(sentence)")
            strengths.insert(analysis.strength)
        }
        // Some sentences claim, at a hyphenated word's head or at a cue word.
        #expect(strengths.contains(.causal) && strengths.contains(.correlational) && strengths.contains(.none))
    }
}
