extension HedgeLexicon {
    /// The built-in lexicon: speculation cues in the sense of BioScope and CoNLL-2010 Task 1,
    /// without the cues that are hedges only in rare contexts (`or`, `either`, `can`, `should`).
    ///
    /// Its cues come kind by kind in the order of `HedgeCue.Kind.allCases`, and no list holds
    /// an entry twice (compared as `editing(_:)` compares them): without an edit, `editing(_:)`
    /// gives it back as it is (`builtIn(editedBy:)` returns it without reading it again).
    public static let builtIn = HedgeLexicon(
        cues: modals.map { Entry($0, .modal) } + verbs.map { Entry($0, .epistemicVerb) }
            + adverbs.map { Entry($0, .adverb) } + phrases.map { Entry($0, .multiword) }
            + impersonalAttributions.map { Entry($0, .attribution) } + questions.map { Entry($0, .openQuestion) },
        exceptions: exceptions, attributionQuantifiers: quantifiers, attributionSources: sources,
        attributionVerbs: attributionVerbs)

    static let modals = [
        "may", "might", "could", "would", "mightn't", "might've", "could've", "may not", "might not",
        "can't be sure", "cannot be sure", "cannot be certain", "cannot be excluded", "can not be excluded",
        "cannot be ruled out", "can't be ruled out", "can not be ruled out", "should be possible",
    ]

    static let verbs = [
        "suggest", "suggests", "suggested", "suggesting", "suggestion", "suggestions",
        "appear to", "appears to", "appeared to", "appearing to", "[appear] as", "would [appear]", "not [appear]",
        "seem", "seems", "seemed", "seeming", "seemingly",
        "indicate that", "indicates that", "indicated that", "indicating that", "[indicate] a role", "[indicating] a",
        "imply", "implies", "implied", "implying",
        "speculate", "speculates", "speculated", "speculating", "speculation", "speculative",
        "hypothesize", "hypothesizes", "hypothesized", "hypothesise", "hypothesises", "hypothesised",
        "hypothesis that", "hypothetically",
        "propose that", "proposes that", "proposed that", "we propose", "is proposed to", "are proposed to",
        "been proposed",
        "assume that", "assumes that", "assumed that", "assumed to", "assuming that", "assumption that",
        "believe", "believes", "believed",
        "thought to", "is [thought]", "are [thought]", "was [thought]", "were [thought]", "been [thought]",
        "suspect", "suspects", "suspected", "infer", "inferred", "expected to",
        "postulate", "postulates", "postulated", "suppose", "supposed to be",
    ]

    static let adverbs = [
        "possibly", "perhaps", "maybe", "arguably", "potentially", "presumably", "probably", "apparently",
        "conceivably", "supposedly", "allegedly", "reportedly", "purportedly", "ostensibly", "plausibly",
        "putatively", "likely", "unlikely", "probable", "improbable", "putative", "possible", "plausible",
        "potential", "uncertain", "unclear", "doubtful", "questionable",
        "possibility that", "another possibility", "one possibility",
        "is [unknown]", "are [unknown]", "remains [unknown]", "remain [unknown]", "currently [unknown]",
        "still [unknown]", "largely [unknown]", "of [unknown] function", "by [unknown]",
    ]

    static let phrases = [
        "it is possible that", "it is likely that", "it is unlikely that", "it is conceivable that",
        "it is possible", "it is likely", "it is unlikely", "it is conceivable",
        "it might be that", "it may be that", "it could be that", "it seems", "it seems that", "it appears",
        "it appears that", "it appeared that", "it would appear", "it would seem",
        "could be considered", "may be considered", "might be considered",
        "to some extent", "to a certain extent", "in some cases", "in certain cases",
        "more research is needed", "more research is required", "further research is needed",
        "further research is required", "more studies are needed", "further studies are needed",
        "further investigation is needed", "further investigation is required", "requires further research",
        "require further research", "requires further study", "needs further research", "warrants further research",
        "remains unclear", "remain unclear", "remains uncertain", "remains to be determined",
        "remains to be elucidated", "remains to be established", "remains to be seen", "remain to be determined",
        "remain to be elucidated", "not clear", "not known", "not yet known", "not yet clear", "not certain",
        "not sure", "some doubt", "in doubt", "no evidence that", "not evident",
        "raise the possibility", "raises the possibility", "raise the question", "raises the question",
        "raises an interesting question", "open question", "not necessarily", "look like", "looks like",
        "in principle", "as far as we know", "consistent with the hypothesis", "consistent with the idea",
        "the idea that", "the notion that", "no guarantee", "no proof", "increasing evidence", "is feasible",
        "if not",
    ]

    static let questions = [
        "whether", "determine if", "test if", "tested if", "investigate if", "investigated if", "examine if",
        "examined if", "prove if", "see if", "ask if", "assess if", "know if",
    ]

    static let exceptions = [
        // Past ability and its negation: results, not hedges.
        "could not", "couldn't", "could never", "could no", "could no longer", "could only",
        "no * could", "no * * could",
        "could be detected", "could be seen", "could be observed", "could be measured", "could be found",
        "could be visualized", "could be documented", "could be demonstrated", "could be shown",
        "could be identified", "could be reproduced", "could be confirmed", "could be obtained",
        "could be isolated", "could be recovered",
        // `potential` the noun, `possible` as a plain adjective.
        "potential to", "potential of", "potential for", "potential in", "potential as", "full potential",
        "possible to", "all possible", "as possible", "if possible", "whenever possible", "where possible",
        "not possible", "not been possible", "it is possible to", "it is not possible", "best possible",
        "worst possible", "highest possible", "lowest possible", "greatest possible", "smallest possible",
        "largest possible", "shortest possible", "earliest possible", "fewest possible",
        // A working diagnosis, not doubt about a claim: patients with suspected sepsis.
        "with suspected", "of suspected", "for suspected", "a suspected", "the prime suspect",
        // Comparative risk is a finding, not doubt: smokers are more likely to develop it.
        "more likely to", "less likely to", "more likely than", "less likely than", "as likely as",
    ]

    static let quantifiers = [
        "some", "many", "several", "certain", "few", "numerous", "various", "other", "others", "most",
        "multiple", "countless", "one",
    ]

    static let sources = [
        "studies", "study", "research", "researchers", "scientists", "experts", "doctors", "physicians",
        "clinicians", "reports", "evidence", "people", "athletes", "users", "patients", "sources", "observers",
        "critics", "proponents", "advocates", "analysts", "practitioners", "nutritionists", "specialists",
        "trials", "accounts", "anecdotes", "authorities", "commentators", "believers", "fans", "followers",
    ]

    static let attributionVerbs = [
        "suggest", "suggests", "suggested", "believe", "believes", "believed", "think", "thinks", "thought",
        "feel", "feels", "felt", "speculate", "speculates", "speculated", "indicate", "indicates", "indicated",
        "hypothesize", "hypothesizes", "hypothesized", "hypothesise", "hypothesises", "hypothesised", "suspect",
        "suspects", "suspected", "hint", "hints", "hinted", "propose", "proposes", "proposed",
        "say", "says", "said", "claim", "claims", "claimed", "argue", "argues", "argued", "contend", "contends",
        "contended", "insist", "insists", "insisted",
    ]

    /// Verbs that report rather than hedge: a bare source with them (`scientists say`) is a
    /// citation problem, not a hedge; with a quantifier (`some scientists say`) it is hearsay.
    static let reportingVerbs: WordSet = [
        "say", "says", "said", "claim", "claims", "claimed", "argue", "argues", "argued", "contend", "contends",
        "contended", "insist", "insists", "insisted",
    ]

    /// `it has been suggested`, `it is widely believed`: impersonal attributions.
    static let impersonalAttributions: [String] = {
        let verbs = [
            "suggested", "believed", "thought", "said", "claimed", "argued", "speculated", "rumored", "rumoured",
            "assumed", "hypothesized", "hypothesised", "proposed", "suspected", "postulated",
        ]
        let auxiliaries = [
            "is", "was", "has been", "had been", "is widely", "is generally", "is commonly", "is often",
            "is sometimes", "is also", "has long been", "has often been", "has been widely", "has also been",
            "was once",
        ]
        var phrases: [String] = []
        for auxiliary in auxiliaries {
            for verb in verbs { phrases.append("it \(auxiliary) \(verb)") }
        }
        for auxiliary in ["is", "are", "was", "were", "has been", "have been"] {
            for adverb in ["", " widely", " generally", " commonly", " often"] {
                for verb in ["believed", "thought", "said", "claimed", "rumored", "rumoured", "reputed", "alleged"] {
                    phrases.append("\(auxiliary)\(adverb) \(verb) to")
                }
            }
        }
        return phrases
    }()
}
