import CopydeskCore

/// A paragraph that repeats an earlier one word for word.
struct DuplicateParagraphCheck: Check {
    static let description = CheckDescription(
        id: "repetition.duplicate-paragraph", category: .repetition, defaultSeverity: .warning,
        summary: "A paragraph that repeats an earlier one, ignoring case, punctuation and spacing.",
        rationale: """
            Paragraphs shorter than `checks.repetition.min-words` words (default 8) are not compared. Quoted \
            paragraphs compare only with quoted ones: a pull quote repeats the body on purpose.
            """,
        passing: [
            Example("Read more below.\n\n## Later\n\nRead more below."),
            Example(
                "The evidence for lasting health benefits is still thin.\n\n> The evidence for lasting health benefits is still thin."
            ),
            Example(
                "Cold plunges are popular with athletes in winter.\n\nCold plunges are popular with swimmers in summer."
            ),
        ],
        failing: [
            Example(
                "Cold plunges are a proven cure for depression and anxiety, they say.\n\n## Later\n\n1️⃣Cold plunges are a proven cure for depression and anxiety they say!"
            ),
            Example(
                "> The evidence for lasting health benefits is still thin.\n\nShort.\n\n> 1️⃣The evidence for lasting health benefits is still thin."
            ),
        ])

    private let minWords: Int

    init(policy: Policy) {
        minWords = policy.checks.repetition.minWords
    }

    func findings(in article: Article) -> [Finding] {
        Repeats.paragraphs(in: article, minWords: minWords).map { item in
            finding(
                { String(concatenating: "paragraph repeats the paragraph on line ", "", "", number: $0) }, in: article,
                repeating: item)
        }
    }
}
