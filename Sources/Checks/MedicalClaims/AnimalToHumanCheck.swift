import CopydeskCore

/// Animal or laboratory results stated as a human benefit.
struct AnimalToHumanCheck: Check {
    static let description = CheckDescription(
        id: "medical-claim.animal-to-human", category: .medicalClaim, defaultSeverity: .warning,
        summary: "Results in animals, cells or the lab stated as a benefit to people.",
        rationale: """
            Most treatments that work in mice or in a dish fail in people. When the evidence is \
            from animals or the lab, say so next to the benefit, and hedge it: "in mice, the \
            compound reversed memory loss; it has not been tested in people".
            """,
        passing: [
            Example("In mice, the compound reversed memory loss; it has not been tested in people."),
            Example("A study in mice suggests the compound may one day help people with dementia."),
            Example("The drug helped mice regain memory, and trials in patients are planned."),
        ],
        failing: [
            Example("In mice, the compound reversed memory loss, so it 1️⃣will help you remember names."),
            Example("The extract killed cancer cells in a petri dish. It 1️⃣protects your body against tumours."),
        ])

    private let evidence: ClaimPhrases

    init(policy: Policy) {
        evidence = ClaimPhrases(policy.medicalLexicon("animal-evidence", MedicalLexicon.animalEvidence))
    }

    /// Benefits a claim promises to people.
    private static let benefitVerbs: Set<String> = [
        "help", "helps", "benefit", "benefits", "cure", "cures", "treat", "treats", "prevent", "prevents",
        "protect", "protects", "reverse", "reverses", "heal", "heals", "improve", "improves", "restore", "restores",
        "boost", "boosts", "fight", "fights", "slow", "slows", "stop", "stops", "work", "works", "give", "gives",
        "keep", "keeps", "make", "makes",
    ]
    /// The people the benefit is promised to.
    private static let people: Set<String> = [
        "you", "your", "people", "patients", "humans", "human", "men", "women", "children", "kids", "adults",
        "seniors", "sufferers", "millions", "everyone", "anyone", "us", "our",
    ]

    func findings(in article: Article) -> [Finding] {
        var findings: [Finding] = []
        var previous: ClaimSentence?
        for sentence in ClaimSentence.sentences(in: article) {
            defer { previous = sentence }
            let here = !evidence.matches(in: sentence).isEmpty
            let before = previous.map {
                $0.index + 1 == sentence.index && $0.block == sentence.block && !evidence.matches(in: $0).isEmpty
            } ?? false
            guard here || before, !sentence.isQuestion, let range = humanBenefit(in: sentence) else { continue }
            findings.append(
                finding(
                    "'\(sentence.phrase(range))' states an animal or lab result as a human benefit: say where it was shown",
                    in: sentence, words: range))
        }
        return findings
    }

    /// "will help you", "protects your body": a benefit verb that asserts, with people after it.
    private func humanBenefit(in sentence: ClaimSentence) -> Range<Int>? {
        let words = sentence.words
        for index in words.indices where AnimalToHumanCheck.benefitVerbs.contains(words[index]) {
            let third = words[index].hasSuffix("s")
            guard third || CureClaims.assertsBaseForm(at: index, words) else { continue }
            let verb = index..<(index + 1)
            guard !sentence.isNegated(verb), !sentence.isHedged(verb) else { continue }
            let after = sentence.clauseNeighbours(of: verb, before: 0, after: 3).filter { $0 > index }
            guard let target = after.first(where: { AnimalToHumanCheck.people.contains(words[$0]) }) else { continue }
            let start = index > 0 && ["will", "can"].contains(words[index - 1]) ? index - 1 : index
            return start..<(target + 1)
        }
        return nil
    }
}
