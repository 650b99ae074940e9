import CopydeskCore

/// The same heading twice: a section pasted again, or two sections that need telling apart.
struct DuplicateHeadingCheck: Check {
    static let description = CheckDescription(
        id: "repetition.duplicate-heading", category: .repetition, defaultSeverity: .warning,
        summary: "The same heading twice, ignoring case, punctuation and spacing.",
        passing: [
            Example("## Results\n\nThe trial met its goal.\n\n## Discussion\n\nThe effect was small."),
            Example("# Sleep\n\n# Sleep\n\nA title repeated at the top is repetition.repeated-title's finding."),
        ],
        failing: [
            Example("## The claims\n\nCold cures nothing.\n\n## Who should be careful\n\nPeople with heart disease.\n\n## 1️⃣The Claims!\n\nAgain."),
            Example("## Side effects\n\nThey are mild.\n\n## Dosing\n\nOnce a day.\n\n### 1️⃣Side  effects\n\nAgain."),
        ])

    init(policy: Policy) {}

    func findings(in article: Article) -> [Finding] {
        let titles = Set(TopOfArticle.repeatedTitles(in: article).map(\.index))
        let headings = article.blocks.indices.lazy.map { index -> (index: Int, key: [UInt64]?) in
            let block = article.blocks[index]
            guard block.isLintable, block.isHeading, !TopOfArticle.isMetadata(block, in: article) else { return (index, nil) }
            return (index, Repeats.key(WordIndex.hashes(of: block.text)))
        }
        return Repeats.later(headings).filter { !titles.contains($0.index) }.map { item in
            finding(
                { "heading repeats '\(Quoting.excerpt(article.blocks[item.index].text))' from line \($0)" },
                in: article, repeating: item)
        }
    }
}
