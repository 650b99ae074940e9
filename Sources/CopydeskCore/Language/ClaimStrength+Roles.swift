extension ClaimStrengthScan {
    /// What a word can be to the scan, found with one lookup: most words are none of these.
    struct Roles: OptionSet, Sendable {
        let rawValue: UInt8

        /// It can start a recommendation (see `recommendationIndex`).
        static let recommendation = Roles(rawValue: 1 << 0)
        /// It starts a multi-word cue.
        static let phraseStart = Roles(rawValue: 1 << 1)
        /// It is a cue word as written (`ClaimStrengthLexicon.cueWords`).
        static let cue = Roles(rawValue: 1 << 2)
    }

    /// The roles of the words a cue can start at (besides a hyphenated word, see `cue(at:)`).
    static let cueStarts = Roles(rawValue: Roles.phraseStart.rawValue | Roles.cue.rawValue)

    /// The roles of each word of a sentence.
    static func roles(of words: [String]) -> [Roles] {
        wordRoles.roles(of: words)
    }

    /// `roles(of: keys.words)`, each word found by its key.
    static func roles(of keys: WordKeys) -> [Roles] {
        wordRoles.roles(of: keys)
    }

    private static let wordRoles: WordRoles<Roles> = {
        var roles = WordRoles<Roles>()
        roles.add(recommendationWords, as: .recommendation)
        roles.add(Lexicon.phraseFirstWords, as: .phraseStart)
        roles.add(Lexicon.cueWords, as: .cue)
        return roles
    }()
}
