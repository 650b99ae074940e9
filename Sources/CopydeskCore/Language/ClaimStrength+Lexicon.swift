/// The words `ClaimStrengthClassifier` reads, grouped by what they signal.
enum ClaimStrengthLexicon {
    /// Association language: a relationship without a direction of cause.
    static let association: WordSet = [
        "associated", "association", "associations", "associate", "associates", "associating",
        "correlated", "correlation", "correlations", "correlate", "correlates", "correlating", "correlative",
        "linked", "link", "links", "linking", "linkage",
        "relationship", "relationships", "interrelated", "covaried", "co-occur", "co-occurred",
        "predict", "predicts", "predicted", "predicting", "predictor", "predictors", "predictive", "prediction",
        "prognostic", "determinant", "determinants", "marker", "markers", "biomarker", "indicator", "indicators",
        "corresponded", "corresponds", "coincided", "coincides", "concomitant", "accompanied",
        "odds", "hazard", "dependent", "inversely", "positively", "negatively", "susceptible", "susceptibility",
        "trend", "trends",
    ]

    /// Association phrases of more than one word.
    static let associationPhrases: [[String]] = [
        ["related", "to"], ["related", "with"], ["relation", "to"], ["relation", "with"], ["relation", "between"],
        ["risk", "factor"], ["risk", "factors"], ["at", "risk"], ["times", "risk"], ["times", "the", "risk"],
        ["times", "more", "likely"], ["more", "likely"], ["less", "likely"], ["most", "likely", "to"],
        ["in", "relation", "to"], ["independent", "of"], ["independently", "of"], ["was", "related"],
        ["were", "related"], ["is", "related"], ["are", "related"],
    ]

    /// Causal verbs and adjectives that claim an effect on their own.
    static let causal: WordSet = [
        "cause", "causes", "caused", "causing", "causal", "causally", "causative", "role", "roles", "contribution",
        "contributions", "produce", "produces", "produced", "impair", "impairs", "modifying", "effecting",
        "reducing", "improving", "lowering",
        "prevent", "prevents", "prevented", "preventing",
        "protect", "protects", "protected", "protecting", "protective",
        "effective", "effectively", "effectiveness", "efficacy", "efficacious", "ineffective", "effectual",
        "enhance", "enhances", "enhancing", "promote", "promotes", "promoted", "promoting",
        "contribute", "contributes", "contributed", "contributing",
        "impacts", "impacted", "impacting", "affect", "affects", "affecting",
        "influence", "influences", "influenced", "influencing", "benefited", "benefitted", "help", "helps", "helped",
        "helping",
        "induce", "induces", "induced", "inducing", "attenuate", "attenuates", "attenuated", "attenuating",
        "alleviate", "alleviates", "alleviated", "ameliorate", "ameliorates", "ameliorated",
        "worsen", "worsens", "worsened", "exacerbate", "exacerbates", "exacerbated", "aggravate", "aggravates",
        "boost", "boosts", "boosted", "trigger", "triggers", "triggered", "mediate", "mediates", "mediated",
        "beneficially", "adversely",
        "modulate", "modulates", "modulated", "modify", "modifies", "counteract", "counteracts", "reverse", "reverses",
        "reversed", "restore", "restores", "restored", "eliminate", "eliminates", "cure", "cures", "cured", "treat",
        "treats", "heal", "heals", "kill", "kills", "damage", "damages", "harm", "harms", "harmful",
        "predispose", "predisposes", "predisposed", "facilitate", "facilitates", "facilitated", "favour", "favor",
        "favours", "favors", "stimulate", "stimulates", "stimulated", "inhibit", "inhibits", "inhibited", "suppress",
        "suppresses", "suppressed", "delay", "delays", "accelerate", "accelerates", "accelerated", "weaken",
        "weakens", "strengthen", "strengthens", "optimize", "optimizes",
        "determines", "drives", "drove", "slows", "slowed", "halts", "halved", "doubled", "tripled", "stops",
    ]

    /// The first words of `causalPhrases` and `associationPhrases`.
    static let phraseFirstWords = WordSet((causalPhrases + associationPhrases).map { $0[0] })

    /// Every word a one-word cue can be: `ClaimStrengthScan` returns no cue for any other
    /// (besides `-dependent` and `-related` compounds).
    static let cueWords: WordSet = association.union(changeVerbs).union(hedgedOnly).union(causal)
        .union(comparison).union(["effect", "effects", "impact", "benefit", "benefits"])

    /// Causal phrases of more than one word.
    static let causalPhrases: [[String]] = [
        ["lead", "to"], ["leads", "to"], ["led", "to"], ["leading", "to"], ["result", "in"], ["results", "in"],
        ["resulted", "in"], ["resulting", "in"], ["give", "rise"], ["gives", "rise"], ["gave", "rise"],
        ["play", "a"], ["plays", "a"], ["played", "a"], ["playing", "a"], ["role", "in"], ["responsible", "for"],
        ["due", "to"], ["because", "of"], ["owing", "to"], ["attributable", "to"], ["attributed", "to"],
        ["consequence", "of"], ["was", "able", "to"], ["were", "able", "to"], ["is", "able", "to"],
        ["are", "able", "to"], ["in", "favour", "of"], ["in", "favor", "of"], ["crucial", "for"], ["essential", "for"],
        ["central", "in"], ["key", "to"],
    ]

    /// Comparison words: a difference between groups, an association at most.
    static let comparison: WordSet = [
        "higher", "lower", "fewer", "worse", "better", "smaller", "longer", "shorter",
        "increased", "decreased", "elevated", "reduced", "improved", "impaired", "enhanced", "diminished",
        "increase", "decrease", "improvements", "increases", "decreases", "risk", "risks", "older", "rise", "rises",
        "rose", "drop", "dropped", "fell", "declined", "decline",
        "differ", "differs", "differed", "difference", "differences", "different", "differently", "varied", "vary",
        "varies", "compared", "versus", "vs", "highest", "lowest",
    ]

    /// Modals and verbs that soften a causal claim into a conditional one.
    static let hedges: WordSet = [
        "may", "might", "could", "would", "possibly", "possible", "potential", "potentially", "probably",
        "perhaps", "likely", "unlikely", "appear", "appears", "appeared", "seem", "seems", "seemed", "tend", "tends",
        "tended", "presumably", "plausibly", "conceivably", "hypothesize", "hypothesized", "postulate", "speculate",
    ]

    /// Negators within a clause before the cue.
    static let negators: WordSet = [
        "not", "no", "never", "without", "neither", "nor", "none", "cannot", "failed", "fail", "fails", "lack",
        "lacked", "absence", "nothing", "unrelated", "unassociated",
    ]

    /// Words that open a question, an aim or a call for research: cues after them claim nothing.
    static let questionScope: WordSet = [
        "whether", "if", "evaluate", "investigate", "investigated", "investigating", "determine", "assess",
        "examine", "examined", "explore", "explored", "clarify", "elucidate", "elucidated", "understand",
        "identify", "validate", "verify", "test", "aim", "aimed", "aims", "objective", "comparing", "compare",
        "assessed", "assessing", "evaluating", "investigating", "exploring", "examining", "determining",
        "purpose", "question", "questions", "unclear", "unknown",
    ]

    /// Recommendations and calls for research: the sentence claims no finding.
    static let recommendation: WordSet = [
        "should", "needed", "warranted", "warrant", "warrants", "required", "necessary", "recommend", "recommends",
        "must", "merits", "deserves", "urgently",
    ]

    /// Words after which an ambiguous participle or base form is an adjective or a noun.
    static let adjectivalContext: WordSet = [
        "a", "an", "the", "of", "with", "in", "and", "or", "for", "on", "at", "by", "from", "had", "have", "has",
        "having", "showed", "show", "shows", "demonstrated", "exhibited", "displayed", "than", "more", "less",
        "significantly", "significant", "slightly", "markedly", "this", "that", "these", "those", "their", "its",
        "his", "her", "our", "any", "no", "some", "greater", "further", "overall", "substantial", "modest", "small",
        "large", "marked", "mild", "moderate", "severe", "similar", "an", "as", "such", "both", "among", "between",
        "but", "nor", "into", "to", "within", "without", "versus", "vs",
    ]

    /// Forms of "be" before a participle: a passive, causal only with an agent ("by").
    static let be: WordSet = ["was", "were", "is", "are", "be", "been", "being", "remained", "remains"]

    /// Words before a base form that make it a verb.
    static let verbContext: WordSet = [
        "to", "may", "might", "could", "can", "will", "would", "shall", "did", "does", "do", "not", "also", "further",
        "significantly", "substantially", "markedly", "greatly", "effectively", "directly", "thereby", "which",
        "that", "who", "they", "we", "it", "and", "n't", "didn't", "doesn't", "don't", "cannot", "helps", "help",
    ]

    /// Words that close the clause a hedge or a negation reaches across.
    static let clauseBreaks: WordSet = [
        "but", "whereas", "while", "although", "though", "however", "yet", "which", "because",
    ]

    /// Words that claim an effect only under a hedge ("may be useful"); alone they describe.
    static let hedgedOnly: WordSet = [
        "useful", "helpful", "favorable", "favourable", "beneficial", "involved", "advantages", "advantage",
        "indicative", "effects", "effect", "impact", "benefit", "benefits",
    ]

    /// Words after a change verb that make it intransitive ("increased with age"): a change, not an effect.
    static let intransitiveFollowers: WordSet = [
        "with", "in", "over", "during", "after", "among", "across", "from", "between", "at", "until", "for", "since",
        "throughout", "following", "when", "as", "to", "by", "and", "or", "but", "than", "compared", "significantly",
        "slightly", "linearly", "exponentially", "markedly", "substantially", "considerably", "progressively",
        "gradually", "steadily", "rapidly", "more", "less", "only", "also", "further", "both", "either", "among",
        "within", "up", "down", "relative", "versus", "vs", "whereas", "while", "not",
    ]

    /// Verbs of effect that can take knowledge or a decision as their object.
    static let knowledgeVerbs: WordSet = [
        "help", "helps", "helped", "helping", "contribute", "contributes", "contributed", "contributing", "raises",
        "raise", "raised", "enhance", "enhances", "enhanced", "improve", "improves", "inform", "informs",
    ]

    /// Objects that make a verb of effect about knowledge: "helps identify", "raises concerns".
    static let knowledgeObjects: WordSet = [
        "identify", "detect", "diagnose", "determine", "inform", "guide", "understand", "understanding", "explain",
        "select", "decide", "recognize", "recognise", "distinguish", "navigate", "information", "knowledge",
        "insight", "insights", "literature", "evidence", "data", "concerns", "concern", "questions", "issues",
        "awareness", "debate",
    ]

    /// Words that open an object after a verb: "increase the risk", "improves significantly the outcome".
    static let objectOpeners: WordSet = [
        "the", "a", "an", "their", "its", "his", "her", "our", "both", "this", "these", "those", "all", "overall",
    ]

    /// Change verbs that are causal when they take an object ("reduces mortality").
    static let changeVerbs: WordSet = [
        "increases", "decreases", "reduces", "improves", "lowers", "raises", "increase", "decrease", "reduce",
        "improve", "lower", "raise", "increased", "decreased", "reduced", "improved", "lowered", "raised",
        "enhanced", "diminished", "altered", "changed", "elevated", "impaired", "affected", "diminish", "alter",
        "alters", "change", "changes",
    ]
}
