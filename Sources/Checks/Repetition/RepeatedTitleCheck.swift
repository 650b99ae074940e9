import CopydeskCore

/// The title repeated at the top: a CMS title field pasted again into the body, or a heading twice.
struct RepeatedTitleCheck: Check {
    static let description = CheckDescription(
        id: "repetition.repeated-title", category: .repetition, defaultSeverity: .warning,
        summary: "The title repeated at the top of the article, usually a title pasted again into the body.",
        rationale: """
            The visible title is the first heading (or a plain-text article's first line). A block before the \
            first prose that says the same words again, ignoring case and punctuation, is a repeat. A front-matter \
            or HTML <title> that matches the first heading is normal and not reported.
            """,
        passing: [
            Example(
                "---\ntitle: Cold Water Immersion — Hype and Hope\n---\n\n# Cold Water Immersion: Hype and Hope\n\nIce baths moved into back gardens."
            ),
            Example("# Sleep and memory\n\nSleep helps memory.\n\n# Sleep and memory\n\nA later section."),
            Example("Sleep and memory\n\nWhy sleep matters\n\nSleep helps memory.", format: .text),
            Example(
                "<html><head><title>Sleep and memory</title></head><body><h1>Sleep and memory</h1><p>Sleep helps memory.</p></body></html>",
                format: .html),
        ],
        failing: [
            Example(
                "# Does Ketamine Cause Hair Loss?\n\n# 1️⃣Does ketamine cause hair loss\n\nKetamine is an anesthetic."),
            Example(
                "Does Ketamine Cause Hair Loss?\n\n1️⃣Does Ketamine Cause Hair Loss?\n\nKetamine is an anesthetic.",
                format: .text),
            Example("# Café culture\n\n## Why we meet\n\n1️⃣Café Culture.\n\nPeople meet in cafés."),
        ])

    init(policy: Policy) {}

    func findings(in article: Article) -> [Finding] {
        TopOfArticle.repeatedTitles(in: article).map { item in
            finding(
                {
                    String(
                        concatenating: "title repeats '", Quoting.excerpt(article.blocks[item.first].text),
                        "' from line ", number: $0)
                },
                in: article, repeating: item)
        }
    }
}
