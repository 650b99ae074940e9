import CopydeskCore

/// A list item that repeats an earlier one.
struct DuplicateListItemCheck: Check {
    static let description = CheckDescription(
        id: "repetition.duplicate-list-item", category: .repetition, defaultSeverity: .warning,
        summary: "A list item that repeats an earlier item, ignoring case, punctuation and spacing.",
        rationale: """
            Within one list every repeat counts. Across lists only items of at least \
            `checks.repetition.min-words` words (default 8) are compared: short items such as "Eggs" recur \
            in separate lists on purpose.
            """,
        passing: [
            Example("- Eggs\n- Milk\n\nFor the second recipe:\n\n- Eggs\n- Flour"),
            Example("- Dizziness after the dose\n- Dizziness before the dose"),
        ],
        failing: [
            Example("- Dizziness\n- Fatigue\n- 1️⃣dizziness."),
            Example(
                "Common:\n\n1. Some patients report feeling lightheaded after their treatment\n\nRare:\n\n1. Rashes\n2. 1️⃣Some patients report feeling lightheaded after their treatment"
            ),
        ])

    private let minWords: Int

    init(policy: Policy) {
        minWords = policy.checks.repetition.minWords
    }

    func findings(in article: Article) -> [Finding] {
        Repeats.listItems(in: article, minWords: minWords).map { item in
            finding(
                {
                    String(
                        concatenating: "list item repeats '", Quoting.excerpt(article.blocks[item.index].text),
                        "' from line ", number: $0)
                },
                in: article, repeating: item)
        }
    }
}
