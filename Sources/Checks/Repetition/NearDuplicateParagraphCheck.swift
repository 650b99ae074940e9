import CopydeskCore

/// A paragraph that is nearly the same as an earlier one: a section pasted again and lightly edited.
struct NearDuplicateParagraphCheck: Check {
    static let description = CheckDescription(
        id: "repetition.near-duplicate-paragraph", category: .repetition, defaultSeverity: .warning,
        summary: "A paragraph nearly the same as an earlier one, by the overlap of their three-word sequences.",
        rationale: """
            Two paragraphs of at least `checks.repetition.min-words` words (default 8) are near-duplicates when \
            the Jaccard similarity of their three-word shingles reaches `checks.repetition.near-duplicate` \
            (default 0.8). Exact repeats are repetition.duplicate-paragraph's findings.
            """,
        passing: [
            Example(
                "Cold water immersion triggers the cold shock response within the first minute.\n\nCold water immersion is popular with athletes who train hard in winter."
            ),
            Example(
                "Cold plunges are a proven cure for depression and anxiety, they say.\n\nCold plunges are a proven cure for depression and anxiety, they say."
            ),
        ],
        failing: [
            Example(
                """
                A short cold plunge is safe for most healthy adults and some people enjoy how it makes them feel afterwards.

                ## Bottom line

                1️⃣A short cold plunge is safe for most healthy adults and some people enjoy how it makes them feel later.
                """),
            Example(
                """
                Ketamine can temporarily raise blood pressure, which may be concerning for those with heart disease.

                1️⃣Ketamine can temporarily raise blood pressure, which may be concerning for those with kidney disease.
                """,
                configure: { $0.checks.repetition.nearDuplicate = 0.7 }),
        ])

    private let minWords: Int
    private let threshold: Double

    init(policy: Policy) {
        minWords = policy.checks.repetition.minWords
        threshold = policy.checks.repetition.nearDuplicate
    }

    func findings(in article: Article) -> [Finding] {
        Repeats.nearParagraphs(in: article, minWords: minWords, threshold: threshold).map { item in
            let percent = Int((item.similarity * 100).rounded(.down))
            return finding(
                { "paragraph is \(percent)% the same as the paragraph on line \($0)" }, in: article,
                repeating: Repeat(index: item.index, first: item.first))
        }
    }
}
