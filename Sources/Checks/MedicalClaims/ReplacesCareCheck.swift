import CopydeskCore

/// Advice that replaces care: instead of chemotherapy, stop taking your medication.
struct ReplacesCareCheck: Check {
    static let description = CheckDescription(
        id: "medical-claim.replaces-care", category: .medicalClaim, defaultSeverity: .error,
        summary:
            "Advice that replaces medical care (instead of chemotherapy, stop taking your medication, no need to see a doctor).",
        rationale: """
            Readers who drop proven treatment on a writer's word can come to real harm. Advice to \
            keep taking medicine ("do not stop taking your blood pressure medicine") or to ask a \
            professional ("ask your doctor instead of guessing") is good advice, not a finding.
            """,
        passing: [
            Example("Do not stop taking your blood pressure medicine."),
            Example("Ask your doctor instead of guessing the dose."),
            Example("Talk to your doctor before you stop taking your medication."),
            Example("In the trial, patients received immunotherapy instead of chemotherapy."),
            Example("Patients who skip their medication have more strokes."),
            Example("The drug was well tolerated when used without insulin."),
        ],
        failing: [
            Example("Try this juice cleanse 1️⃣instead of chemotherapy."),
            Example("1️⃣Stop taking your statins and eat garlic."),
            Example("With this app there is 1️⃣no need to see a doctor."),
            Example("You can 1️⃣throw away your inhaler after a week of breathing exercises."),
            Example("1️⃣Skip the chemo and heal naturally."),
            Example("This diet reverses diabetes 1️⃣without medication."),
        ])

    private let phrases: ClaimPhrases
    private let care: Set<String>
    private let benefits: BenefitWords
    private let consult: ConsultAdvice

    private let reader: ClaimReader

    init(policy: Policy) {
        reader = ClaimReader(policy: policy)
        phrases = ClaimPhrases(policy: policy, .replacesCare)
        care = Set(policy.medicalLexicon("care", MedicalLexicon.care).map { $0.lowercased() })
        benefits = BenefitWords(policy: policy)
        consult = ConsultAdvice(policy: policy)
    }

    /// Phrases that compare, and so need a reader told to choose: "try X instead of chemotherapy".
    private static let comparisons: WordSet = ["instead of", "rather than", "in place of"]
    /// Verbs that open advice.
    private static let imperatives: WordSet = [
        "try", "use", "take", "drink", "eat", "choose", "switch", "swap", "opt", "rely", "go", "pick", "consider",
        "treat", "cure", "heal", "skip", "stop", "ditch", "throw", "replace", "get",
    ]

    func findings(in article: Article) -> [Finding] {
        reader.sentences(in: article).findings(where: { phrases.mayMatch(in: $0) }) { sentence -> [Finding] in
            // Advice that sends readers to a professional is care, not a replacement for it
            // (looked for only in a sentence with a claim: most have none).
            let claims = phrases.claims(in: sentence)
            if claims.isEmpty || consult.advises(sentence) { return [] }
            return claims.compactMap { match -> Finding? in
                guard let range = claim(match, in: sentence) else { return nil }
                return finding(
                    sentence.message(
                        "advice that replaces care '", quoting: range, "': tell readers to talk to a professional first"
                    ),
                    in: sentence, words: range)
            }
        }
    }

    private func claim(_ match: PhraseMatcher.Match, in sentence: ClaimSentence) -> Range<Int>? {
        let words = sentence.words
        let phrase = match.phrase.lowercased()
        var range = match.tokenRange
        if !care.contains(words[range.upperBound - 1]) {
            let after = sentence.clauseNeighbours(of: range, before: 0, after: 4).filter { $0 > range.lowerBound }
            guard let object = after.first(where: { care.contains(words[$0]) }) else { return nil }
            range = range.lowerBound..<(object + 1)
        }
        // "used without insulin secretagogues": the care word names something else.
        if range.upperBound < words.count, sentence.clauses[range.upperBound] == sentence.clauses[range.lowerBound],
            MedicalLexicon.isConditionWord(words[range.upperBound]) || words[range.upperBound].hasSuffix("gogues")
        {
            return nil
        }
        if phrase.hasPrefix("without") {
            // "cure diabetes without drugs" promises; "when used without insulin" describes.
            let before = sentence.clauseNeighbours(of: range, before: 8, after: 0).filter { $0 < range.lowerBound }
            let promises = before.contains { benefits.length(at: $0, in: words) != nil }
            guard promises || words.contains("you") || words.contains("your") else { return nil }
        } else if ReplacesCareCheck.comparisons.contains(phrase) {
            // A trial report ("patients received X instead of Y") is not advice: it needs a reader.
            let addressed =
                words.contains("you") || words.contains("your")
                || ReplacesCareCheck.imperatives.contains(words[0])
            guard addressed else { return nil }
        } else if ["stop", "quit", "skip", "ditch", "throw"].contains(where: { phrase.hasPrefix($0) }) {
            // "patients who stop taking their pills" describes; "stop taking your pills" advises.
            let advises =
                range.lowerBound == 0 || words[..<range.lowerBound].contains("you")
                || words[range].contains("your")
            guard advises else { return nil }
        }
        return range
    }
}
