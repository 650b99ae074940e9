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
        /// "in", "by" (`CheckWorthiness.byIn`): they start a statistic only before "half", a
        /// `statisticStart` word, so the statistic loop passes them by when the next word is none.
        static let byIn = Roles(rawValue: 1 << 10)
        /// `TextScan.embeddingWords`: "whether", "if". A sentence without one has no embedded
        /// question, which `TextScan.isInEmbeddedQuestion` then answers without walking back.
        static let embedding = Roles(rawValue: 1 << 11)
        /// `CheckWorthiness.durationStarts`: "within", "in", "after", "overnight". A sentence
        /// with an outcome word is looked through for them with one bit read a word, not a
        /// set lookup (`durationWithOutcome`).
        static let durationStart = Roles(rawValue: 1 << 12)
    }

    /// The roles of words, for one detector's study nouns.
    struct RoleIndex: Sendable {
        private var wordRoles = WordRoles<Roles>()
        /// The FNV-1a hashes of the words with a role that are ASCII, or nil when a word with a
        /// role may equal an ASCII word written with other bytes (see `WordTable`): an ASCII word
        /// whose hash is not among them has no role, and is not looked up.
        private let hashes: WordHashBits?

        init(studyNouns: WordSet, imperatives: WordSet) {
            let lists: [(words: WordSet, role: Roles)] =
                [
                    (CheckWorthiness.hedges, .hedge), (studyNouns, .studyNoun), (imperatives, .imperative),
                    (CheckWorthiness.subordinators, .subordinator), (CheckWorthiness.quantifiers, .quantifier),
                    (CheckWorthiness.outcomes, .outcome), (CheckWorthiness.statisticWords, .statisticStart),
                    (CheckWorthiness.byIn, .byIn), (TextScan.embeddingWords, .embedding),
                    (CheckWorthiness.durationStarts, .durationStart),
                ] + ClaimStrengthScan.roleLists
            for (words, role) in lists { wordRoles.add(words, as: role) }
            hashes = wordRoles.asciiHashBits()
        }

        /// The roles of each word.
        ///
        /// An ASCII word's key holds the FNV-1a hash of its lowercased bytes, the bytes the table
        /// compares with its words': a word whose hash no ASCII word with a role has is found in
        /// none of the lists (and no other word can equal it while `hashes` is kept). Most words
        /// of a sentence are ruled out so, with one bit read instead of a table lookup.
        func roles(of words: WordKeys) -> [Roles] {
            guard hashes != nil else { return wordRoles.roles(of: words) }
            return [Roles](unsafeUninitializedCapacity: words.count) { table, count in
                table.initialize(repeating: [])
                fillRoles(of: words, into: table, at: 0)
                count = words.count
            }
        }

        /// The roles of every word of `texts`, sentence after sentence, in one table
        /// (`RoleRun(table, offset:count:)` gives a sentence's), and in `unions[i]` (one a text)
        /// the union of the roles of `texts[i]`'s words, found with them: a verdict's `allRoles`,
        /// which the scan otherwise worked out again by reading every word's roles.
        func roleTable(of texts: UnsafeBufferPointer<SentenceText>, unions: UnsafeMutableBufferPointer<Roles>)
            -> [Roles]
        {
            precondition(unions.count == texts.count)
            var words = 0
            for index in texts.indices { words += texts[index].keys.count }
            guard hashes != nil else {
                var table: [Roles] = []
                table.reserveCapacity(words)
                for index in texts.indices {
                    let roles = wordRoles.roles(of: texts[index].keys)
                    unions[index] = roles.reduce(into: []) { $0.formUnion($1) }
                    table += roles
                }
                return table
            }
            // Every word's roles cleared at once, then the few words the hash filter lets
            // through looked up: most words of a sentence have no role, and were each appended
            // one by one, the filter's bit read through the array's bounds tests.
            return [Roles](unsafeUninitializedCapacity: words) { table, count in
                table.initialize(repeating: [])
                var offset = 0
                for index in texts.indices {
                    unions[index] = fillRoles(of: texts[index].keys, into: table, at: offset)
                    offset += texts[index].keys.count
                }
                count = words
            }
        }

        /// Sets `table[offset + index]` to the roles of each word of `words` that may have one
        /// (`table` holds none there): a word that is not ASCII, or whose hash's bit is set.
        /// - Returns: the union of the words' roles (the words passed over have none).
        @inline(__always)
        @discardableResult
        private func fillRoles(of words: WordKeys, into table: UnsafeMutableBufferPointer<Roles>, at offset: Int)
            -> Roles
        {
            guard let hashes else { preconditionFailure("the hash filter is kept") }
            precondition(offset >= 0 && offset + words.count <= table.count)
            var all: Roles = []
            var index = 0
            while true {
                index = hashes.firstMayContain(words, from: index, to: words.count)
                guard index < words.count else { return all }
                let roles = wordRoles.roles(at: index, in: words)
                table[offset &+ index] = roles
                all.formUnion(roles)
                index &+= 1
            }
        }

        /// The roles of each word found by its string, without the hash filter (what `roles(of:)`
        /// must give).
        func roles(of words: some Collection<String>) -> [Roles] {
            wordRoles.roles(of: words)
        }

        /// Whether `roles(of:)` rules words out by their hashes.
        var filtersByHash: Bool { hashes != nil }
    }
}

extension CheckWorthiness {
    /// One sentence's word roles: a run of a table that may hold a whole article's. An article's
    /// verdicts share one table (`verdicts(in:)`): an array for each sentence cost an allocation
    /// to fill and a release to free, sentence after sentence, for the verdicts' whole life.
    struct RoleRun: RandomAccessCollection, Sendable {
        typealias Indices = Range<Int>

        private let table: [Roles]
        private let offset: Int
        let count: Int

        /// No roles.
        init() {
            table = []
            offset = 0
            count = 0
        }

        /// The roles of a sentence's words, in an array of their own.
        init(_ roles: [Roles]) {
            table = roles
            offset = 0
            count = roles.count
        }

        /// The `count` roles of `table` from `offset`.
        init(_ table: [Roles], offset: Int, count: Int) {
            precondition(offset >= 0 && count >= 0 && offset + count <= table.count)
            self.table = table
            self.offset = offset
            self.count = count
        }

        var startIndex: Int { 0 }
        var endIndex: Int { count }
        var indices: Range<Int> { 0..<count }

        /// The roles of word `index` (`0 <= index < count`).
        @inline(__always)
        subscript(index: Int) -> Roles {
            assert(index >= 0 && index < count)
            return table[offset &+ index]
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

    /// Whether the sentence's bytes hold an ASCII digit (every token written with digits opens
    /// with one).
    @inline(__always)
    func holdsDigit() -> Bool {
        bytes.withUnsafeBufferPointer(TextScan.hasDigit)
    }

    /// Whether one of `bytes` is an ASCII digit: sixteen bytes compared at a time, the last
    /// sixteen read again for the rest (a shorter run byte by byte).
    static func hasDigit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let start = bytes.baseAddress else { return false }
        let count = bytes.count
        guard count >= 16 else {
            for byte in bytes where byte &- UInt8(ascii: "0") < 10 { return true }
            return false
        }
        let raw = UnsafeRawPointer(start)
        var offset = 0
        while offset &+ 16 <= count {
            if anyDigit(raw.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self)) { return true }
            offset &+= 16
        }
        return offset < count && anyDigit(raw.loadUnaligned(fromByteOffset: count &- 16, as: SIMD16<UInt8>.self))
    }

    /// Whether a lane of `chunk` is an ASCII digit, in lane arithmetic only (a comparison's mask
    /// compiled to a loop over the lanes): a lane `d` above the digit `0` is a digit when it is
    /// below 10, that is when neither `d` nor `d + 0x76` has its top bit set; the flags are then
    /// read as two words.
    @inline(__always)
    private static func anyDigit(_ chunk: SIMD16<UInt8>) -> Bool {
        let above = chunk &- SIMD16(repeating: UInt8(ascii: "0"))
        let flags = ~(above | (above &+ SIMD16(repeating: 0x76))) & SIMD16(repeating: 0x80)
        let halves = unsafeBitCast(flags, to: SIMD2<UInt64>.self)
        return halves[0] | halves[1] != 0
    }

    /// The first word from `start` that is written with digits (`isDigits`) or has `role`
    /// (`has(_:at:)`), or `count`: the tokens and bytes read in place, and the roles only in
    /// a sentence where some word has the role.
    func firstDigitsOrRole(_ role: CheckWorthiness.Roles, from start: Int) -> Int {
        let readsRoles = hasSomewhere(role)
        let roleCount = roles.count
        return tokens.withUnsafeBufferPointer { tokens in
            bytes.withUnsafeBufferPointer { bytes in
                var index = max(start, 0)
                while index < tokens.count {
                    if bytes[tokens[index].range.lowerBound] &- UInt8(ascii: "0") < 10 { return index }
                    if readsRoles && index < roleCount && roles[index].contains(role) { return index }
                    index += 1
                }
                return tokens.count
            }
        }
    }

}
