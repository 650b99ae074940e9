import CopydeskCore

/// The phrase lexicons of the medical-claim checks, with the policy's edits, matched together:
/// one pass over a sentence answers for all of them (`ClaimSentence.found(_:)`).
///
/// Each check asks about every sentence with one or two lexicons, about ten per sentence in all;
/// read once per lexicon, a sentence's words were looked up ten times. The lists share one
/// `PhraseLexicons`, and each gets what its own `PhraseMatcher` would give it.
struct ClaimLexicons: Sendable {
    enum List: Int, CaseIterable {
        case absoluteSafety, animalEvidence, experimental, cureAll, cureAllScopes, guarantee, guaranteeContexts
        case miracle, observational, causal, quickFix, quickFixTimes, replacesCare, consult, conditions
        /// The words a cure claim starts at (`CureClaims.formWords(of:)` of the policy's cure verbs).
        case cureForms
    }

    let lexicons: PhraseLexicons
    /// `lexicons.identity`, kept: every check asks every sentence about a list (`ClaimSentence.mayHold`).
    let identity: ObjectIdentifier
    /// Each list's entries and, matched with them, its exceptions (matches of an exception are
    /// dropped, see `ClaimPhrases`).
    let phrases: [[String]]
    let exceptions: [[String]]
    /// Whether the `cureForms` list matches a sentence exactly when one of its words is one of
    /// `CureClaims.formWords`: each is one word as the tokenizer reads it, with no `*`.
    let matchesCureForms: Bool

    /// The lexicons of a policy; checks of policies with the same lexicon edits share them (and
    /// so the matches found in a sentence they share).
    init(policy: Policy) {
        let key = Key(
            settings: policy.checks.medicalClaims.common,
            citations: ClaimReader.sharesScan(under: policy) ? policy.checks.citations.common : nil)
        self = Self.built.value(for: key) { ClaimLexicons(settings: key.settings, citations: key.citations) }
    }

    /// The medical-claim lexicon settings, and the citation lexicon settings when the lists are
    /// joined with the check-worthiness detector's.
    private struct Key: Equatable {
        var settings: GroupSettings
        var citations: GroupSettings?
    }

    private static let built = ProcessMemo<Key, ClaimLexicons>()

    /// The lists as the phrase index holds them: each list's entries, then its exceptions.
    /// (Made when asked for: a field more was retained and released at every copy of the
    /// lexicons, which the checks copy for every sentence they ask about.)
    var lists: [[String]] { zip(phrases, exceptions).map { $0 + $1 } }
    /// The number of `lexicons`' lists before these (list `n` is `lexicons`' list `listBase + n`).
    let listBase: Int

    /// - Parameter citations: when given, `lexicons` is the check-worthiness detector's index
    ///   for these citation settings joined with these lists (`CheckWorthiness.joinedIndex`):
    ///   the citation checks' detector, reading every sentence, finds the matches of both.
    private init(settings: GroupSettings, citations: GroupSettings?) {
        var phrases: [[String]] = []
        var exceptions: [[String]] = []
        for list in List.allCases {
            let (entries, excepted) = Self.lists(list, settings)
            phrases.append(entries)
            exceptions.append(excepted)
        }
        self.phrases = phrases
        self.exceptions = exceptions
        matchesCureForms = phrases[List.cureForms.rawValue].allSatisfy { word in
            let tokens = Words.tokens(in: word)
            return !word.utf8.contains(UInt8(ascii: "*")) && tokens.count == 1 && Words.folded(tokens[0].text) == word
        }
        let lists = zip(phrases, exceptions).map { $0 + $1 }
        if let citations {
            lexicons = CheckWorthiness.joinedIndex(lexicons: .init(settings: citations), companion: lists)
            listBase = CheckWorthiness.listCount
        } else {
            lexicons = PhraseLexicons(lists)
            listBase = 0
        }
        identity = lexicons.identity
    }

    /// A list's entries and exceptions, by their policy names.
    private static func lists(_ list: List, _ settings: GroupSettings) -> ([String], [String]) {
        func lexicon(_ name: String, _ builtIn: [String]) -> [String] { settings.lexicon(name, builtIn) }
        switch list {
        case .absoluteSafety:
            return (
                lexicon("absolute-safety", MedicalLexicon.absoluteSafety),
                lexicon("absolute-safety-exceptions", MedicalLexicon.absoluteSafetyExceptions)
            )
        case .animalEvidence: return (lexicon("animal-evidence", MedicalLexicon.animalEvidence), [])
        case .experimental: return (lexicon("experimental", MedicalLexicon.experimentalEvidence), [])
        case .cureAll: return (lexicon("cure-all", MedicalLexicon.cureAll), [])
        case .cureAllScopes: return (lexicon("cure-all-scopes", MedicalLexicon.cureAllScopes), [])
        case .guarantee: return (lexicon("guarantee", MedicalLexicon.guarantee), [])
        case .guaranteeContexts: return (lexicon("guarantee-contexts", MedicalLexicon.guaranteeContexts), [])
        case .miracle:
            return (
                lexicon("miracle", MedicalLexicon.miracle),
                lexicon("miracle-exceptions", MedicalLexicon.miracleExceptions)
            )
        case .observational: return (lexicon("observational", MedicalLexicon.observationalEvidence), [])
        case .causal: return (lexicon("causal-verbs", MedicalLexicon.causalVerbs) + ["cures", "cure"], [])
        case .quickFix: return (lexicon("quick-fix", MedicalLexicon.quickFix), [])
        case .quickFixTimes: return (lexicon("quick-fix-times", MedicalLexicon.quickFixTimes), [])
        case .replacesCare: return (lexicon("replaces-care", MedicalLexicon.replacesCare), [])
        case .consult: return (lexicon("consult", MedicalLexicon.consultAdvice), [])
        case .conditions: return (lexicon("conditions", MedicalLexicon.conditions), [])
        case .cureForms: return (CureClaims.formWords(of: lexicon("cure-verbs", MedicalLexicon.cureVerbs)), [])
        }
    }

    /// The matches of every list in a sentence's words (`lexicons.found(keys:)` without the
    /// matches of the lists before `listBase`, which no medical-claim check asks about).
    func found(keys: WordKeys) -> [PhraseLexicons.Found] {
        listBase == 0 ? lexicons.found(keys: keys) : lexicons.found(keys: keys, splitAt: listBase).after
    }

    /// `list`'s matches in the sentence (exceptions included), from the matches of every list
    /// found once for it.
    func matches(_ list: List, in sentence: ClaimSentence) -> [PhraseMatcher.Match] {
        guard sentence.mayHold(list, of: self) else { return [] }
        return lexicons.matches(listBase + list.rawValue, in: sentence.found(lexicons).found, tokens: sentence.tokens)
    }
}
