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
    /// Per exact first word: the groups (numbered across the registry) with a variant that
    /// starts with it, and the entries with a phrase that does.
    private let byFirstWord: [String: (groups: [Int], entries: [Int])]
    /// Per group: the numbers of the prefixes its variants start with.
    private let groupStems: [[Int]]
    /// The distinct prefixes, numbered.
    private let stems: [String]
    /// Per entry: the numbers of its groups.
    private let entryGroups: [Range<Int>]
    /// Per entry: whether it has phrases, and whether one starts with a wildcard or a prefix.
    private let hasPhrases: [Bool]
    private let phrasesAlwaysTried: [Bool]

    /// `phrases[i]` and `groups[i]`: entry `i`'s phrases and term groups (variants of words).
    init(phrases: [[String]], groups: [[[[FactRegistryMatcher.Word]]]]) {
        var byFirstWord: [String: (groups: [Int], entries: [Int])] = [:]
        var stemNumbers: [String: Int] = [:]
        var groupStems: [[Int]] = []
        var entryGroups: [Range<Int>] = []
        var phrasesAlwaysTried: [Bool] = []
        for (entry, entryPhrases) in phrases.enumerated() {
            var always = false
            for phrase in entryPhrases {
                switch LexiconWord.words(of: phrase).first {
                case .exact(let word): byFirstWord[word, default: ([], [])].entries.append(entry)
                case .prefix, .any: always = true
                case nil: continue
                }
            }
            phrasesAlwaysTried.append(always)
            let first = groupStems.count
            for group in groups[entry] {
                let number = groupStems.count
                var stems: [Int] = []
                for variant in group {
                    switch variant[0] {
                    case .exact(let word): byFirstWord[word, default: ([], [])].groups.append(number)
                    case .prefix(let stem):
                        if stemNumbers[stem] == nil { stemNumbers[stem] = stemNumbers.count }
                        stems.append(stemNumbers[stem]!)
                    }
                }
                groupStems.append(stems)
            }
            entryGroups.append(first..<groupStems.count)
        }
        self.byFirstWord = byFirstWord
        self.groupStems = groupStems
        self.stems = stemNumbers.sorted { $0.value < $1.value }.map(\.key)
        self.entryGroups = entryGroups
        hasPhrases = phrases.map { !$0.isEmpty }
        self.phrasesAlwaysTried = phrasesAlwaysTried
    }

    /// What a sentence's words rule in.
    func candidates(_ words: [String]) -> Candidates {
        var candidates = Candidates(filter: self, words: words)
        for word in words {
            guard let found = byFirstWord[word] else { continue }
            for group in found.groups { candidates.groupHasWord[group] = true }
            for entry in found.entries { candidates.phraseHasWord[entry] = true }
        }
        return candidates
    }

    /// One sentence's answers.
    struct Candidates {
        fileprivate let filter: FactRegistryPrefilter
        fileprivate let words: [String]
        /// Per group: a variant's exact first word is in the sentence.
        fileprivate var groupHasWord: [Bool]
        /// Per entry: an exact first word of a phrase is in the sentence.
        fileprivate var phraseHasWord: [Bool]
        /// Per prefix: 0 not tried yet, 1 a word of the sentence starts with it, 2 none does.
        private var stemAnswers: [UInt8]

        fileprivate init(filter: FactRegistryPrefilter, words: [String]) {
            self.filter = filter
            self.words = words
            groupHasWord = [Bool](repeating: false, count: filter.groupStems.count)
            phraseHasWord = [Bool](repeating: false, count: filter.hasPhrases.count)
            stemAnswers = [UInt8](repeating: 0, count: filter.stems.count)
        }

        /// Whether one of the entry's phrases may match.
        func phrasesMayMatch(entry: Int) -> Bool {
            filter.hasPhrases[entry] && (filter.phrasesAlwaysTried[entry] || phraseHasWord[entry])
        }

        /// Whether the entry's term groups may all match (false for an entry without groups).
        mutating func groupsMayMatch(entry: Int) -> Bool {
            let groups = filter.entryGroups[entry]
            guard !groups.isEmpty else { return false }
            for group in groups where !groupHasWord[group] {
                guard filter.groupStems[group].contains(where: { hasWord(startingWithStem: $0) }) else { return false }
            }
            return true
        }

        private mutating func hasWord(startingWithStem number: Int) -> Bool {
            if stemAnswers[number] == 0 {
                let stem = filter.stems[number]
                // A word whose first byte is ASCII and not the stem's cannot start with it: its
                // first character decomposes to a sequence starting with that byte (a word
                // starting with `é` may still start with a stem `e`, so those are always asked).
                if let first = stem.utf8.first, first < 0x80 {
                    stemAnswers[number] =
                        words.contains { word in
                            guard let start = word.utf8.first, start == first || start >= 0x80 else { return false }
                            return word.hasPrefix(stem)
                        } ? 1 : 2
                } else {
                    stemAnswers[number] = words.contains { $0.hasPrefix(stem) } ? 1 : 2
                }
            }
            return stemAnswers[number] == 1
        }
    }
}
