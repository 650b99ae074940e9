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
        // The headings' words are read where the word index holds them, and compared by their
        // fingerprints first (`Repeats.Key`): an array of each heading's hashes, hashed whole
        // with SipHash for the table, cost more than the check's comparisons.
        let lintable = WordIndex.lintable(article)
        var sections: [(level: Int, index: Int, key: Repeats.Key?)] = []
        // Made once at its size: growing it rehashed every key.
        var firstInSection = [HeadingKey: Int](minimumCapacity: article.blocks.count)
        var repeats: [Repeat] = []
        // By index: enumerating the blocks copied every one of them.
        for index in article.blocks.indices
        where article.blocks[index].isLintable && article.blocks[index].isHeading
            && !TopOfArticle.isMetadata(blockAt: index, in: article)
        {
            let level = if case .heading(let level) = article.blocks[index].kind { level } else { 0 }
            while let last = sections.last, last.level >= level { sections.removeLast() }
            let words = lintable[index]
            let key = Repeats.Key(words.isEmpty ? nil : words, quoted: false)
            if let key {
                // A heading repeats an earlier sibling, or a heading it stands under.
                if let ancestor = sections.first(where: { $0.key == key }) {
                    repeats.append(Repeat(index: index, first: ancestor.index))
                } else {
                    let inSection = HeadingKey(parent: sections.last?.index, key: key)
                    if let first = firstInSection[inSection] {
                        repeats.append(Repeat(index: index, first: first))
                    } else {
                        firstInSection[inSection] = index
                    }
                }
            }
            sections.append((level, index, key))
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
        var key: Repeats.Key
    }
}
