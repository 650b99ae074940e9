import CopydeskCore

/// Absolute safety: no side effects, completely safe, natural therefore safe.
struct AbsoluteSafetyCheck: Check {
    static let description = CheckDescription(
        id: "medical-claim.absolute-safety", category: .medicalClaim, defaultSeverity: .error,
        summary: "Claims of absolute safety (no side effects, completely safe, natural therefore safe).",
        rationale: """
            Every treatment that does something can do harm. Name the side effects that were \
            measured and how common they were; "natural" does not mean safe.
            """,
        passing: [
            Example("Common side effects are a sore arm and a mild fever."),
            Example("The supplement is not completely safe for people on blood thinners."),
            Example("No side effects were reported in the 40 patients of the pilot study."),
            Example("Is it completely safe?"),
        ],
        failing: [
            Example("The treatment has 1️⃣no side effects."),
            Example("Because it is herbal, the remedy is 1️⃣completely safe."),
            Example("It is 1️⃣100% safe for children."),
            Example("Kratom is 1️⃣natural and therefore safe."),
        ])

    private let phrases: ClaimPhrases

    private let reader: ClaimReader

    init(policy: Policy) {
        reader = ClaimReader(policy: policy)
        phrases = ClaimPhrases(policy: policy, .absoluteSafety)
    }

    /// "no side effects were reported" reports a study's observation, it promises nothing.
    static let reportingVerbs: WordSet = [
        "reported", "observed", "seen", "found", "noted", "recorded", "detected", "occurred",
    ]

    /// The auxiliaries a reporting verb follows: "were reported", "has been observed".
    private static let auxiliaries: WordSet = ["were", "was", "have", "has"]
    private static let been: WordSet = ["been"]

    /// Whether the words after a match ending before word `next` report an observation ("no side
    /// effects were reported", "has been observed"). The words are looked up by their keys, not
    /// copied out and compared with an array of strings made for every match.
    static func reportsObservation(after next: Int, in sentence: ClaimSentence) -> Bool {
        let count = sentence.words.count
        let keys = sentence.keys
        guard next + 1 < count, auxiliaries.contains(in: keys, at: next) else { return false }
        let verb = been.contains(in: keys, at: next + 1) && next + 2 < count ? next + 2 : next + 1
        return reportingVerbs.contains(in: keys, at: verb)
    }

    func findings(in article: Article) -> [Finding] {
        reader.sentences(in: article).findings(where: { phrases.mayMatch(in: $0) }) { sentence in
            // One list, the findings appended as the claims are read (a filtered list of the
            // claims, then one of their findings, cost an allocation and a free each).
            var findings: [Finding] = []
            for match in phrases.claims(in: sentence, qualifiable: true)
            where !AbsoluteSafetyCheck.reportsObservation(after: match.tokenRange.upperBound, in: sentence) {
                findings.append(
                    finding(
                        sentence.message(
                            "absolute safety claim '", quoting: match.tokenRange,
                            "': name the side effects and how common they are"),
                        in: sentence, words: match.tokenRange))
            }
            return findings
        }
    }
}
