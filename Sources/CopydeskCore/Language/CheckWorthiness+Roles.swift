extension CheckWorthiness {
    /// What a word is to the detectors that read every word of a sentence, found with one
    /// lookup per word instead of one per detector: most words are none of these.
    struct Roles: OptionSet, Sendable {
        let rawValue: UInt8

        /// `hedges`: a modal verb of possibility or a hedging adverb.
        static let hedge = Roles(rawValue: 1 << 0)
        /// The lexicons' study nouns.
        static let studyNoun = Roles(rawValue: 1 << 1)
        /// `quantifiers`: "many", "some".
        static let quantifier = Roles(rawValue: 1 << 2)
        /// `outcomes`: "effects", "relief".
        static let outcome = Roles(rawValue: 1 << 3)
        /// A word other than digits that can start a statistic (`statisticWords`).
        static let statisticStart = Roles(rawValue: 1 << 4)
    }

    /// The roles of words, for one detector's study nouns.
    struct RoleIndex: Sendable {
        private var table: [String: Roles] = [:]
        private var shapes = FirstWordShapes()

        init(studyNouns: WordSet) {
            let sets: [(WordSet, Roles)] = [
                (CheckWorthiness.hedges, .hedge), (studyNouns, .studyNoun), (CheckWorthiness.quantifiers, .quantifier),
                (CheckWorthiness.outcomes, .outcome), (CheckWorthiness.statisticWords, .statisticStart),
            ]
            for (words, role) in sets {
                for word in words { table[word, default: []].insert(role) }
            }
            for word in table.keys { shapes.insert(word) }
        }

        /// The roles of each word: one table read rules most words out, one lookup answers for the rest.
        func roles(of words: [String]) -> [Roles] {
            words.map { word in shapes.mayContain(word) ? table[word] ?? [] : [] }
        }
    }
}

extension TextScan {
    /// Whether the word at `index` has `role` (false outside the sentence, as for `word(_:)`'s "").
    @inline(__always)
    func has(_ role: CheckWorthiness.Roles, at index: Int) -> Bool {
        index >= 0 && index < roles.count && roles[index].contains(role)
    }
}
