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
        /// Per prefix: the groups with a variant that starts with it (`groupStems` turned round),
        /// marked as the prefix is first found in a sentence.
        let stemGroups: FlatLists
        /// The distinct prefixes, numbered, and the first byte of each (0xFF when it has none or
        /// it is not ASCII: such a prefix is compared with every word).
        let stems: [String]
        let stemFirstBytes: [UInt8]
        /// Per prefix of ASCII bytes (no carriage return) and at most 255 of them: its length and
        /// first eight bytes (as `WordKeys.Key.prefix` holds a word's, the first byte lowest),
        /// so an ASCII word is matched on its key; 0 for any other prefix (matched by `hasPrefix`).
        let stemCounts: [UInt8]
        let stemPrefixes: [UInt64]
        /// By ASCII byte: the prefixes of ASCII bytes that start with it; all of them, numbered.
        let stemsByFirstByte: FlatLists
        let plainStems: [Int]
        /// `Candidates.entriesMayMatch()` for a sentence that marked nothing: the entries with a
        /// phrase that starts with a wildcard or a prefix (phrases only).
        let unmarkedAnswers: [Int]
        /// The prefixes of ASCII bytes by bucket (`bucket(of:)`, 1,024 of them): bucket `b`'s are
        /// `bucketStems[bucketStarts[b]..<bucketStarts[b + 1]]`. A prefix of two bytes or more
        /// is in the bucket of its first two, one of one byte in every bucket of its first, so an
        /// ASCII word is tried only against the prefixes of its own bucket (about one in six of
        /// those that start with its first byte): a prefix of ASCII bytes that an ASCII word starts
        /// with has the word's first bytes.
        let bucketStarts: [UInt32]
        let bucketStems: [UInt32]
        /// Each sentence's `Candidates.state` to start with: 0 for every group and entry, and per
        /// prefix 2 (no word starts with it until one is found) for one of ASCII bytes, 0 (not
        /// tried) for any other; where the entries' and the prefixes' answers start in it.
        let initialState: [UInt8]
        let phraseStates: Int
        let stemStates: Int
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
            var stemGroups = [[Int]](repeating: [], count: stems.count)
            for group in groupStems.ranges.indices {
                for index in groupStems.ranges[group] { stemGroups[groupStems.elements[index]].append(group) }
            }
            self.stemGroups = FlatLists(stemGroups)
            self.stems = stems
            stemFirstBytes = stems.map { stem in stem.utf8.first.flatMap { $0 < 0x80 ? $0 : nil } ?? 0xFF }
            let stemCounts = stems.map { stem in
                let bytes = Array(stem.utf8)
                let plain = !bytes.isEmpty && bytes.count <= 255 && bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D }
                return plain ? UInt8(bytes.count) : 0
            }
            self.stemCounts = stemCounts
            let stemPrefixes = stems.map { stem in
                var prefix: UInt64 = 0
                for (offset, byte) in stem.utf8.prefix(8).enumerated() { prefix |= UInt64(byte) << UInt64(8 * offset) }
                return prefix
            }
            self.stemPrefixes = stemPrefixes
            var byFirstByte = [[Int]](repeating: [], count: 128)
            var plainStems: [Int] = []
            var initialStemAnswers = [UInt8](repeating: 0, count: stems.count)
            for (stem, count) in stemCounts.enumerated() where count > 0 {
                byFirstByte[Int(stems[stem].utf8.first!)].append(stem)
                plainStems.append(stem)
                initialStemAnswers[stem] = 2
            }
            stemsByFirstByte = FlatLists(byFirstByte)
            self.plainStems = plainStems
            var byBucket = [[Int]](repeating: [], count: 1_024)
            for stem in plainStems {
                let prefix = stemPrefixes[stem]
                if stemCounts[stem] >= 2 {
                    byBucket[Self.bucket(of: prefix)].append(stem)
                } else {
                    for second in 0..<32 { byBucket[Self.bucket(of: prefix | UInt64(second) << 8)].append(stem) }
                }
            }
            var bucketStarts: [UInt32] = [0]
            bucketStarts.reserveCapacity(1_025)
            for list in byBucket { bucketStarts.append(bucketStarts.last! + UInt32(list.count)) }
            self.bucketStarts = bucketStarts
            bucketStems = byBucket.flatMap { $0.map { UInt32($0) } }
            phraseStates = groupStems.ranges.count
            stemStates = groupStems.ranges.count + hasPhrases.count
            initialState = [UInt8](repeating: 0, count: groupStems.ranges.count + hasPhrases.count) + initialStemAnswers
            self.entryGroups = entryGroups
            self.hasPhrases = hasPhrases
            self.phrasesAlwaysTried = phrasesAlwaysTried
            unmarkedAnswers = hasPhrases.indices.filter { hasPhrases[$0] && phrasesAlwaysTried[$0] }
                .map { $0 << 2 | 1 }
        }

        /// The bucket of a word or prefix by its first two bytes (`WordKeys.Key.prefix`, the first
        /// byte lowest; the second 0 for a word of one byte): five low bits of each.
        @inline(__always)
        static func bucket(of prefix: UInt64) -> Int {
            Int(truncatingIfNeeded: (prefix & 0x1F) << 5 | (prefix >> 8) & 0x1F)
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

    /// What a sentence's words rule in: each word is looked up once by its key
    /// (`WordTable.number(in:at:)`), and tried once against the prefixes of ASCII bytes that
    /// start with its first byte (all of them for a word that starts with another byte).
    func candidates(_ read: SentenceText) -> Candidates {
        let keys = read.keys
        var candidates = Candidates(tables: tables, words: read.words, keys: keys)
        let plainStems = !tables.plainStems.isEmpty
        for index in 0..<keys.count {
            if let number = tables.firstWords.number(in: keys, at: index) {
                candidates.mark()
                for index in tables.groupsOfWord.ranges[number] {
                    candidates.state[tables.groupsOfWord.elements[index]] = 1
                }
                for index in tables.entriesOfWord.ranges[number] {
                    candidates.state[tables.phraseStates + tables.entriesOfWord.elements[index]] = 1
                }
            }
            if plainStems { candidates.answerPlainStems(word: index) }
        }
        return candidates
    }

    /// One sentence's answers.
    struct Candidates {
        private let tables: Tables
        private let words: SentenceWords
        private let keys: WordKeys
        /// The answers, in one array (one allocation a sentence, not three; none for a sentence
        /// that marks nothing, until `groupsMayMatch` asks: empty until `materialize()`), copied from
        /// `Tables.initialState`: per group (from 0), 1 when a variant's exact first word is in
        /// the sentence or a word starts with one of its prefixes of ASCII bytes; per entry (from `Tables.phraseStates`), 1 when an exact first word of a
        /// phrase is; per prefix (from `Tables.stemStates`), 0 not tried yet, 1 a word of the
        /// sentence starts with it, 2 none does. A prefix of ASCII bytes (`Tables.stemCounts`)
        /// starts at 2 and is answered word by word as the candidates are made; any other is
        /// tried when first asked.
        fileprivate var state: [UInt8]
        /// Whether a group or an entry's phrases were marked (an exact first word was found, or a
        /// prefix of ASCII bytes).
        fileprivate(set) var marked = false

        fileprivate init(tables: Tables, words: SentenceWords, keys: WordKeys) {
            self.tables = tables
            self.words = words
            self.keys = keys
            state = []
        }

        /// Makes `state`, a copy of the tables' first answers, when it is not made yet: a
        /// sentence that marks nothing reads them from the tables and makes none.
        @inline(__always)
        private mutating func materialize() {
            guard state.isEmpty else { return }
            let initial = tables.initialState
            state = [UInt8](unsafeUninitializedCapacity: initial.count) { buffer, count in
                initial.withUnsafeBufferPointer { initial in
                    guard let base = initial.baseAddress else { return }
                    buffer.baseAddress!.initialize(from: base, count: initial.count)
                }
                count = initial.count
            }
        }

        /// Before a group or an entry's phrases is marked.
        @inline(__always)
        fileprivate mutating func mark() {
            materialize()
            marked = true
        }

        /// Whether a word of the sentence starts with the prefix of ASCII bytes `stem`, as far as
        /// the words read so far tell.
        @inline(__always)
        private func isFound(plainStem stem: Int) -> Bool {
            !state.isEmpty && state[tables.stemStates + stem] == 1
        }

        /// Whether one of the entry's phrases may match.
        func phrasesMayMatch(entry: Int) -> Bool {
            tables.hasPhrases[entry]
                && (tables.phrasesAlwaysTried[entry] || (!state.isEmpty && state[tables.phraseStates + entry] != 0))
        }

        /// The entries that may match, in registry order, each as `entry << 2`, plus 1 when its
        /// phrases may match (`phrasesMayMatch`) and 2 when its groups may (`groupsMayMatch`);
        /// empty (no allocation) when none may. When every prefix is of ASCII bytes, all of them
        /// were answered as the candidates were made and each group one of them found was marked
        /// (`found(plainStem:)`), so an entry's groups may match when all are marked, read in one
        /// pass over the tables without asking any word (and a sentence that marked nothing gets
        /// `Tables.unmarkedAnswers` without that pass); otherwise entry by entry, as those two
        /// answer.
        mutating func entriesMayMatch() -> [Int] {
            let tables = tables
            let entries = tables.hasPhrases.count
            guard tables.plainStems.count == tables.stems.count else {
                var result: [Int] = []
                for entry in 0..<entries {
                    let phrases = phrasesMayMatch(entry: entry)
                    let groups = groupsMayMatch(entry: entry)
                    if phrases || groups { result.append(entry << 2 | (phrases ? 1 : 0) | (groups ? 2 : 0)) }
                }
                return result
            }
            // Nothing marked: no group may match, and only phrases that are always tried.
            guard marked else { return tables.unmarkedAnswers }
            var result: [Int] = []
            state.withUnsafeBufferPointer { state in
                tables.hasPhrases.withUnsafeBufferPointer { hasPhrases in
                    tables.phrasesAlwaysTried.withUnsafeBufferPointer { always in
                        tables.entryGroups.withUnsafeBufferPointer { entryGroups in
                            let phraseStates = state.baseAddress! + tables.phraseStates
                            for entry in 0..<entries {
                                let phrases = hasPhrases[entry] && (always[entry] || phraseStates[entry] != 0)
                                let groups = entryGroups[entry]
                                var groupsMay = !groups.isEmpty
                                for group in groups where state[group] == 0 {
                                    groupsMay = false
                                    break
                                }
                                if phrases || groupsMay {
                                    result.append(entry << 2 | (phrases ? 1 : 0) | (groupsMay ? 2 : 0))
                                }
                            }
                        }
                    }
                }
            }
            return result
        }

        /// Whether the entry's term groups may all match (false for an entry without groups).
        mutating func groupsMayMatch(entry: Int) -> Bool {
            let groups = tables.entryGroups[entry]
            guard !groups.isEmpty else { return false }
            materialize()
            for group in groups where state[group] == 0 {
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

        @inline(__always)
        private mutating func hasWord(startingWithStem number: Int) -> Bool {
            let at = tables.stemStates + number
            if state[at] == 0 { state[at] = hasWordSlowly(startingWithStem: number) ? 1 : 2 }
            return state[at] == 1
        }

        /// Whether a word starts with a prefix that is not all ASCII bytes (or holds a carriage
        /// return), asked by the words' strings.
        @inline(never)
        private func hasWordSlowly(startingWithStem number: Int) -> Bool {
            let stem = tables.stems[number]
            let first = tables.stemFirstBytes[number]
            guard first < 0x80 else { return words.contains { $0.hasPrefix(stem) } }
            // A word whose first byte is ASCII and not the stem's cannot start with it: its
            // first character decomposes to a sequence starting with that byte (a word
            // starting with `é` may still start with a stem `e`, so those are always asked).
            for index in words.indices {
                let shape = keys.shape(at: index)
                guard shape.count > 0, shape.first == first || shape.first >= 0x80 else { continue }
                if words[index].hasPrefix(stem) { return true }
            }
            return false
        }

        /// Marks the prefixes of ASCII bytes the word at `index` starts with: those of its bucket
        /// for an ASCII word (`Tables.bucketStarts`), those with its first byte for another word
        /// whose first byte is ASCII, or every one for a word whose first byte is not ASCII (see
        /// `hasWordSlowly`).
        @inline(__always)
        fileprivate mutating func answerPlainStems(word index: Int) {
            let key = keys.key(at: index)
            let shape = key.shape
            guard shape.count > 0 else { return }
            if key.isASCII {
                let bucket = Tables.bucket(of: key.prefix)
                let starts = tables.bucketStarts
                for position in Int(starts[bucket])..<Int(starts[bucket + 1]) {
                    let stem = Int(tables.bucketStems[position])
                    if !isFound(plainStem: stem), startsWith(stem: stem, word: index, key: key) {
                        found(plainStem: stem)
                    }
                }
            } else if shape.first < 0x80 {
                for position in tables.stemsByFirstByte.ranges[Int(shape.first)] {
                    let stem = tables.stemsByFirstByte.elements[position]
                    if !isFound(plainStem: stem), startsWith(stem: stem, word: index, key: key) {
                        found(plainStem: stem)
                    }
                }
            } else {
                for stem in tables.plainStems where !isFound(plainStem: stem) {
                    if words[index].hasPrefix(tables.stems[stem]) { found(plainStem: stem) }
                }
            }
        }

        /// A word of the sentence starts with the prefix of ASCII bytes `stem`: its answer is 1,
        /// and so is that of every group with a variant that starts with it.
        @inline(never)
        private mutating func found(plainStem stem: Int) {
            mark()
            state[tables.stemStates + stem] = 1
            for index in tables.stemGroups.ranges[stem] { state[tables.stemGroups.elements[index]] = 1 }
        }

        /// `words[index].hasPrefix(tables.stems[stem])` for a prefix of ASCII bytes (not a
        /// carriage return, `Tables.stemCounts`). An ASCII word (its key's `isASCII`: its bytes
        /// as written, lowercased) starts with such a prefix exactly when its bytes do: both
        /// strings' characters are their bytes, and an ASCII character equals only itself. Any
        /// other word is asked by its string.
        @inline(__always)
        private func startsWith(stem: Int, word index: Int, key: WordKeys.Key) -> Bool {
            guard key.isASCII else { return words[index].hasPrefix(tables.stems[stem]) }
            let count = Int(tables.stemCounts[stem])
            guard Int(key.count) >= count else { return false }
            let mask: UInt64 = count >= 8 ? .max : (1 << UInt64(8 * count)) - 1
            guard key.prefix & mask == tables.stemPrefixes[stem] else { return false }
            guard count > 8 else { return true }
            return Self.restMatches(tables.stems[stem], keys: keys, key: key)
        }

        /// Whether the bytes of an ASCII word past its first eight, lowercased, start with the
        /// prefix's bytes past its first eight (the prefix no longer than the word).
        @inline(never)
        private static func restMatches(_ stem: String, keys: WordKeys, key: WordKeys.Key) -> Bool {
            var stem = stem
            return stem.withUTF8 { stem in
                keys.withBytes(of: key) { word in
                    for offset in 8..<stem.count where ASCII.lowercased(word[offset]) != stem[offset] { return false }
                    return true
                }
            }
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
