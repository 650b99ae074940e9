extension ClaimStrengthScan {
    /// What a word can be to the scan, found with one lookup: most words are none of these.
    /// Its roles are `recommendation`, `phraseStart` and `cue`, bits of the check-worthiness
    /// detector's roles, so the detector finds them with its own (see `CheckWorthiness.Verdict.roles`).
    typealias Roles = CheckWorthiness.Roles

    /// The roles of the words a cue can start at (besides a hyphenated word, see `cue(at:)`).
    static let cueStarts = Roles(rawValue: Roles.phraseStart.rawValue | Roles.cue.rawValue)

    /// The roles of each word of a sentence.
    static func roles(of words: SentenceWords) -> [Roles] {
        wordRoles.roles(of: words)
    }

    /// `roles(of: keys.words)`, each word found by its key.
    static func roles(of keys: WordKeys) -> [Roles] {
        wordRoles.roles(of: keys)
    }

    /// The scan's word lists and the role each gives its words (in the scan's own table, and
    /// in the check-worthiness detector's).
    static let roleLists: [(words: WordSet, role: Roles)] = [
        (recommendationWords, .recommendation), (Lexicon.phraseFirstWords, .phraseStart), (Lexicon.cueWords, .cue),
    ]

    private static let wordRoles: WordRoles<Roles> = {
        var roles = WordRoles<Roles>()
        for (words, role) in roleLists { roles.add(words, as: role) }
        return roles
    }()
}
