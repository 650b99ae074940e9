extension NegationScope {
    /// What a word can be to the scope, found with one lookup: most words are none of these.
    struct Roles: OptionSet, Sendable {
        let rawValue: UInt8

        /// A negation cue or an emphatic not-cue can start here (`isCue` decides).
        static let cueStart = Roles(rawValue: 1 << 0)
        /// `sentenceWideCues`.
        static let sentenceWide = Roles(rawValue: 1 << 1)
        /// `clauseOpeners`.
        static let clauseOpener = Roles(rawValue: 1 << 2)
        /// `and`, `or`, `so`, `then`: a new clause after them when a subject pronoun follows.
        static let conjunction = Roles(rawValue: 1 << 3)
    }

    /// The roles of the words, by the keys read with their sentence.
    static let wordRoles: WordRoles<Roles> = {
        var roles = WordRoles<Roles>()
        roles.add(firstWords, as: .cueStart)
        roles.add(sentenceWideCues, as: .sentenceWide)
        roles.add(clauseOpeners, as: .clauseOpener)
        roles.add(["and", "or", "so", "then"], as: .conjunction)
        return roles
    }()
}
