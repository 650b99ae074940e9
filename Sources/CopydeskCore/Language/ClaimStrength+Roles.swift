extension ClaimStrengthScan {
    /// What a word can be to the scan, found with one lookup: most words are none of these.
    /// Its roles are `recommendation`, `phraseStart` and `cue`, bits of the check-worthiness
    /// detector's roles, so the detector finds them with its own (see `CheckWorthiness.Verdict.roles`).
    typealias Roles = CheckWorthiness.Roles

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

    /// Gives the scan's words their roles in `roles` (the scan's own table, or the check-worthiness detector's).
    static func addRoles(to roles: inout WordRoles<Roles>) {
        roles.add(recommendationWords, as: .recommendation)
        roles.add(Lexicon.phraseFirstWords, as: .phraseStart)
        roles.add(Lexicon.cueWords, as: .cue)
    }

    private static let wordRoles: WordRoles<Roles> = {
        var roles = WordRoles<Roles>()
        addRoles(to: &roles)
        return roles
    }()
}
