import TestSupport
import Testing

@testable import CopydeskCore

/// The phrase scan over an article's sentences in one call (`PhraseTable.scan(sentences:)`, its
/// scratch set up once and only the lists that matched set back between sentences, generic over
/// what it gives the matches to) finds in each sentence what a scan of that sentence alone finds.
@Suite struct PhraseScanSentencesTests {
    typealias Match = PhraseLexicons.Found

    /// Each sentence's matches, scanned one sentence at a time.
    static func alone(_ lexicons: PhraseLexicons, _ texts: [SentenceText]) -> [[Match]] {
        texts.map { text in
            var matches: [Match] = []
            lexicons.forEachMatch(keys: text.keys, in: 0..<text.keys.count) { entry, tokens in
                matches.append(Match(entry: Int32(entry), tokenRange: tokens))
            }
            return matches
        }
    }

    /// Collects each sentence's matches as the scan over every sentence gives them.
    struct Collect: PhraseSentenceSink {
        let texts: [SentenceText]
        var result: [[Match]] = []
        var current: [Match] = []

        var sentenceCount: Int { texts.count }

        func keys(_ sentence: Int) -> WordKeys { texts[sentence].keys }

        mutating func match(_ entry: Int, _ tokens: Range<Int>) {
            current.append(Match(entry: Int32(entry), tokenRange: tokens))
        }

        mutating func done(_ sentence: Int) {
            #expect(sentence == result.count)
            result.append(current)
            current = []
        }
    }

    /// Each sentence's matches, scanned in one call for them all.
    static func together(_ lexicons: PhraseLexicons, _ texts: [SentenceText]) -> [[Match]] {
        var collect = Collect(texts: texts)
        lexicons.forEachMatch(sentences: &collect)
        #expect(collect.current.isEmpty)
        return collect.result
    }

    /// Generated articles (a few sentences to a few dozen, some empty or of punctuation only, some
    /// longer than the scratch kept on the stack) for each policy's index and for indexes of one
    /// list and of a few: the same matches, sentence by sentence.
    @Test func everySentenceMatchesAsScannedAlone() {
        var random = SplitMix(seed: 0x5CA9)
        var indexes: [(PhraseLexicons, [[String]])] = SentencePhrasesTests.policies.map { policy in
            (SentencePhrases.of(policy).lexicons, SentencePhrasesTests.lists(policy))
        }
        let hedges = HedgeDetector.phrases(of: .builtIn)
        let few = [hedges, ["may", "may be", "it is", "it is * that", "cure", "cure *"], ["the drug", "drug", "may"]]
        indexes.append((PhraseLexicons([hedges]), [hedges]))
        indexes.append((PhraseLexicons(few), few))
        var total = 0
        for (round, (lexicons, lists)) in indexes.enumerated() {
            let pool = SentencePhrasesTests.sentences(lists, count: 400, seed: UInt64(31 + round))
            for _ in 0..<60 {
                var sentences: [String] = []
                for _ in 0..<(random.next(30)) {
                    switch random.next(12) {
                    case 0: sentences.append(["", " ", ".", "— ?"][random.next(4)])
                    case 1:
                        let parts = (0..<(5 + random.next(40))).map { _ in pool[random.next(pool.count)] }
                        sentences.append(parts.joined(separator: " "))
                    default: sentences.append(pool[random.next(pool.count)])
                    }
                }
                let texts = WordStrings.borrowing { strings in
                    SentenceText.read(count: sentences.count, strings: &strings) { sentences[$0] }
                }
                let expected = Self.alone(lexicons, texts)
                let found = Self.together(lexicons, texts)
                #expect(found == expected, "index \(round)")
                total += expected.reduce(0) { $0 + $1.count }
            }
        }
        #expect(total > 10_000)
    }
}
