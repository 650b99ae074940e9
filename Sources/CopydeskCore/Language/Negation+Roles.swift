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

    /// The roles of each word: one table read rules most words out, one lookup answers for the rest.
    static func roles(of words: [String]) -> [Roles] {
        words.map { word in roleShapes.mayContain(word) ? roleTable[word] ?? [] : [] }
    }

    private static let roleTable: [String: Roles] = {
        var table: [String: Roles] = [:]
        for word in firstWords { table[word, default: []].insert(.cueStart) }
        for word in sentenceWideCues { table[word, default: []].insert(.sentenceWide) }
        for word in clauseOpeners { table[word, default: []].insert(.clauseOpener) }
        for word in ["and", "or", "so", "then"] { table[word, default: []].insert(.conjunction) }
        return table
    }()

    private static let roleShapes: FirstWordShapes = {
        var shapes = FirstWordShapes()
        for word in roleTable.keys { shapes.insert(word) }
        return shapes
    }()
}
