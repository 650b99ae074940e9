import CopydeskCore

/// Whether a sentence is check-worthy, and the kind of claim it makes.
///
/// Kinds in order of precedence: research (a study, trial or review reported), efficacy (a
/// treatment works), safety (harms, side effects, "safe"), causal (a causal relationship),
/// statistic (a number, a percentage, a rate), other (an association).
struct ClaimKinds: Sendable {
    static let research: Set<String> = [
        "study", "studies", "trial", "trials", "research", "researchers", "review", "meta-analysis", "analysis",
        "scientists", "survey", "surveys", "experiment", "experiments", "findings", "evidence", "investigators",
        "cohort", "data", "randomised", "randomized", "according",
    ]
    static let efficacy: Set<String> = [
        "effective", "efficacy", "effectiveness", "efficacious", "ineffective", "cure", "cures", "cured", "treat",
        "treats", "treated", "treatment", "heals", "heal", "relieve", "relieves", "relief", "works", "remedy",
        "improves", "improved", "reverses", "prevents", "prevent", "therapy", "therapies", "benefit", "benefits",
    ]
    static let safety: Set<String> = [
        "safe", "safety", "unsafe", "side", "adverse", "harm", "harms", "harmful", "toxic", "toxicity", "dangerous",
        "danger", "risky", "poison", "poisoning", "overdose", "complications", "tolerated",
        "interactions", "contraindicated", "deaths", "fatal",
    ]
    static let statisticWords: Set<String> = [
        "percent", "per", "cent", "half", "third", "quarter", "twice", "double", "doubled", "triple", "tripled",
        "fold", "times", "million", "billion", "thousand", "hundred", "majority", "mg", "kg", "ml", "mcg", "iu",
    ]

    /// The kind of claim, or nil when the sentence is not check-worthy and states no relationship.
    func kind(of text: String, tokens: [Words.Token], strength: Claim.Strength) -> Claim.Kind? {
        if tokens.count < 3 || text.hasSuffix("?") { return nil }
        let words = tokens.map(\.text)
        let hasNumber =
            words.contains { word in word.unicodeScalars.first.map { ("0"..."9").contains($0) } ?? false }
            || text.contains("%")
        let relation = strength != .none
        if relation, words.contains(where: Self.research.contains) { return .research }
        if words.contains(where: Self.efficacy.contains), relation || hasNumber { return .efficacy }
        if words.contains(where: Self.safety.contains), relation || hasNumber { return .safety }
        if strength == .causal || strength == .conditionalCausal { return .causal }
        if hasNumber && (text.contains("%") || words.contains(where: Self.statisticWords.contains)) {
            return .statistic
        }
        if relation { return .other }
        return nil
    }
}

/// Hedge words that mark a claim as hedged when its strength cue carries none.
struct HedgeWords: Sendable {
    static let words: Set<String> = [
        "may", "might", "could", "possibly", "perhaps", "likely", "unlikely", "probably", "potentially", "suggest",
        "suggests", "suggested", "appears", "appear", "seems", "seem", "apparently", "presumably", "reportedly",
        "allegedly",
    ]

    func isHedged(_ tokens: [Words.Token]) -> Bool {
        tokens.contains { Self.words.contains($0.text) }
    }
}
