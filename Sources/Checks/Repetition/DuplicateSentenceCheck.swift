import CopydeskCore

/// A sentence that repeats an earlier one somewhere in the article.
struct DuplicateSentenceCheck: Check {
    static let description = CheckDescription(
        id: "repetition.duplicate-sentence", category: .repetition, defaultSeverity: .warning,
        summary: "A sentence that repeats an earlier one, ignoring case, punctuation and spacing.",
        rationale: """
            Sentences shorter than `checks.repetition.min-words` words (default 8) are not compared. Sentences of \
            a paragraph or list item that is itself reported as a repeat are not reported again. Quoted sentences \
            compare only with quoted ones: a pull quote repeats the body on purpose.
            """,
        passing: [
            Example("It works. It works."),
            Example(
                "A short cold plunge is safe for most healthy adults today.\n\nA short cold plunge is safe for most healthy adults today."
            ),
            Example(
                "Coaches disagree.\n\n## Ice baths reduce muscle soreness after hard exercise\n\nIce baths reduce muscle soreness after hard exercise."
            ),
        ],
        failing: [
            Example(
                "Ice baths reduce muscle soreness after hard exercise in trained athletes. They are popular.\n\nCoaches disagree. 1️⃣Ice baths reduce muscle soreness after hard exercise in trained athletes!"
            ),
            Example(
                "- Some patients report feeling lightheaded after the treatment session\n\nMost feel fine. 1️⃣Some patients report feeling lightheaded after the treatment session."
            ),
        ])

    private let minWords: Int
    private let threshold: Double
    /// Repeated blocks reported by these rules already cover their sentences.
    private let skipParagraphs: Bool
    private let skipNearParagraphs: Bool
    private let skipListItems: Bool

    init(policy: Policy) {
        minWords = policy.checks.repetition.minWords
        threshold = policy.checks.repetition.nearDuplicate
        skipParagraphs = Self.runs(DuplicateParagraphCheck.self, under: policy)
        skipNearParagraphs = Self.runs(NearDuplicateParagraphCheck.self, under: policy)
        skipListItems = Self.runs(DuplicateListItemCheck.self, under: policy)
    }

    private static func runs(_ rule: any Check.Type, under policy: Policy) -> Bool {
        let description = rule.description
        return policy.severity(
            forRule: description.id, category: description.category, default: description.defaultSeverity) != nil
    }

    func findings(in article: Article) -> [Finding] {
        let words = WordIndex(article: article) { !$0.isHeading }
        let sentences = article.sentences
        let keyed = sentences.indices.lazy.map { index -> (index: Int, key: Repeats.Key?) in
            // The sentence is read in place (a copy retained its strings).
            let block = sentences[index].blockIndex
            // The sentence's words, none for a sentence shorter than `minWords`.
            guard
                let sentenceWords = words.words(
                    sentence: index, block: block, in: sentences[index].textRange, minWords: minWords)
            else { return (index, nil) }
            return (index, Repeats.Key(sentenceWords, quoted: Repeats.isQuoted(blockAt: block, in: article)))
        }
        let repeats = Repeats.later(keyed)
        guard !repeats.isEmpty else { return [] }
        let reported = reportedBlocks(in: article)
        return repeats.filter { !reported.contains(sentences[$0.index].blockIndex) }.map { item in
            let sentence = sentences[item.index]
            let first = sentences[item.first]
            return finding(
                String(
                    concatenating: "sentence repeats '", Quoting.excerpt(first.text), "' from line ",
                    number: first.range.start.line), in: article,
                blockIndex: sentence.blockIndex, textRange: sentence.textRange,
                related: [RelatedLocation(message: "first occurrence", range: first.range)])
        }
    }

    /// Blocks that the paragraph and list-item rules report as repeats (when the policy runs them).
    private func reportedBlocks(in article: Article) -> Set<Int> {
        var reported = Set<Int>()
        if skipParagraphs {
            reported.formUnion(Repeats.paragraphs(in: article, minWords: minWords).map(\.index))
        }
        if skipListItems {
            reported.formUnion(Repeats.listItems(in: article, minWords: minWords).map(\.index))
        }
        if skipNearParagraphs {
            let near = Repeats.nearParagraphs(in: article, minWords: minWords, threshold: threshold)
            reported.formUnion(near.map(\.index))
        }
        return reported
    }
}
