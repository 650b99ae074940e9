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

    /// The roles of each word of a sentence: one table read rules most words out, one lookup
    /// answers for the rest.
    static func roles(of words: [String]) -> [Roles] {
        words.map { word in roleShapes.mayContain(word) ? roleTable[word] ?? [] : [] }
    }

    private static let roleTable: [String: Roles] = {
        var table: [String: Roles] = [:]
        for word in recommendationWords { table[word, default: []].insert(.recommendation) }
        for word in Lexicon.phraseFirstWords { table[word, default: []].insert(.phraseStart) }
        for word in Lexicon.cueWords { table[word, default: []].insert(.cue) }
        return table
    }()

    private static let roleShapes: FirstWordShapes = {
        var shapes = FirstWordShapes()
        for word in roleTable.keys { shapes.insert(word) }
        return shapes
    }()
}
