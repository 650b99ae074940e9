import CopydeskCore

/// Animal or laboratory results stated as a human benefit.
struct AnimalToHumanCheck: Check {
    static let description = CheckDescription(
        id: "medical-claim.animal-to-human", category: .medicalClaim, defaultSeverity: .warning,
        summary: "Results in animals, cells or the lab stated as a benefit to people.",
        rationale: """
            Most treatments that work in mice or in a dish fail in people. When the evidence is \
            from animals or the lab, say so next to the benefit, and hedge it: "in mice, the \
            compound reversed memory loss; it has not been tested in people". In an article whose \
            evidence is animal or lab work alone (no trial), an unqualified benefit in the title or \
            the first two sentences is the same leap.
            """,
        passing: [
            Example("In mice, the compound reversed memory loss; it has not been tested in people."),
            Example("A study in mice suggests the compound may one day help people with dementia."),
            Example("The drug helped mice regain memory, and trials in patients are planned."),
            Example(
                "# Fasting helps mice burn fat\n\nIntermittent fasting helped mice lose weight. The mice also kept stable glucose."
            ),
        ],
        failing: [
            Example("In mice, the compound reversed memory loss, so it 1️⃣will help you remember names."),
            Example("The extract killed cancer cells in a petri dish. It 1️⃣protects your body against tumours."),
            Example(
                "# Fasting 1️⃣fights obesity\n\nIntermittent fasting helped mice lose weight. The mice also kept stable glucose."
            ),
        ])

    private let evidence: ClaimPhrases
    private let design: StudyDesign
    private let benefits: BenefitWords
    private let conditions: Conditions

    private let reader: ClaimReader

    init(policy: Policy) {
        reader = ClaimReader(policy: policy)
        evidence = ClaimPhrases(policy: policy, .animalEvidence)
        design = StudyDesign(policy: policy)
        benefits = BenefitWords(policy: policy)
        conditions = Conditions(policy: policy)
    }

    /// Benefits a claim promises to people.
    private static let benefitVerbs: WordSet = [
        "help", "helps", "benefit", "benefits", "cure", "cures", "treat", "treats", "prevent", "prevents",
        "protect", "protects", "reverse", "reverses", "heal", "heals", "improve", "improves", "restore", "restores",
        "boost", "boosts", "fight", "fights", "slow", "slows", "stop", "stops", "work", "works", "give", "gives",
        "keep", "keeps", "make", "makes",
    ]
    /// The people the benefit is promised to.
    private static let people: WordSet = [
        "you", "your", "people", "patients", "humans", "human", "men", "women", "children", "kids", "adults",
        "seniors", "sufferers", "millions", "everyone", "anyone", "us", "our",
    ]

    func findings(in article: Article) -> [Finding] {
        var findings: [Finding] = []
        let sentences = reader.sentences(in: article)
        var evidence = SentenceMatches(self.evidence, in: sentences)
        // An article resting on animal or lab work alone: a headline benefit it does not qualify is the leap.
        let headline =
            design.soleEvidence(&evidence, minimum: 2) == nil
            ? [] : Set(Headline.sentences(sentences).map(\.index))
        let evidenceWords = self.evidence
        for position in sentences.indices where !sentences[position].isQuestion {
            // A finding needs evidence in the sentence or the one before, or a headline sentence:
            // the others (most) are not read further.
            guard
                evidenceWords.mayMatch(in: sentences[position])
                    || position > 0 && evidenceWords.mayMatch(in: sentences[position - 1])
                    || !headline.isEmpty && headline.contains(sentences[position].index)
            else { continue }
            let sentence = sentences[position]
            let here = !evidence.matches(at: position).isEmpty
            let previous = position > 0 ? sentences[position - 1] : nil
            let before =
                previous.map {
                    $0.index + 1 == sentence.index && $0.blockIndex == sentence.blockIndex
                        && !evidence.matches(at: position - 1).isEmpty
                } ?? false
            var range = here || before ? humanBenefit(in: sentence) : nil
            if range == nil, !here, headline.contains(sentence.index) { range = conditionBenefit(in: sentence) }
            guard let range else { continue }
            findings.append(
                finding(
                    sentence.message(
                        "'", quoting: range,
                        "' states an animal or lab result as a human benefit: say where it was shown"),
                    in: sentence, words: range))
        }
        return findings
    }

    /// "helps fight obesity", "reverse brain deficits": a benefit word with a condition after it.
    private func conditionBenefit(in sentence: ClaimSentence) -> Range<Int>? {
        let found = conditions.ranges(in: sentence)
        for index in sentence.words.indices {
            guard let length = benefits.length(at: index, in: sentence.words) else { continue }
            let benefit = index..<(index + length)
            guard !sentence.isNegated(benefit), !sentence.isHedged(benefit) else { continue }
            let condition = found.first { range in
                range.lowerBound >= benefit.upperBound && range.lowerBound - benefit.upperBound < 6
                    && sentence.clauses[range.lowerBound] == sentence.clauses[index]
            }
            if let condition { return index..<condition.upperBound }
        }
        return nil
    }

    /// "will help you", "protects your body": a benefit verb that asserts, with people after it.
    private func humanBenefit(in sentence: ClaimSentence) -> Range<Int>? {
        let words = sentence.words
        for index in words.indices where AnimalToHumanCheck.benefitVerbs.contains(words[index]) {
            let third = words[index].hasSuffix("s")
            guard third || CureClaims.assertsBaseForm(at: index, in: sentence) else { continue }
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
