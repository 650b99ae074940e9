extension MedicalLexicon {
    /// The phrase lists the medical-claim checks match over every sentence, numbered as they
    /// are in `SentencePhrases`' index after the check-worthiness detector's.
    package enum List: Int, CaseIterable, Sendable {
        case absoluteSafety, animalEvidence, experimental, cureAll, cureAllScopes, guarantee, guaranteeContexts
        case miracle, observational, causal, quickFix, quickFixTimes, replacesCare, consult, conditions
        /// The words a cure claim starts at (`cureFormWords(of:)` of the policy's cure verbs).
        case cureForms
    }

    /// Each list's entries and its exceptions (matches of an exception are dropped by the
    /// checks) with a policy's medical-claim lexicon edits, indexed by `List`.
    package static func lists(_ settings: GroupSettings) -> (phrases: [[String]], exceptions: [[String]]) {
        var phrases: [[String]] = []
        var exceptions: [[String]] = []
        for list in List.allCases {
            let (entries, excepted) = lists(list, settings)
            phrases.append(entries)
            exceptions.append(excepted)
        }
        return (phrases, exceptions)
    }

    /// A list's entries and exceptions, by their policy names. Each built-in list holds no entry
    /// twice: without an edit it is its own lexicon (`GroupSettings.lexicon(_:distinct:)`).
    private static func lists(_ list: List, _ settings: GroupSettings) -> ([String], [String]) {
        func lexicon(_ name: String, _ builtIn: [String]) -> [String] {
            settings.lexicon(name, distinct: builtIn)
        }
        switch list {
        case .absoluteSafety:
            return (
                lexicon("absolute-safety", absoluteSafety),
                lexicon("absolute-safety-exceptions", absoluteSafetyExceptions)
            )
        case .animalEvidence: return (lexicon("animal-evidence", animalEvidence), [])
        case .experimental: return (lexicon("experimental", experimentalEvidence), [])
        case .cureAll: return (lexicon("cure-all", cureAll), [])
        case .cureAllScopes: return (lexicon("cure-all-scopes", cureAllScopes), [])
        case .guarantee: return (lexicon("guarantee", guarantee), [])
        case .guaranteeContexts: return (lexicon("guarantee-contexts", guaranteeContexts), [])
        case .miracle: return (lexicon("miracle", miracle), lexicon("miracle-exceptions", miracleExceptions))
        case .observational: return (lexicon("observational", observationalEvidence), [])
        case .causal: return (lexicon("causal-verbs", causalVerbs) + ["cures", "cure"], [])
        case .quickFix: return (lexicon("quick-fix", quickFix), [])
        case .quickFixTimes: return (lexicon("quick-fix-times", quickFixTimes), [])
        case .replacesCare: return (lexicon("replaces-care", replacesCare), [])
        case .consult: return (lexicon("consult", consultAdvice), [])
        case .conditions: return (lexicon("conditions", conditions), [])
        case .cureForms: return (cureFormWords(of: lexicon("cure-verbs", cureVerbs)), [])
        }
    }

    /// The words a claim of the cure verbs starts at, sorted: each verb's first word, its third
    /// person, `cured` and `healed` for `cure` and `heal`, and `remedy` and `remedies`.
    package static func cureFormWords(of verbs: [String]) -> [String] {
        var words: Set<String> = ["remedy", "remedies"]
        for verb in verbs {
            guard let head = verb.lowercased().split(separator: " ").first.map(String.init) else { continue }
            words.insert(head)
            words.insert(thirdPerson(head))
            if head == "cure" || head == "heal" { words.insert(head + (head.hasSuffix("e") ? "d" : "ed")) }
        }
        return words.sorted()
    }

    /// A verb's third person singular: `cures`, `relieves`, `fixes`.
    package static func thirdPerson(_ verb: String) -> String {
        if verb.hasSuffix("s") || verb.hasSuffix("sh") || verb.hasSuffix("ch") || verb.hasSuffix("x") {
            return verb + "es"
        }
        return verb + "s"
    }
}
