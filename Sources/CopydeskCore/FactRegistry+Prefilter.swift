/// Which entries of a fact registry a sentence may match, from its words alone, so the matcher
/// reads only those: every sentence of a claim is tested against the whole registry, and most
/// entries share no word with it.
///
/// A phrase can only match where its first word is, and a group of terms only where the first
/// word of one of its variants is. So an entry's phrases may match when the sentence holds the
/// first word of one of them (a phrase starting with a wildcard or a prefix is always tried),
/// and its groups when every group has a variant whose first word the sentence holds: an exact
/// word by equality, a prefix (`vaccin*`) by `hasPrefix`, as `FactRegistryMatcher.Word` matches.
/// The words are looked up once per sentence (each exact first word names the groups and
/// entries it starts), and each prefix is tried at most once per sentence.
struct FactRegistryPrefilter: Sendable {
    /// A class: each sentence's `Candidates` holds it with one reference.
    fileprivate final class Tables: Sendable {
        /// The exact first words, numbered (equal words share a number, as in a `[String: Int]`).
        let firstWords: WordTable
        /// By first word's number: the groups (numbered across the registry) with a variant that
        /// starts with it, and the entries with a phrase that does (flat lists, no array per element).
        let groupsOfWord: FlatLists
        let entriesOfWord: FlatLists
        /// Per group: the numbers of the prefixes its variants start with.
        let groupStems: FlatLists
        /// The distinct prefixes, numbered, and the first byte of each (0xFF when it has none or
        /// it is not ASCII: such a prefix is compared with every word).
        let stems: [String]
        let stemFirstBytes: [UInt8]
        /// Per entry: the numbers of its groups.
        let entryGroups: [Range<Int>]
        /// Per entry: whether it has phrases, and whether one starts with a wildcard or a prefix.
        let hasPhrases: [Bool]
        let phrasesAlwaysTried: [Bool]

        init(
            firstWords: WordTable, groupsOfWord: FlatLists, entriesOfWord: FlatLists, groupStems: FlatLists,
            stems: [String], entryGroups: [Range<Int>], hasPhrases: [Bool], phrasesAlwaysTried: [Bool]
        ) {
            self.firstWords = firstWords
            self.groupsOfWord = groupsOfWord
            self.entriesOfWord = entriesOfWord
            self.groupStems = groupStems
            self.stems = stems
            stemFirstBytes = stems.map { stem in stem.utf8.first.flatMap { $0 < 0x80 ? $0 : nil } ?? 0xFF }
            self.entryGroups = entryGroups
            self.hasPhrases = hasPhrases
            self.phrasesAlwaysTried = phrasesAlwaysTried
        }
    }

    private let tables: Tables

    /// `phrases[i]` and `groups[i]`: entry `i`'s phrases and term groups (variants of words).
    init(phrases: [[String]], groups: [[[[FactRegistryMatcher.Word]]]]) {
        var firstWords = WordTable(filtered: false)
        var groupsOfWord: [[Int]] = []
        var entriesOfWord: [[Int]] = []
        func number(of word: String) -> Int {
            let (number, isNew) = firstWords.insert(word)
            if isNew {
                groupsOfWord.append([])
                entriesOfWord.append([])
            }
            return number
        }
        var stemNumbers: [String: Int] = [:]
        var groupStems: [[Int]] = []
        var entryGroups: [Range<Int>] = []
        var phrasesAlwaysTried: [Bool] = []
        for (entry, entryPhrases) in phrases.enumerated() {
            var always = false
            for phrase in entryPhrases {
                switch LexiconWord.words(of: phrase).first {
                case .exact(let word): entriesOfWord[number(of: word)].append(entry)
                case .prefix, .any: always = true
                case nil: continue
                }
            }
            phrasesAlwaysTried.append(always)
            let first = groupStems.count
            for group in groups[entry] {
                let groupNumber = groupStems.count
                var stems: [Int] = []
                for variant in group {
                    switch variant[0] {
                    case .exact(let word): groupsOfWord[number(of: word)].append(groupNumber)
                    case .prefix(let stem):
                        if stemNumbers[stem] == nil { stemNumbers[stem] = stemNumbers.count }
                        stems.append(stemNumbers[stem]!)
                    }
                }
                groupStems.append(stems)
            }
            entryGroups.append(first..<groupStems.count)
        }
        tables = Tables(
            firstWords: firstWords, groupsOfWord: FlatLists(groupsOfWord), entriesOfWord: FlatLists(entriesOfWord),
            groupStems: FlatLists(groupStems), stems: stemNumbers.sorted { $0.value < $1.value }.map(\.key),
            entryGroups: entryGroups,
            hasPhrases: phrases.map { !$0.isEmpty }, phrasesAlwaysTried: phrasesAlwaysTried)
    }

    /// What a sentence's words rule in.
    func candidates(_ words: SentenceWords) -> Candidates {
        var candidates = Candidates(tables: tables, words: words)
        for word in words {
            guard let number = tables.firstWords.number(of: word) else { continue }
            for index in tables.groupsOfWord.ranges[number] {
                candidates.groupHasWord[tables.groupsOfWord.elements[index]] = true
            }
            for index in tables.entriesOfWord.ranges[number] {
                candidates.phraseHasWord[tables.entriesOfWord.elements[index]] = true
            }
        }
        return candidates
    }

    /// One sentence's answers.
    struct Candidates {
        private let tables: Tables
        private let words: SentenceWords
        /// Once a prefix is tried, in a sentence of at most 64 words: per ASCII first byte, the
        /// words that start with it (bit `i` for word `i`), and at 128 the words that start otherwise.
        private var wordsByFirstByte: [UInt64] = []
        /// Per group: a variant's exact first word is in the sentence.
        fileprivate var groupHasWord: [Bool]
        /// Per entry: an exact first word of a phrase is in the sentence.
        fileprivate var phraseHasWord: [Bool]
        /// Per prefix: 0 not tried yet, 1 a word of the sentence starts with it, 2 none does.
        private var stemAnswers: [UInt8]

        fileprivate init(tables: Tables, words: SentenceWords) {
            self.tables = tables
            self.words = words
            groupHasWord = [Bool](repeating: false, count: tables.groupStems.ranges.count)
            phraseHasWord = [Bool](repeating: false, count: tables.hasPhrases.count)
            stemAnswers = [UInt8](repeating: 0, count: tables.stems.count)
        }

        /// Whether one of the entry's phrases may match.
        func phrasesMayMatch(entry: Int) -> Bool {
            tables.hasPhrases[entry] && (tables.phrasesAlwaysTried[entry] || phraseHasWord[entry])
        }

        /// Whether the entry's term groups may all match (false for an entry without groups).
        mutating func groupsMayMatch(entry: Int) -> Bool {
            let groups = tables.entryGroups[entry]
            guard !groups.isEmpty else { return false }
            for group in groups where !groupHasWord[group] {
                var found = false
                for index in tables.groupStems.ranges[group]
                where hasWord(startingWithStem: tables.groupStems.elements[index]) {
                    found = true
                    break
                }
                guard found else { return false }
            }
            return true
        }

        private mutating func hasWord(startingWithStem number: Int) -> Bool {
            if stemAnswers[number] == 0 {
                let stem = tables.stems[number]
                let first = tables.stemFirstBytes[number]
                var found = false
                if first < 0x80, words.count <= 64 {
                    // A word whose first byte is ASCII and not the stem's cannot start with it: its
                    // first character decomposes to a sequence starting with that byte (a word
                    // starting with `é` may still start with a stem `e`, so those are always asked).
                    if wordsByFirstByte.isEmpty { wordsByFirstByte = Self.wordsByFirstByte(words) }
                    var candidates = wordsByFirstByte[Int(first)] | wordsByFirstByte[128]
                    while candidates != 0 {
                        if words[candidates.trailingZeroBitCount].hasPrefix(stem) {
                            found = true
                            break
                        }
                        candidates &= candidates - 1
                    }
                } else if first < 0x80 {
                    found = words.contains { word in
                        let start = FirstWordShapes.shape(of: word)
                        guard start.count > 0, start.first == first || start.first >= 0x80 else { return false }
                        return word.hasPrefix(stem)
                    }
                } else {
                    found = words.contains { $0.hasPrefix(stem) }
                }
                stemAnswers[number] = found ? 1 : 2
            }
            return stemAnswers[number] == 1
        }

        /// Per ASCII first byte, the words (at most 64) that start with it, one bit each; at 128, the
        /// words that start with another byte.
        static func wordsByFirstByte(_ words: SentenceWords) -> [UInt64] {
            var masks = [UInt64](repeating: 0, count: 129)
            for (index, word) in words.enumerated() {
                let (first, count) = FirstWordShapes.shape(of: word)
                guard count > 0 else { continue }
                masks[first < 0x80 ? Int(first) : 128] |= 1 << UInt64(index)
            }
            return masks
        }
    }
}

/// Lists of numbers stored one after another: list `i` is `elements[ranges[i]]`.
struct FlatLists: Sendable {
    let elements: [Int]
    let ranges: [Range<Int>]

    init(_ lists: [[Int]]) {
        elements = lists.flatMap { $0 }
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(lists.count)
        var start = 0
        for list in lists {
            ranges.append(start..<(start + list.count))
            start += list.count
        }
        self.ranges = ranges
    }
}
