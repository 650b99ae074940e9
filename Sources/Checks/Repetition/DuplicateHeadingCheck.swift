import CopydeskCore

/// The same heading twice in one section: a section pasted again, or two sections that need telling apart.
struct DuplicateHeadingCheck: Check {
    static let description = CheckDescription(
        id: "repetition.duplicate-heading", category: .repetition, defaultSeverity: .warning,
        summary: "The same heading twice in one section, ignoring case, punctuation and spacing.",
        rationale: """
            A heading repeats when an earlier heading under the same parent, or a heading it stands under, \
            has the same words. Headings repeated under different parents are a pattern, not a repetition: a \
            "Symptoms" section under each condition. A title repeated at the top is repetition.repeated-title's \
            finding.
            """,
        passing: [
            Example("## Results\n\nThe trial met its goal.\n\n## Discussion\n\nThe effect was small."),
            Example("## Flu\n\n### Symptoms\n\nFever and aches.\n\n## Colds\n\n### Symptoms\n\nA runny nose."),
            Example("# Sleep\n\n# Sleep\n\nA title repeated at the top."),
        ],
        failing: [
            Example(
                "## The claims\n\nCold cures nothing.\n\n## Who should be careful\n\nPeople with heart disease.\n\n## 1️⃣The Claims!\n\nAgain."
            ),
            Example(
                "## Dosing\n\n### Side effects\n\nThey are mild.\n\n### Timing\n\nOnce a day.\n\n### 1️⃣Side  effects\n\nAgain."
            ),
            Example("# Cold plunges\n\nThey are popular.\n\n## 1️⃣Cold Plunges\n\nIce baths too."),
            Example("Café guide\n\nSide effects\n\nThey are mild.\n\n1️⃣Side Effects\n\nAgain.", format: .text),
        ])

    init(policy: Policy) {}

    func findings(in article: Article) -> [Finding] {
        let titles = Set(TopOfArticle.repeatedTitles(in: article).map(\.index))
        var sections: [(level: Int, index: Int, words: [UInt64]?)] = []
        // Made once at its size: growing it rehashed every key's words.
        var firstInSection = [HeadingKey: Int](minimumCapacity: article.blocks.count)
        var repeats: [Repeat] = []
        for (index, block) in article.blocks.enumerated()
        where block.isLintable && block.isHeading && !TopOfArticle.isMetadata(block, in: article) {
            let level = if case .heading(let level) = block.kind { level } else { 0 }
            while let last = sections.last, last.level >= level { sections.removeLast() }
            let words = Repeats.key(WordIndex.hashes(ofLintable: index, in: article))
            if let words {
                let key = HeadingKey(parent: sections.last?.index, words: words)
                // A heading repeats an earlier sibling, or a heading it stands under.
                if let ancestor = sections.first(where: { $0.words == words }) {
                    repeats.append(Repeat(index: index, first: ancestor.index))
                } else if let first = firstInSection[key] {
                    repeats.append(Repeat(index: index, first: first))
                } else {
                    firstInSection[key] = index
                }
            }
            sections.append((level, index, words))
        }
        return repeats.filter { !titles.contains($0.index) }.map { item in
            finding(
                { "heading repeats '\(Quoting.excerpt(article.blocks[item.index].text))' from line \($0)" },
                in: article, repeating: item)
        }
    }

    /// Headings compare within their parent section.
    private struct HeadingKey: Hashable {
        var parent: Int?
        var words: [UInt64]
    }
}
