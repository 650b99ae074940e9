import TestSupport
import Testing

@testable import CopydeskCore

/// A policy's `SentencePhrases` holds every lexicon read over sentences (the check-worthiness
/// detector's, the medical-claim checks', the hedge detector's) in one index scanned once per
/// sentence: each list's matches there are those of a matcher of that list alone, and each
/// reader finds what it finds with an index of its own.
@Suite struct SentencePhrasesTests {
    /// Every list of a policy's index, as the readers build them, in the index's order: the
    /// hedge detector's attribution openings last.
    static func lists(_ policy: Policy) -> [[String]] {
        let medical = MedicalLexicon.lists(policy.checks.medicalClaims.common)
        let hedges = HedgeLexicon.builtIn(editedBy: policy.checks.hedging.common)
        return CheckWorthiness.indexLists(.init(settings: policy.checks.citations.common))
            + zip(medical.phrases, medical.exceptions).map { $0 + $1 }
            + [HedgeDetector.phrases(of: hedges)] + (HedgeDetector.openingWords(of: hedges).map { [$0] } ?? [])
    }

    static var policies: [Policy] {
        var edited = Policy()
        edited.checks.hedging.common.add["modal"] = ["might well"]
        edited.checks.medicalClaims.common.add["miracle"] = ["caf\u{E9}", "wonder *"]
        edited.checks.citations.common.add["efficacy"] = ["may help"]
        return [Policy(), edited]
    }

    /// Sentences put together from the lists' own entries (`*` read as a word), hedges,
    /// attributions and filler, so that entries of different readers start at one word, overlap
    /// and run into one another.
    static func sentences(_ lists: [[String]], count: Int, seed: UInt64) -> [String] {
        var random = SplitMix(seed: seed)
        let filler = [
            "the", "drug", "may", "could", "it", "is", "that", "studies", "suggest", "experts", "say", "cure",
            "cancer", "caf\u{E9}", "don’t", "100%", ",", "—", "\u{201C}", "\u{201D}", "in", "May", "2020", "not",
        ]
        let entries = lists.flatMap { $0 }.filter { !$0.isEmpty }
        return (0..<count).map { _ in
            (0..<(2 + random.next(10))).map { _ in
                if random.next(3) == 0 { return filler[random.next(filler.count)] }
                return entries[random.next(entries.count)].replacingOccurrences(of: "*", with: "well")
                    .replacingOccurrences(of: "[", with: "").replacingOccurrences(of: "]", with: "")
            }.joined(separator: " ") + (random.next(4) == 0 ? "?" : ".")
        }
    }

    @Test(arguments: 0..<2)
    func everyListMatchesAsItsOwnMatcherDoes(policyIndex: Int) {
        let policy = Self.policies[policyIndex]
        let phrases = SentencePhrases.of(policy)
        let lists = Self.lists(policy)
        #expect(phrases.lexicons.listCount == lists.count)
        #expect(phrases.medicalBase == CheckWorthiness.listCount)
        #expect(phrases.hedgeList == lists.count - 2)
        #expect(phrases.openingWords == lists.last)
        let matchers = lists.map { PhraseMatcher($0) }
        var total = 0
        for sentence in Self.sentences(lists, count: 300, seed: UInt64(7 + policyIndex)) {
            let text = SentenceText(sentence)
            let found = phrases.found(keys: text.keys)
            // Each reader's matches are its lists' only, in token order.
            let readers = [found.worthiness(0), found.medical(0), found.hedges(0), found.openings(0)]
            let bounds = [0, phrases.medicalBase, phrases.hedgeList, phrases.hedgeList + 1, lists.count]
            for (reader, matches) in readers.enumerated() {
                #expect(
                    matches.allSatisfy { (bounds[reader]..<bounds[reader + 1]).contains(phrases.lexicons.list(of: $0)) }
                )
                #expect(matches.map(\.tokenRange.lowerBound) == matches.map(\.tokenRange.lowerBound).sorted())
            }
            let all = readers.flatMap { $0 }
            for (list, matcher) in matchers.enumerated() {
                let expected = matcher.matches(words: Array(text.words), tokens: Array(text.tokens))
                let shared = all.filter { phrases.lexicons.list(of: $0) == list }.map {
                    PhraseMatcher.Match(
                        phrase: phrases.lexicons.phrase(of: $0), tokenRange: $0.tokenRange,
                        range: text.tokens[$0.tokenRange.lowerBound].range
                            .lowerBound..<text.tokens[$0.tokenRange.upperBound - 1].range.upperBound)
                }
                #expect(shared == expected, "list \(list) in \(sentence)")
                total += expected.count
            }
        }
        #expect(total > 1000)
    }

    /// An article's matches (`found(in:)`, every sentence's written into buffers that grow
    /// while the article is read) are each sentence's matches read alone, reader by reader.
    @Test(arguments: 0..<2)
    func anArticlesMatchesAreEachSentencesOwn(policyIndex: Int) {
        let policy = Self.policies[policyIndex]
        let phrases = SentencePhrases.of(policy)
        let start = SourcePosition(line: 1, column: 1, offset: 0)
        var random = SplitMix(seed: UInt64(17 + policyIndex))
        var total = 0
        for count in [0, 1, 2, 5, 40, 400] {
            // Runs of sentences without matches between ones with many (the buffers fill and grow).
            let texts = Self.sentences(Self.lists(policy), count: count, seed: UInt64(19 + count + policyIndex))
                .map { random.next(3) == 0 ? "Plain words here." : $0 }
            let sentences = texts.enumerated().map { index, text in
                Sentence(
                    text: text, blockIndex: index, textRange: 0..<text.utf8.count,
                    range: SourceRange(start: start, end: start))
            }
            let article = Article(path: "a.md", format: .markdown, source: [], sentences: sentences)
            let found = phrases.found(in: article)
            #expect(found.count == texts.count)
            for (index, text) in texts.enumerated() {
                let alone = phrases.found(keys: SentenceText(text).keys)
                #expect(Array(found.worthiness(index)) == Array(alone.worthiness(0)), "\(text)")
                #expect(Array(found.medical(index)) == Array(alone.medical(0)), "\(text)")
                #expect(Array(found.hedges(index)) == Array(alone.hedges(0)), "\(text)")
                // And the plain scan of the sentence alone, its matches split by entry number.
                let plain = phrases.lexicons.found(keys: SentenceText(text).keys)
                let medicalEntry = Int32(phrases.lexicons.entries(of: phrases.medicalBase).lowerBound)
                let hedgeEntry = Int32(phrases.lexicons.entries(of: phrases.hedgeList).lowerBound)
                #expect(Array(found.worthiness(index)) == plain.filter { $0.entry < medicalEntry }, "\(text)")
                #expect(
                    Array(found.medical(index)) == plain.filter { $0.entry >= medicalEntry && $0.entry < hedgeEntry },
                    "\(text)")
                // The attributions' openings are listed after the hedge list.
                let openingEntry = Int32(phrases.lexicons.entries(of: phrases.hedgeList).upperBound)
                #expect(
                    Array(found.hedges(index)) == plain.filter { $0.entry >= hedgeEntry && $0.entry < openingEntry },
                    "\(text)")
                #expect(Array(found.openings(index)) == plain.filter { $0.entry >= openingEntry }, "\(text)")
                #expect(Array(found.openings(index)) == Array(alone.openings(0)), "\(text)")
                total += alone.worthiness(0).count + alone.medical(0).count + alone.hedges(0).count
            }
        }
        #expect(total > 1000)
    }

    /// An article whose sentences hold more matches than words (single-word cues that several
    /// lists hold, back to back) fills the room `found(in:)` makes from its word count and grows
    /// it: its matches are still each sentence's own, and so are those of sparse articles, whose
    /// room is made from their sentence count.
    @Test(arguments: 0..<2)
    func aDenseArticlesMatchesAreEachSentencesOwn(policyIndex: Int) {
        let policy = Self.policies[policyIndex]
        let phrases = SentencePhrases.of(policy)
        let start = SourcePosition(line: 1, column: 1, offset: 0)
        let dense = [
            "may", "might", "could", "possibly", "perhaps", "cure", "miracle", "studies", "suggest", "proven",
            "likely", "suggests", "may help", "100%", "caf\u{E9}", "wonder drug",
        ]
        var random = SplitMix(seed: UInt64(41 + policyIndex))
        var total = 0
        for (count, words) in [(1, 60), (3, 40), (30, 25), (200, 3), (50, 0), (120, 1)] {
            let texts = (0..<count).map { _ in
                (0..<words).map { _ in dense[random.next(dense.count)] }.joined(separator: " ")
                    + (words > 0 ? "." : "")
            }
            let sentences = texts.enumerated().map { index, text in
                Sentence(
                    text: text, blockIndex: index, textRange: 0..<text.utf8.count,
                    range: SourceRange(start: start, end: start))
            }
            let article = Article(path: "a.md", format: .markdown, source: [], sentences: sentences)
            let found = phrases.found(in: article)
            #expect(found.count == texts.count)
            for (index, text) in texts.enumerated() {
                let alone = phrases.found(keys: SentenceText(text).keys)
                #expect(Array(found.worthiness(index)) == Array(alone.worthiness(0)), "\(text)")
                #expect(Array(found.medical(index)) == Array(alone.medical(0)), "\(text)")
                #expect(Array(found.hedges(index)) == Array(alone.hedges(0)), "\(text)")
                total += alone.worthiness(0).count + alone.medical(0).count + alone.hedges(0).count
            }
        }
        #expect(total > 2000)
    }

    /// The hedge detector with the policy's index finds the cues it finds with an index of its
    /// own, from the article's matches (attributions and quotes among them) and from a text.
    @Test(arguments: 0..<2)
    func theHedgeDetectorFindsWhatItsOwnIndexFinds(policyIndex: Int) {
        let policy = Self.policies[policyIndex]
        let shared = HedgeDetector(policy: policy, includeQuotes: true)
        let own = HedgeDetector(lexicon: .builtIn(editedBy: policy.checks.hedging.common), includeQuotes: true)
        #expect(shared.phrases.lexicons.isSame(as: SentencePhrases.of(policy).lexicons))
        #expect(!own.phrases.lexicons.isSame(as: shared.phrases.lexicons))
        let phrases = SentencePhrases.of(policy)
        var sentences = Self.sentences(Self.lists(policy), count: 300, seed: UInt64(11 + policyIndex))
        sentences += [
            "Some studies suggest it may help, and experts say it could work.",
            "It is thought that, according to some experts, the drug might possibly be safe.",
            "Scientists believe may be the month; in May it could rain.",
        ]
        var attributed = 0
        for sentence in sentences {
            let text = HedgeText(SentenceText(sentence))
            let found = phrases.found(keys: text.keys).hedges(0)
            let expected = own.cues(in: text, includingQuotes: true)
            #expect(shared.cues(in: text, includingQuotes: true, found: found) == expected, "\(sentence)")
            #expect(shared.cues(in: text, includingQuotes: true) == expected, "\(sentence)")
            #expect(shared.cues(in: sentence) == own.cues(in: sentence), "\(sentence)")
            if expected.contains(where: { $0.kind == .attribution }) { attributed += 1 }
        }
        #expect(attributed > 10)
    }

    /// `liesApart` tells when the matches over the whole sentence are those over the segments
    /// between attributions: a match that crosses an edge of one is not.
    @Test func matchesAcrossAnAttributionsEdgeAreReadBySegment() {
        func found(_ ranges: [Range<Int>]) -> ArraySlice<PhraseLexicons.Found> {
            ranges.map { PhraseLexicons.Found(entry: 0, tokenRange: $0) }[...]
        }
        #expect(HedgeDetector.liesApart(found([0..<1, 4..<6, 9..<10]), [2..<4, 6..<8]))
        #expect(HedgeDetector.liesApart(found([]), [2..<4]))
        #expect(HedgeDetector.liesApart(found([0..<2, 3..<4, 6..<8]), [2..<4, 6..<8]))
        #expect(!HedgeDetector.liesApart(found([1..<3]), [2..<4]))
        #expect(!HedgeDetector.liesApart(found([3..<5]), [2..<4]))
        #expect(!HedgeDetector.liesApart(found([0..<1, 5..<7]), [2..<4, 6..<8]))
        #expect(!HedgeDetector.liesApart(found([1..<9]), [2..<4, 6..<8]))
    }

    /// The check-worthiness detector with the policy's index gives the verdicts it gives with
    /// an index of its own lists, and the article's matches are each sentence's.
    @Test(arguments: 0..<2)
    func theDetectorGivesTheVerdictsOfItsOwnIndex(policyIndex: Int) throws {
        let policy = Self.policies[policyIndex]
        let shared = CheckWorthiness(policy: policy)
        let own = CheckWorthiness(lexicons: .init(settings: policy.checks.citations.common))
        #expect(!own.index.isSame(as: shared.index))
        let sentences = Self.sentences(Self.lists(policy), count: 200, seed: UInt64(13 + policyIndex))
        var claims = 0
        for sentence in sentences {
            let verdict = shared.verdict(on: sentence)
            #expect(verdict.assessment == own.assess(sentence), "\(sentence)")
            #expect(verdict.exclusion == own.exclusion(of: sentence), "\(sentence)")
            #expect(shared.triggers(in: sentence) == own.triggers(in: sentence), "\(sentence)")
            if verdict.assessment != nil { claims += 1 }
        }
        #expect(claims > 20)
    }
}
