import CopydeskCore

/// The phrase lexicons of the medical-claim checks, with the policy's edits, matched together:
/// one pass over a sentence answers for all of them (`ClaimSentence.found(_:)`).
///
/// Each check asks about every sentence with one or two lexicons, about ten per sentence in all;
/// read once per lexicon, a sentence's words were looked up ten times. The lists are lists of
/// the policy's `SentencePhrases`, whose one pass over each sentence finds every reader's
/// matches, and each gets what its own `PhraseMatcher` would give it.
struct ClaimLexicons: Sendable {
    /// The lists, numbered as `MedicalLexicon.List` numbers them (an enum of this module: the
    /// checks read a list's number inline, not through a call into the other module).
    enum List: Int, CaseIterable {
        case absoluteSafety, animalEvidence, experimental, cureAll, cureAllScopes, guarantee, guaranteeContexts
        case miracle, observational, causal, quickFix, quickFixTimes, replacesCare, consult, conditions
        /// The words a cure claim starts at (`MedicalLexicon.cureFormWords(of:)` of the policy's cure verbs).
        case cureForms
    }

    /// The index the lists are matched with: the policy's, of every reader's lists
    /// (`SentencePhrases.of(_:)`), in which list `n` is list `listBase + n`.
    let lexicons: PhraseLexicons
    /// `lexicons.identity`, kept: every check asks every sentence about a list (`ClaimSentence.mayHold`).
    let identity: ObjectIdentifier
    let index: SentencePhrases
    /// The number of the index's lists before these (the check-worthiness detector's).
    let listBase: Int
    /// Whether the `cureForms` list matches a sentence exactly when one of its words is one of
    /// the policy's cure verbs' forms: each is one word as the tokenizer reads it, with no `*`.
    let matchesCureForms: Bool

    /// Each list's entries and, matched with them, its exceptions (matches of an exception are
    /// dropped, see `ClaimPhrases`), indexed by `List`.
    var phrases: [[String]] { index.medicalPhrases }
    var exceptions: [[String]] { index.medicalExceptions }

    /// The lexicons of a policy; checks of policies with the same lexicon edits share them (and
    /// so the matches found in a sentence they share).
    init(policy: Policy) {
        let phrases = SentencePhrases.of(policy)
        self = Self.built.value(for: phrases.lexicons.identity) { ClaimLexicons(phrases) }
    }

    /// The lexicons by their index's identity (an index is held by the entry while it lives).
    private static let built = ProcessMemo<ObjectIdentifier, ClaimLexicons>()

    private init(_ phrases: SentencePhrases) {
        index = phrases
        lexicons = phrases.lexicons
        identity = lexicons.identity
        listBase = phrases.medicalBase
        matchesCureForms = phrases.medicalPhrases[List.cureForms.rawValue].allSatisfy { word in
            let tokens = Words.tokens(in: word)
            return !word.utf8.contains(UInt8(ascii: "*")) && tokens.count == 1 && Words.folded(tokens[0].text) == word
        }
    }

    /// The matches of every list in a sentence's words (`SentencePhrases.Matches.medical(_:)`).
    func found(keys: WordKeys) -> ArraySlice<PhraseLexicons.Found> {
        index.found(keys: keys).medical(0)
    }

    /// `list`'s matches in the sentence (exceptions included), from the matches of every list
    /// found once for it.
    func matches(_ list: List, in sentence: ClaimSentence) -> [PhraseMatcher.Match] {
        guard sentence.mayHold(list, of: self) else { return [] }
        return lexicons.matches(listBase + list.rawValue, in: sentence.found(lexicons).found, tokens: sentence.tokens)
    }
}
