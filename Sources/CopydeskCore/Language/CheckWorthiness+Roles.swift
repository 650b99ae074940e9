extension CheckWorthiness {
    /// What a word is to the detectors that read every word of a sentence, found with one
    /// lookup per word instead of one per detector: most words are none of these.
    struct Roles: OptionSet, Sendable {
        let rawValue: UInt16

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

        // The claim-strength scan's roles (`ClaimStrengthScan.Roles` is this type): the detector
        // finds them in the same lookup as its own, and its verdict hands them to the claim
        // ledger's classifier, which would otherwise look every word up again.
        /// It can start a recommendation (see `ClaimStrengthScan.recommendationIndex`).
        static let recommendation = Roles(rawValue: 1 << 5)
        /// It starts a multi-word cue of the claim-strength lexicon.
        static let phraseStart = Roles(rawValue: 1 << 6)
        /// It is a cue word of the claim-strength lexicon as written (`ClaimStrengthLexicon.cueWords`).
        static let cue = Roles(rawValue: 1 << 7)

        // What `exclusion` asks of a sentence's first words.
        /// One of the detector's imperatives (`CheckWorthiness.imperatives`).
        static let imperative = Roles(rawValue: 1 << 8)
        /// `subordinators`: "if", "when".
        static let subordinator = Roles(rawValue: 1 << 9)
    }

    /// The roles of words, for one detector's study nouns.
    struct RoleIndex: Sendable {
        private var wordRoles = WordRoles<Roles>()

        init(studyNouns: WordSet, imperatives: WordSet) {
            wordRoles.add(CheckWorthiness.hedges, as: .hedge)
            wordRoles.add(studyNouns, as: .studyNoun)
            wordRoles.add(imperatives, as: .imperative)
            wordRoles.add(CheckWorthiness.subordinators, as: .subordinator)
            wordRoles.add(CheckWorthiness.quantifiers, as: .quantifier)
            wordRoles.add(CheckWorthiness.outcomes, as: .outcome)
            wordRoles.add(CheckWorthiness.statisticWords, as: .statisticStart)
            ClaimStrengthScan.addRoles(to: &wordRoles)
        }

        /// The roles of each word.
        func roles(of words: WordKeys) -> [Roles] {
            wordRoles.roles(of: words)
        }
    }
}

extension TextScan {
    /// Whether the word at `index` has `role` (false outside the sentence, as for `word(_:)`'s "").
    @inline(__always)
    func has(_ role: CheckWorthiness.Roles, at index: Int) -> Bool {
        index >= 0 && index < roles.count && roles[index].contains(role)
    }

    /// Whether some word of the sentence has `role` (false until the detector fills `roles`).
    @inline(__always)
    func hasSomewhere(_ role: CheckWorthiness.Roles) -> Bool {
        allRoles.contains(role)
    }

    /// Whether some token is written with digits (`isDigits`).
    func hasDigits() -> Bool {
        tokens.contains { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[$0.range.lowerBound]) }
    }
}
