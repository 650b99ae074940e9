import CopydeskCore

/// The claims an article leads with: its title, the headings before its first paragraph, and
/// the first two sentences of that paragraph. Press releases put their main claim here.
enum Headline {
    static func sentences(_ sentences: ClaimSentences) -> [ClaimSentence] {
        var result: [ClaimSentence] = []
        var ledeBlock: Int?
        var ledeCount = 0
        for sentence in sentences {
            if sentence.block.isHeading {
                guard ledeBlock == nil else { break }
                result.append(sentence)
                continue
            }
            if ledeBlock == nil { ledeBlock = sentence.blockIndex }
            guard sentence.blockIndex == ledeBlock, ledeCount < 2 else { break }
            result.append(sentence)
            ledeCount += 1
        }
        return result
    }
}

/// What kind of study an article reports, from its evidence words.
struct StudyDesign: Sendable {
    private let experimental: ClaimPhrases

    init(policy: Policy) {
        experimental = ClaimPhrases(policy: policy, .experimental)
    }

    /// The first match of `evidence` in an article with no experimental words (trial, randomized,
    /// placebo), as the evidence the whole article rests on.
    func soleEvidence(_ evidence: inout SentenceMatches, minimum: Int = 1) -> String? {
        var first: String?
        var count = 0
        let sentences = evidence.sentences
        for position in sentences.indices {
            // A sentence that can hold neither list's words (most) is not read further.
            if experimental.mayMatch(in: sentences[position]), hasExperimental(sentences[position]) { return nil }
            guard evidence.phrases.mayMatch(in: sentences[position]) else { continue }
            let sentence = sentences[position]
            let matches = evidence.matches(at: position)
            if first == nil, let match = matches.first { first = sentence.phrase(match.tokenRange) }
            count += matches.count
        }
        return count >= minimum ? first : nil
    }

    /// Whether the sentence holds an experimental word, found once per sentence for every check
    /// that asks (the animal and the observational check read the same words: the lexicon is the
    /// policy's, as are the sentence's shared readings).
    private func hasExperimental(_ sentence: ClaimSentence) -> Bool {
        if let known = sentence.shared.hasExperimental { return known }
        let found = !experimental.matches(in: sentence).isEmpty
        sentence.shared.hasExperimental = found
        return found
    }
}

/// One lexicon's matches in an article's claim sentences, each sentence matched the first time
/// it is asked about: a check asks about a sentence for the article, for itself and for the next.
struct SentenceMatches {
    let phrases: ClaimPhrases
    let sentences: ClaimSentences
    /// Each sentence's matches once found: where they are kept in `lists`, `unknown` before they
    /// are found, `none` for a sentence without a match (most of them). A table of optional
    /// arrays, one per sentence, cost a generic copy to fill and a generic destroy to free for
    /// every sentence of the article, for each check that reads one.
    private var slots: [Int32]
    private var lists: [[PhraseMatcher.Match]] = []
    private static let unknown: Int32 = -1
    private static let none: Int32 = -2

    init(_ phrases: ClaimPhrases, in sentences: ClaimSentences) {
        self.phrases = phrases
        self.sentences = sentences
        slots = .filled(with: Self.unknown, count: sentences.count)
    }

    /// `phrases.matches(in: sentences[position])`.
    mutating func matches(at position: Int) -> [PhraseMatcher.Match] {
        let slot = slots[position]
        if slot >= 0 { return lists[Int(slot)] }
        if slot == Self.none { return [] }
        let matches = phrases.matches(in: sentences[position])
        if matches.isEmpty {
            slots[position] = Self.none
        } else {
            slots[position] = Int32(lists.count)
            lists.append(matches)
        }
        return matches
    }
}
