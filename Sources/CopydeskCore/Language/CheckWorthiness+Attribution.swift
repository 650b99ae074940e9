extension CheckWorthiness {
    /// Claims put in the mouth of unnamed studies, experts or people: "studies show",
    /// "scientists say", "many athletes believe", "it has been suggested".
    func attributionTriggers(_ scan: TextScan, into found: inout [Trigger]) {
        // Every attribution starts from one of these lexicons' matches or a quantifier.
        guard scan.hasMatch(.vagueAttributions) || scan.hasMatch(.attributionAgents) || scan.hasSomewhere(.quantifier)
        else { return }
        for match in scan.matches(.vagueAttributions)
        where !scan.isInEmbeddedQuestion(match.tokenRange.lowerBound)
            && !scan.isNegated(before: match.tokenRange.lowerBound)
            && !isNamedAfter(match.tokenRange.upperBound, scan)
        {
            found.appendTrigger(trigger(.research, scan, match.tokenRange, vague: true))
        }
        // Each agent read where it is found: the lexicon's agents, then a quantifier's plural
        // noun, in sentence order within each (an array of them cost an allocation and a
        // release in every sentence with one).
        for match in scan.matches(.attributionAgents) {
            let agent = match.tokenRange
            attribution(of: agent, generic: scan.isWord(agent.upperBound - 1, in: Self.peopleWord), scan, into: &found)
        }
        // "many athletes believe", "some parents say": a quantifier and any plural noun.
        guard scan.hasSomewhere(.quantifier) else { return }
        for index in 1..<max(1, scan.count) where scan.has(.quantifier, at: index - 1) {
            if scan.isPluralShaped(index)
                && !scan.matches(.attributionAgents).contains(where: { $0.tokenRange.contains(index) })
            {
                attribution(of: index..<index + 1, generic: true, scan, into: &found)
            }
        }
    }

    /// The attribution an unnamed agent makes, if any: the agent with its modifiers and the verb
    /// after it ("some recent studies suggest"), or a trailing one ("…, say experts.").
    /// - Parameter generic: people in general ("people", a quantifier's plural noun).
    private func attribution(of agent: Range<Int>, generic: Bool, _ scan: TextScan, into found: inout [Trigger]) {
        // The verbs, looked up by their first word (a sentence holds few; they do not overlap).
        func verbMatch(at start: Int) -> PhraseLexicons.Found? {
            scan.matches(.attributionVerbs).first { $0.tokenRange.lowerBound == start }
        }
        guard !isNamedAfter(agent.upperBound, scan) else { return }
        // The agent's modifiers read once for both readings (each read them).
        let agentModifiers = modifiers(of: agent, scan)
        guard let start = unnamedAgentStart(agentModifiers, scan) else {
            // "…, say experts.": the attribution trails the claim.
            if let trailing = trailingAttribution(agent, agentModifiers, scan) { found.appendTrigger(trailing) }
            return
        }
        var cursor = agent.upperBound
        // "studies in mice show", "research from the past decade suggests"
        if scan.isWord(cursor, in: CheckWorthiness.agentPrepositions) {
            var probe = cursor + 1
            while probe < scan.count && probe <= cursor + 4 && !scan.startsClause(probe)
                && verbMatch(at: probe) == nil
            {
                probe += 1
            }
            if verbMatch(at: probe) != nil && probe > cursor + 1 { cursor = probe }
        }
        while cursor < scan.count && cursor < agent.upperBound + 4 && !scan.startsClause(cursor),
            scan.isWord(cursor, in: CheckWorthiness.attributionFillers)
                || scan.isLyAdverbShaped(cursor)
                || (scan.word(cursor) == "to" && scan.isWord(cursor - 1, in: CheckWorthiness.raisingVerbs))
        {
            cursor += 1
        }
        guard let verb = verbMatch(at: cursor), !scan.startsClause(cursor) else { return }
        // People in general only attribute with a verb of saying or believing, or "… that":
        // "many athletes believe", but not "some patients report feeling dizzy".
        if generic && !CheckWorthiness.beliefVerbs.contains(index.phrase(of: verb))
            && !scan.isWord(verb.tokenRange.upperBound, in: Self.thatWord)
        {
            return
        }
        found.appendTrigger(trigger(.research, scan, start..<verb.tokenRange.upperBound, vague: true))
    }

    /// "…, say experts." An inverted verb of saying before the agent, at the end of the sentence.
    func trailingAttribution(_ agent: Range<Int>, _ scan: TextScan) -> Trigger? {
        trailingAttribution(agent, modifiers(of: agent, scan), scan)
    }

    /// - Parameter modifiers: `modifiers(of: agent, scan)`.
    private func trailingAttribution(_ agent: Range<Int>, _ modifiers: AgentModifiers, _ scan: TextScan) -> Trigger? {
        // Most agents do not end the sentence: nothing else is read for them.
        guard agent.upperBound == scan.count else { return nil }
        let verb = modifiers.start - 1
        guard verb > 0, (modifiers.before ?? AgentWords.of(verb, scan)).contains(.beliefVerb), scan.startsClause(verb)
        else { return nil }
        return trigger(.research, scan, verb..<agent.upperBound, vague: true)
    }

    /// Where an unnamed agent's phrase starts ("some recent studies"), or nil when the agent
    /// is not the subject of its clause ("a review of 104 studies", "Harvard researchers").
    func unnamedAgentStart(_ agent: Range<Int>, _ scan: TextScan) -> Int? {
        unnamedAgentStart(modifiers(of: agent, scan), scan)
    }

    /// - Parameter modifiers: `modifiers(of: agent, scan)`.
    private func unnamedAgentStart(_ modifiers: AgentModifiers, _ scan: TextScan) -> Int? {
        let start = modifiers.start
        if scan.startsClause(start) { return start }
        return (modifiers.before ?? AgentWords.of(start - 1, scan)).contains(.conjunction) ? start : nil
    }

    /// The agent with its quantifiers and modifiers: "some recent studies", "a number of experts".
    func modifierStart(_ agent: Range<Int>, _ scan: TextScan) -> Int {
        modifiers(of: agent, scan).start
    }

    /// Where the agent's modifiers start (`modifierStart`), and the lists holding the word before
    /// them when the modifiers stop at a word that is none (nil at a clause's start).
    struct AgentModifiers {
        var start: Int
        var before: AgentWords?
    }

    /// `modifierStart` with the word before it. Each word is asked about every list at once by
    /// its key (`AgentWords`), and the word the modifiers stop at is not looked up again for the
    /// readings after them (a conjunction, a verb of saying).
    func modifiers(of agent: Range<Int>, _ scan: TextScan) -> AgentModifiers {
        var start = agent.lowerBound
        let allowsThe = AgentWords.of(agent.upperBound - 1, scan).contains(.collectiveSource)
        while start > 0 && !scan.startsClause(start) {
            let previous = AgentWords.of(start - 1, scan)
            if previous.contains(.agentModifier) || (allowsThe && previous.contains(.the)) {
                start -= 1
            } else {
                return AgentModifiers(start: start, before: previous)
            }
        }
        return AgentModifiers(start: start, before: nil)
    }

    /// "researchers at Harvard", "scientists from the Mayo Clinic": the agent is named (its
    /// words looked up by their keys, as in `modifierStart`).
    func isNamedAfter(_ index: Int, _ scan: TextScan) -> Bool {
        guard scan.isWord(index, in: Self.agentLinks) else { return false }
        let name = scan.isWord(index + 1, in: Self.theWord) ? index + 2 : index + 1
        return scan.isCapitalized(name) && !scan.isWord(name, in: CheckWorthiness.vagueCapitalized)
    }

    /// "research", "evidence", "science", "data": agents that read naturally after `the`.
    static let collectiveSources: WordSet = ["research", "evidence", "science", "data"]

    /// "researchers at", "scientists from": the words that can introduce the agent's name.
    static let agentLinks: WordSet = ["at", "from", "of", "with", "to"]

    /// Single words asked by their keys where a string comparison copied the word out.
    static let theWord: WordSet = ["the"]
    static let peopleWord: WordSet = ["people"]
    static let thatWord: WordSet = ["that"]

    /// Research references: "a 2019 review", "a new study", "the trial found", "has been shown to".
    ///
    /// The words around a reference are asked about every list at once by their keys
    /// (`ResearchWords`), and a word's suffix and a year's length on its key's bytes, not copied
    /// out as strings and compared with each word of a list.
    func researchTriggers(_ scan: TextScan, into found: inout [Trigger]) {
        guard scan.hasMatch(.research) || scan.hasSomewhere(.studyNoun) else { return }
        for match in scan.matches(.research) where !scan.isInEmbeddedQuestion(match.tokenRange.lowerBound) {
            var start = match.tokenRange.lowerBound
            // "has been shown to", "have long been known to"
            // (One comparison rules most matches out: a lookup costs more.)
            if scan.word(start) == "been" && ResearchWords.of(start - 1, scan).contains(.have) { start -= 1 }
            if scan.isNegated(before: start) { continue }
            found.appendTrigger(trigger(.research, scan, start..<match.tokenRange.upperBound))
        }
        for index in 0..<scan.count where scan.has(.studyNoun, at: index) {
            // "more research is needed": a call for research, not a reference.
            if ResearchWords.of(index - 1, scan).contains(.moreResearch) {
                continue
            }
            if scan.isInEmbeddedQuestion(index) { continue }
            var start = index
            // a 2019 review, a new study, one large trial
            var cursor = index - 1
            var modified = false
            while cursor >= 0 && cursor >= index - 4 && !scan.startsClause(cursor + 1) {
                let words = ResearchWords.of(cursor, scan)
                if words.contains(.articleOrOne) {
                    // "a 2019 review", "one study", "in a study of 300 adults"
                    if modified || words.contains(.one) || ResearchWords.of(cursor - 1, scan).contains(.in) {
                        start = cursor
                    }
                    break
                }
                if words.contains(.studyModifier) || scan.isYear(cursor) {
                    modified = true
                } else if !scan.wordHasSuffix(cursor, "-year") && !scan.wordHasSuffix(cursor, "-week") {
                    break
                }
                cursor -= 1
            }
            // the trial found, a review of 104 studies found
            var end = start < index ? index + 1 : nil as Int?
            cursor = index + 1
            while cursor < scan.count && cursor <= index + 8 && !scan.startsClause(cursor) {
                if scan.isWord(cursor, in: CheckWorthiness.findingVerbs) {
                    end = cursor + 1
                    break
                }
                cursor += 1
            }
            if let end { found.appendTrigger(trigger(.research, scan, start..<end)) }
        }
    }

    static let beliefVerbs: WordSet = [
        "believe", "believes", "say", "says", "said", "claim", "claims", "claimed", "swear", "swear by", "think",
        "thinks", "insist", "argue", "argues", "agree", "agrees", "recommend", "recommends", "suggest", "suggests",
    ]

    /// "studies seem to show", "experts tend to agree"
    static let raisingVerbs: WordSet = [
        "seem", "seems", "tend", "tends", "continue", "continues", "appear", "appears",
    ]

    static let agentPrepositions: WordSet = ["in", "on", "of", "from", "among", "involving", "into"]

    static let quantifiers: WordSet = ["many", "some", "most", "several", "numerous", "countless"]

    static let agentModifiers: WordSet = [
        "some", "many", "most", "several", "numerous", "countless", "various", "multiple", "other", "recent", "new",
        "few", "a", "number", "lot", "lots", "of", "growing", "body", "emerging", "leading", "top", "independent",
        "medical", "health", "scientific", "both", "all", "certain", "published", "previous", "earlier",
        "large", "small", "anecdotal", "clinical", "modern", "research", "human", "animal", "observational",
        "laboratory", "lab", "population", "epidemiological", "dozens", "hundreds", "thousands", "most",
    ]

    static let conjunctions: WordSet = [
        "that", "and", "but", "while", "although", "because", "as", "since", "though", "yet", "so", "also", "even",
        "now", "however", "indeed", "still", "where", "when", "which", "whereas", "what",
    ]

    static let attributionFillers: WordSet = [
        "have", "has", "had", "do", "does", "did", "now", "also", "all", "long", "not", "never", "even", "both",
        "seem", "seems", "tend", "tends", "continue", "continues", "appear", "appears", "often", "still", "already",
        "mostly",
        "largely", "generally", "widely", "repeatedly", "consistently", "increasingly", "strongly",
        "overwhelmingly", "recently", "clearly", "actually",
    ]

    static let studyModifiers: WordSet = [
        "new", "recent", "latest", "landmark", "large", "major", "randomized", "randomised", "controlled",
        "clinical", "systematic", "observational", "published", "small", "pilot", "long-term", "peer-reviewed",
        "double-blind", "placebo-controlled", "cochrane", "national", "international", "large-scale",
        "small-scale", "prospective", "retrospective", "cohort", "follow-up", "separate", "similar", "another",
        "previous", "earlier", "recent", "university",
    ]

    static let findingVerbs: WordSet = [
        "found", "finds", "find", "showed", "shows", "show", "suggested", "suggests", "suggest", "reported",
        "reports", "concluded", "concludes", "demonstrated", "demonstrates", "revealed", "reveals", "confirmed",
        "confirms", "indicated", "indicates", "linked", "observed", "noted", "estimated", "estimates", "published",
        "says", "said",
    ]

    static let vagueCapitalized: WordSet = [
        "some", "many", "most", "the", "these", "those", "this", "that", "a", "an", "studies", "research",
        "researchers", "scientists", "experts", "doctors", "evidence", "data", "science", "people", "it", "they",
        "we", "health", "medical", "clinical", "scientific", "leading", "top", "numerous", "various", "multiple",
        "independent", "previous", "recent", "new", "other", "such", "several", "their", "our", "your",
    ]
}

/// What a word is to `CheckWorthiness.researchTriggers`: every list and word it asks a word
/// about, found with one lookup of the word's key instead of a string comparison each.
struct ResearchWords: OptionSet, Sendable {
    let rawValue: UInt8

    /// "has", "have", "had".
    static let have = ResearchWords(rawValue: 1 << 0)
    static let been = ResearchWords(rawValue: 1 << 1)
    /// "more", "further", "future", "additional", "ongoing", "much": a study noun after these is
    /// a call for research.
    static let moreResearch = ResearchWords(rawValue: 1 << 2)
    /// "a", "an", "one".
    static let articleOrOne = ResearchWords(rawValue: 1 << 3)
    static let one = ResearchWords(rawValue: 1 << 4)
    static let `in` = ResearchWords(rawValue: 1 << 5)
    /// `CheckWorthiness.studyModifiers`.
    static let studyModifier = ResearchWords(rawValue: 1 << 6)

    static let haveWords = ["has", "have", "had"]
    static let moreResearchWords = ["more", "further", "future", "additional", "ongoing", "much"]
    static let articleOrOneWords = ["a", "an", "one"]

    private static let lists = WordListBits<ResearchWords>(
        [(CheckWorthiness.studyModifiers, .studyModifier)],
        words: haveWords.map { ($0, .have) } + moreResearchWords.map { ($0, .moreResearch) }
            + articleOrOneWords.map { ($0, .articleOrOne) } + [("been", .been), ("one", .one), ("in", .in)])

    /// The bits of the word at `index` ([] outside the sentence, where `TextScan.word` is "",
    /// which no list holds).
    static func of(_ index: Int, _ scan: TextScan) -> ResearchWords {
        guard index >= 0 && index < scan.count else { return [] }
        return lists.of(index, in: scan.keys)
    }
}

/// What a word is to the unnamed-agent readings of `CheckWorthiness` (`modifiers(of:_:)`, an
/// agent's start and a trailing attribution): every list they ask a word about, found with one
/// lookup of the word's key instead of one per list.
struct AgentWords: OptionSet, Sendable {
    let rawValue: UInt8

    /// `CheckWorthiness.collectiveSources`: "research", "evidence", "science", "data".
    static let collectiveSource = AgentWords(rawValue: 1 << 0)
    /// `CheckWorthiness.agentModifiers`.
    static let agentModifier = AgentWords(rawValue: 1 << 1)
    static let the = AgentWords(rawValue: 1 << 2)
    /// `CheckWorthiness.conjunctions`.
    static let conjunction = AgentWords(rawValue: 1 << 3)
    /// `CheckWorthiness.beliefVerbs`.
    static let beliefVerb = AgentWords(rawValue: 1 << 4)

    private static let lists = WordListBits<AgentWords>(
        [
            (CheckWorthiness.collectiveSources, .collectiveSource), (CheckWorthiness.agentModifiers, .agentModifier),
            (CheckWorthiness.theWord, .the), (CheckWorthiness.conjunctions, .conjunction),
            (CheckWorthiness.beliefVerbs, .beliefVerb),
        ])

    /// The bits of the word at `index` ([] outside the sentence, where `TextScan.word` is "",
    /// which no list holds).
    static func of(_ index: Int, _ scan: TextScan) -> AgentWords {
        guard index >= 0 && index < scan.count else { return [] }
        return lists.of(index, in: scan.keys)
    }
}
