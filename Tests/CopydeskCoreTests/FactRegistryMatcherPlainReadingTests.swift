import TestSupport
import Testing

@testable import CopydeskCore

/// `FactRegistryMatcher.matches(in:)` gives what the plain reading gives: every entry tried, its
/// terms compared word by word as strings in each clause (clauses from the tokens' texts, with
/// the folded words as the tokens' texts), the debunking words looked up in a set, and the
/// negation scope read for every sentence. The matcher reads the sentence's own tokens, looks
/// the clause and debunking words up by their keys, rules variants out by their first word's
/// shape and reads the negation scope only once an entry's words are found.
@Suite struct FactRegistryMatcherPlainReadingTests {
    typealias Word = FactRegistryMatcher.Word

    /// The plain reading of one sentence: the ids and ranges of the entries it makes.
    static func plainMatches(_ registry: FactRegistry, _ sentence: String) -> [String] {
        let read = SentenceText(sentence)
        let words = Array(read.words)
        guard !words.isEmpty, !plainIsDebunking(words) else { return [] }
        let tokens = SentenceTokens(zip(read.tokens, words).map { Words.Token(text: $1, range: $0.range) })
        let clauses = FactRegistryPrefilterTests.plainClauseIndex(tokens, read.bytes)
        let negation = NegationScope(read)
        var result: [String] = []
        for claim in registry.claims {
            let groups = claim.match.terms.filter { !$0.isEmpty }.map { group in
                group.map { variant in variant.split(separator: " ").map { Word(String($0)) } }.filter { !$0.isEmpty }
            }
            var span: (tokens: Range<Int>, exempt: Range<Int>?)?
            if let phrase = PhraseMatcher(claim.match.phrases).matches(keys: read.keys, tokens: tokens).first {
                span = (phrase.tokenRange, phrase.tokenRange)
            } else if !groups.isEmpty {
                for clause in Set(clauses).sorted() {
                    let hits = groups.map { plainFirstHit(of: $0, in: words, clause: clause, clauses: clauses) }
                    guard hits.allSatisfy({ $0 != nil }) else { continue }
                    let lower = hits.map { $0!.lowerBound }.min()!
                    let upper = hits.map { $0!.upperBound }.max()!
                    span = (lower..<upper, nil)
                    break
                }
            }
            guard let span,
                !FactRegistryDebunking.isNegated(span: span.tokens, exempt: span.exempt, negation: negation)
            else { continue }
            let range =
                tokens[span.tokens.lowerBound].range.lowerBound..<tokens[span.tokens.upperBound - 1].range.upperBound
            result.append("\(claim.id) \(range)")
        }
        return result
    }

    static func plainFirstHit(of group: [[Word]], in words: [String], clause: Int, clauses: [Int]) -> Range<Int>? {
        for index in words.indices where clauses[index] == clause {
            for variant in group where index + variant.count <= words.count {
                let matched = variant.indices.allSatisfy { offset in
                    clauses[index + offset] == clause && variant[offset].matches(words[index + offset])
                }
                if matched { return index..<(index + variant.count) }
            }
        }
        return nil
    }

    static func plainIsDebunking(_ words: [String]) -> Bool {
        for index in words.indices {
            if FactRegistryDebunking.debunkingWords.contains(words[index]) { return true }
            for phrase in FactRegistryDebunking.debunkingPhrases where index + phrase.count <= words.count {
                if phrase.indices.allSatisfy({ words[index + $0] == phrase[$0] }) { return true }
            }
        }
        return false
    }

    /// Over generated registries (exact words and prefixes of ASCII bytes and others, variants of
    /// several words, phrases with a negation of their own, the empty prefix) and sentences of
    /// their words in capitals, with `’`, accents written as one scalar or two, the Kelvin sign,
    /// clause words and separators, negations and debunking words and phrases: the matches are
    /// the plain reading's. A shape filter that rules out a word a variant matches (a longer
    /// word for a prefix, a non-ASCII word for an ASCII variant), clause words compared
    /// case-sensitively or debunking words missed fail it.
    @Test func matchesAreThePlainReadingOverGeneratedSentences() {
        let variants = [
            "vaccines", "vaccin*", "mmr", "autism", "autis*", "miracle mineral", "chlorine dioxide", "cure*", "cure",
            "cures", "café", "cafe\u{301}*", "naïve", "k*", "kelvin", "*", "x\r*", "hangover", "work*", "don't",
            "e*", "é*",
        ]
        let phrases = [
            "vaccines cause autism", "hiv does not cause aids", "* detox cleanses", "juic* cures cancer", "cure all",
        ]
        let vocabulary = [
            "vaccines", "Vaccinations", "MMR", "autism", "autistic", "miracle", "mineral", "chlorine", "dioxide",
            "cure", "cures", "CURED", "café", "cafe\u{301}", "naïve", "nai\u{308}ve", "\u{212A}elvin", "kelvin",
            "hangover", "works", "don’t", "don't", "not", "no", "never", "hiv", "does", "cause", "aids", "detox",
            "cleanses", "juicing", "cancer", "all", "the", "is", "a", "of", "myth", "Myths", "evidence", "there",
            "but", "But", "HOWEVER", "while", "butter", "été", "e\u{301}te\u{301}", "x", "contrary", "to", "fake",
        ]
        let separators = [" ", " ", " ", ", ", "; ", ": ", " (", ") ", " — ", " - ", " ’"]
        var random = SplitMix(seed: 2_828)
        func pick(_ list: [String]) -> String { list[random.next(list.count)] }
        var compared = 0
        var matched = 0
        for registryNumber in 0..<60 {
            let claims = (0..<(2 + random.next(8))).map { number in
                KnownClaim(
                    id: "claim-\(registryNumber)-\(number)", claim: "claim",
                    match: .init(
                        phrases: random.next(3) == 0 ? [pick(phrases)] : [],
                        terms: (0..<(1 + random.next(3))).map { _ in
                            (0..<(1 + random.next(4))).map { _ in pick(variants) }
                        }),
                    verdict: .false, source: .init(citation: "Example", url: "https://example.org"))
            }
            let registry = FactRegistry(claims: claims)
            let matcher = FactRegistryMatcher(registry)
            for _ in 0..<60 {
                var sentence = ""
                for _ in 0..<(1 + random.next(16)) { sentence += pick(vocabulary) + pick(separators) }
                let found = matcher.matches(in: sentence).map { "\($0.claim.id) \($0.range)" }
                let plain = Self.plainMatches(registry, sentence)
                #expect(found == plain, "\(sentence.debugDescription) \(claims.map(\.match))")
                compared += 1
                matched += plain.count
            }
        }
        #expect(compared == 3_600)
        #expect(matched > 500)
    }

    /// The debunking words and phrases, looked up by the words' keys, are the set's and the
    /// phrases' answers over generated sentences (capitals, `’`, accents, the Kelvin sign).
    @Test func debunkingIsThePlainReadingOverGeneratedSentences() {
        let vocabulary =
            Array(FactRegistryDebunking.debunkingWords.sorted().prefix(12))
            + FactRegistryDebunking.debunkingPhrases.flatMap { $0 }
            + ["MYTH", "Hoax", "myth’s", "mýth", "\u{212A}", "the", "cure", "works", "evidence", "no", "not", "There"]
        var random = SplitMix(seed: 2_829)
        var debunking = 0
        for _ in 0..<3_000 {
            let sentence = (0..<(1 + random.next(10))).map { _ in vocabulary[random.next(vocabulary.count)] }
                .joined(separator: random.next(2) == 0 ? " " : ", ")
            let read = SentenceText(sentence)
            let plain = Self.plainIsDebunking(Array(read.words))
            #expect(FactRegistryDebunking.isDebunking(read.keys) == plain, "\(sentence)")
            if plain { debunking += 1 }
        }
        #expect(debunking > 500 && debunking < 2_900)
    }
}
