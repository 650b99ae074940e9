import TestSupport
import Testing

@testable import CopydeskCore

/// `NegationScope.cue(negating:subject:)`, whose negated verb after a noun phrase is read from
/// the words' roles, against the plain reading with the word lists as sets of strings.
@Suite struct NegationFastPathTests {

    /// The negated auxiliary after `last`, read from the strings as before the roles.
    static func plainNegatedVerb(_ scope: NegationScope, after last: Int) -> Int? {
        let words = scope.words
        let clauses = scope.clauses
        var index = last + 1
        var skipped = 0
        while index < words.count, clauses[index] == clauses[last], skipped <= 2 {
            let word = words[index]
            if NegationScope.contractedNegatives.contains(word) || word == "never" { return index }
            if NegationScope.auxiliaries.contains(word) {
                let next = index + 1
                if next < words.count, clauses[next] == clauses[index], words[next] == "not" || words[next] == "never" {
                    return next
                }
                if next + 1 < words.count, NegationScope.adverbs.contains(words[next]), words[next + 1] == "not" {
                    return next + 1
                }
                return nil
            }
            skipped += 1
            index += 1
        }
        return nil
    }

    /// `cue(negating:window:subject:)` as before the roles.
    static func plainCue(_ scope: NegationScope, negating range: Range<Int>, window: Int, subject: Bool) -> Int? {
        guard !range.isEmpty, range.upperBound <= scope.words.count else { return nil }
        if let cue = scope.sentenceCues.first { return cue }
        let start = range.lowerBound
        for cue in scope.cues.reversed()
        where cue < start && start - cue <= window && scope.clauses[cue] == scope.clauses[start] {
            return cue
        }
        return subject ? plainNegatedVerb(scope, after: range.upperBound - 1) : nil
    }

    @Test func negatedVerbsAreThePlainReadings() {
        var random = SplitMix(state: 5)
        let vocabulary =
            Array(NegationScope.contractedNegatives) + NegationScope.auxiliaries.map { $0 }
            + NegationScope.adverbs.map { $0 } + [
                "not", "never", "no", "a", "cure", "for", "hepatitis", "b", "alone", "it", "works", "Not", "NEVER",
                "Does", "doesn’t", "nothing", "but", "myth", "notes", "nev", "is,", "not,", "(does)", "—", "still",
            ]
        var negated = 0
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 1...14, using: &random)).map { _ in
                vocabulary.randomElement(using: &random)!
            }.joined(separator: " ")
            let scope = NegationScope(text: text)
            for start in 0..<scope.words.count {
                for end in (start + 1)...min(scope.words.count, start + 3) {
                    for subject in [false, true] {
                        let expected = Self.plainCue(scope, negating: start..<end, window: 10, subject: subject)
                        if subject, expected != nil { negated += 1 }
                        #expect(scope.cue(negating: start..<end, subject: subject) == expected, "\(text)")
                    }
                }
            }
        }
        #expect(negated > 0)
    }
    /// Clause numbers (a word without a role asked nothing more) against the plain reading:
    /// a new clause at punctuation between two words, at a clause opener ("instead" only before
    /// "of"), and at "and", "or", "so", "then" before a subject pronoun.
    @Test func clauseNumbersAreThePlainReadings() {
        var random = SplitMix(state: 59)
        let vocabulary = [
            "but", "although", "instead", "of", "if", "and", "or", "so", "then", "it", "they", "we", "cures",
            "acne", "not", "Because", "AND", "It", ",", ";", ":", "!", "?", "(", ")", "[", "]", "-", "–", "—", "x-y",
            "works.", "and,", "caf\u{E9}", "unless", "while",
        ]
        let openers: Set = [
            "but", "although", "though", "however", "whereas", "while", "unless", "unlike", "except", "because",
            "whether", "if", "when", "instead",
        ]
        let pronouns: Set = ["it", "they", "this", "these", "that", "those", "you", "we", "he", "she", "i"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 1...14, using: &random)).map { _ in
                vocabulary.randomElement(using: &random)!
            }.joined(separator: Bool.random(using: &random) ? " " : "  ")
            let tokens = Words.tokens(in: text)
            let words = tokens.map { Words.folded($0.text) }
            let bytes = Array(text.utf8)
            var expected: [Int] = []
            var clause = 0
            for index in tokens.indices {
                if index > 0 {
                    let gap = bytes[tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound]
                    let dash = String(decoding: gap, as: UTF8.self).contains { $0 == "–" || $0 == "—" }
                    let breaks = dash || gap.contains { ",;:!?()[]-".utf8.contains($0) }
                    let word = words[index]
                    let opens =
                        openers.contains(word)
                        && (word != "instead" || (index + 1 < words.count && words[index + 1] == "of"))
                    let joins =
                        ["and", "or", "so", "then"].contains(word) && index + 1 < words.count
                        && pronouns.contains(words[index + 1])
                    if breaks || opens || joins { clause += 1 }
                }
                expected.append(clause)
            }
            #expect(NegationScope(text: text).clauses == expected, "\(text)")
        }
    }
    /// Cues and sentence cues, found in the pass that numbers the clauses, against the plain
    /// reading: a cue at each word of `firstWords` where `isCue` holds, a sentence cue at each
    /// word of `sentenceWideCues`; a sentence read once (`SentenceText`) gives what its text gives.
    @Test func cuesAreThePlainReadings() {
        var random = SplitMix(state: 71)
        let vocabulary =
            Array(NegationScope.singleWordCues) + Array(NegationScope.sentenceWideCues) + [
                "only", "just", "doubt", "a", "to", "fail", "fails", "failed", "unable", "little", "evidence",
                "question", "wonder", "less", "short", "but", "been", "easier", "before", "mention", "5", "Not", "NO",
                "Myth", "isn\u{2019}t", "DOESN'T", "cure", "and", "it", ",", "instead", "of", "caf\u{E9}", "(", "—",
            ]
        var cues = 0
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 1...14, using: &random)).map { _ in
                vocabulary.randomElement(using: &random)!
            }.joined(separator: " ")
            let scope = NegationScope(text: text)
            let words = scope.words
            let expectedCues = words.indices.filter {
                NegationScope.firstWords.contains(words[$0]) && NegationScope.isCue(words, at: $0)
            }
            let expectedSentenceCues = words.indices.filter { NegationScope.sentenceWideCues.contains(words[$0]) }
            #expect(scope.cues == expectedCues, "\(text)")
            #expect(scope.sentenceCues == expectedSentenceCues, "\(text)")
            let read = NegationScope(SentenceText(text))
            #expect(read.cues == expectedCues, "\(text)")
            #expect(read.sentenceCues == expectedSentenceCues, "\(text)")
            #expect(read.clauses == scope.clauses, "\(text)")
            cues += expectedCues.count
        }
        #expect(cues > 1_000)
    }
}
