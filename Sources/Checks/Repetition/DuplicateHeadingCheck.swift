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
        // A heading repeats only an earlier one: an article with fewer than two headings has no
        // repeat. The others' keys and open sections are kept in arrays of room for every heading
        // (grown from empty, they were copied at every doubling, four times an article of six).
        var headings = 0
        for index in article.blocks.indices where article.blocks[index].isHeading { headings += 1 }
        guard headings > 1 else { return [] }
        let titles = Set(TopOfArticle.repeatedTitles(in: article).map(\.index))
        // The headings' words are read where the word index holds them, and compared by their
        // fingerprints first (`Repeats.Key`): an array of each heading's hashes, hashed whole
        // with SipHash for the table, cost more than the check's comparisons.
        let lintable = WordIndex.lintable(article)
        // The keys of the headings, and the sections open (each heading's level, block and
        // key, by its place in `keys`): a tuple that held the key was copied, its slice
        // retained, at every step.
        var keys: [Repeats.Key] = []
        keys.reserveCapacity(headings)
        var sections: [(level: Int, index: Int, key: Int)] = []
        sections.reserveCapacity(headings)
        // The first heading of each key in each section (the section's heading's block, -1 at
        // the top), in a table on the keys' fingerprints: a dictionary of a structure holding
        // the key hashed it again with SipHash, and copied it.
        var firstInSection = Repeats.FirstTable()
        var repeats: [Repeat] = []
        // By index: enumerating the blocks copied every one of them.
        for index in article.blocks.indices
        where article.blocks[index].isLintable && article.blocks[index].isHeading
            && !TopOfArticle.isMetadata(blockAt: index, in: article)
        {
            let level = if case .heading(let level) = article.blocks[index].kind { level } else { 0 }
            while let last = sections.last, last.level >= level { sections.removeLast() }
            let words = lintable[index]
            guard let key = Repeats.Key(words.isEmpty ? nil : words, quoted: false) else {
                sections.append((level, index, -1))
                continue
            }
            // A heading repeats an earlier sibling, or a heading it stands under.
            if let ancestor = sections.first(where: { $0.key >= 0 && keys[$0.key] == key }) {
                repeats.append(Repeat(index: index, first: ancestor.index), firstRoom: 4)
            } else if let first = firstInSection.first(of: key, group: sections.last?.index ?? -1, orInsert: index) {
                repeats.append(Repeat(index: index, first: first), firstRoom: 4)
            }
            keys.append(key)
            sections.append((level, index, keys.count - 1))
        }
        return repeats.filter { !titles.contains($0.index) }.map { item in
            finding(
                {
                    String(
                        concatenating: "heading repeats '", Quoting.excerpt(article.blocks[item.index].text),
                        "' from line ", number: $0)
                },
                in: article, repeating: item)
        }
    }
}
