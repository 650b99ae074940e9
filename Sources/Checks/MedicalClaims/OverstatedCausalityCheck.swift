import CopydeskCore

/// Causal verbs where the evidence words are observational.
struct OverstatedCausalityCheck: Check {
    static let description = CheckDescription(
        id: "medical-claim.overstated-causality", category: .medicalClaim, defaultSeverity: .warning,
        summary:
            "Causal verbs (prevents, causes, reduces) where the evidence is observational (linked to, associated with).",
        rationale: """
            An observational study can show that two things go together, not that one causes the \
            other. Keep the verb as strong as the design: "coffee drinkers had less liver cancer", \
            "is linked to", "is associated with". The evidence words may stand in the same sentence, \
            in the sentence before one that starts "so" or "this means", or, for the title and the \
            first two sentences, anywhere in an article that mentions no trial.
            """,
        passing: [
            Example("In an observational study, coffee drinking was associated with less liver cancer."),
            Example("Coffee is linked to lower risk, but the study cannot show that it prevents cancer."),
            Example("A randomised trial found that the drug prevents strokes."),
            Example("An observational study suggests that coffee may reduce the risk."),
            Example(
                "# Nuts lower cholesterol\n\nIn a randomized trial, nuts lowered cholesterol. Observational studies agree."
            ),
        ],
        failing: [
            Example("An observational study shows coffee 1️⃣prevents liver cancer."),
            Example("Eating nuts is linked to longer life, so it 1️⃣causes people to live longer."),
            Example("Dog owners were less lonely in a survey. So owning a dog 1️⃣cures loneliness."),
            Example(
                "# Nuts 1️⃣lower cholesterol\n\nIn a cohort study, eating nuts was associated with lower cholesterol."),
        ])

    private let observational: ClaimPhrases
    private let causal: ClaimPhrases
    private let design: StudyDesign

    private let reader: ClaimReader

    init(policy: Policy) {
        reader = ClaimReader(policy: policy)
        design = StudyDesign(policy: policy)
        observational = ClaimPhrases(policy: policy, .observational)
        causal = ClaimPhrases(policy: policy, .causal)
    }

    /// Words that open a conclusion drawn from the sentence before.
    private static let consequences: [[String]] = [
        ["so"], ["therefore"], ["thus"], ["hence"], ["this", "means"], ["that", "means"], ["which", "means"],
    ]
    /// Words before a verb-like "causes" that make it a noun: "all causes", "the causes".
    private static let nounMarkers: WordSet = [
        "all", "the", "main", "leading", "common", "root", "other", "possible", "many", "of", "its", "their", "known",
        "these", "some", "underlying", "natural", "budget", "price", "tax", "good", "better", "best", "excellent",
        "positive", "negative", "similar", "promising", "new", "early", "preliminary", "final", "study", "trial",
        "test", "those", "such", "our", "your", "his", "her", "significant", "clinical", "overall",
    ]

    func findings(in article: Article) -> [Finding] {
        var findings: [Finding] = []
        let sentences = reader.sentences(in: article)
        var observational = SentenceMatches(self.observational, in: sentences)
        // An article whose only evidence is observational: its headline claims rest on it.
        let articleEvidence = design.soleEvidence(&observational)
        let headline = articleEvidence == nil ? [] : Set(Headline.sentences(sentences).map(\.index))
        // Only a causal match is reported: a sentence that can hold none (most) is not read further.
        for position in sentences.indices
        where !sentences[position].isQuestion && causal.mayMatch(in: sentences[position]) {
            let sentence = sentences[position]
            var evidence = observational.matches(at: position).first.map { sentence.phrase($0.tokenRange) }
            if evidence == nil, headline.contains(sentence.index) { evidence = articleEvidence }
            let previous = position > 0 ? sentences[position - 1] : nil
            // The sentence before is asked for its evidence (found once, and seldom there) before
            // this one's words are compared with every conclusion word.
            if evidence == nil, let previous, previous.index + 1 == sentence.index,
                let match = observational.matches(at: position - 1).first,
                OverstatedCausalityCheck.consequences.contains(where: { sentence.words.starts(with: $0) })
            {
                evidence = previous.phrase(match.tokenRange)
            }
            guard let evidence else { continue }
            for match in causal.matches(in: sentence) where asserts(match, in: sentence) {
                findings.append(
                    finding(
                        "'\(sentence.phrase(match.tokenRange))' states a cause, but the evidence is observational ('\(evidence)'): say 'is linked to'",
                        in: sentence, words: match.tokenRange))
                break
            }
        }
        return findings
    }

    private func asserts(_ match: PhraseMatcher.Match, in sentence: ClaimSentence) -> Bool {
        let range = match.tokenRange
        guard !sentence.isNegated(range), !sentence.isHedged(range) else { return false }
        let words = sentence.words
        let first = words[range.lowerBound]
        let previous = range.lowerBound > 0 ? words[range.lowerBound - 1] : ""
        if OverstatedCausalityCheck.nounMarkers.contains(previous) || CureClaims.softeners.contains(previous) {
            return false
        }
        // A relative clause explains a mechanism: "which reduces the work of the heart", "a clot that can cause".
        let relatives: Set<String> = ["which", "that", "who"]
        if relatives.contains(previous) { return false }
        if ["can", "will", "may", "could"].contains(previous), range.lowerBound > 1,
            relatives.contains(words[range.lowerBound - 2])
        {
            return false
        }
        // A base form asserts only with a modal or a subject: "can prevent", "nuts lower".
        let isThirdPerson =
            first.hasSuffix("s") || range.count > 1 && ["is", "are", "makes", "will", "helps"].contains(first)
        if !isThirdPerson && !CureClaims.assertsBaseForm(at: range.lowerBound, in: sentence) { return false }
        // "increases in", "cuts to" are nouns.
        if isThirdPerson, range.count == 1, range.upperBound < words.count,
            ["in", "to", "of"].contains(words[range.upperBound]),
            !["leads", "results"].contains(first)
        {
            return false
        }
        return true
    }
}
