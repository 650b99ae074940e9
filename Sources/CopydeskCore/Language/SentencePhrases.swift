/// Every phrase lexicon read over each sentence in one index: the check-worthiness detector's
/// lists, the medical-claim checks' and the hedge detector's, scanned once per sentence.
///
/// Each list gets what an index of that list alone gives it (`PhraseLexicons`), so every
/// reader finds what it found with its own index; the words are read once instead of once per
/// reader. A policy's index (`of(_:)`) holds every reader's lists whichever checks the policy
/// runs, and each article's matches are found once (`found(in:)`) for every reader to take its own.
package final class SentencePhrases: Sendable {
    /// The lists: the detector's (`CheckWorthiness.List`), the medical-claim checks'
    /// (`MedicalLexicon.List`, from `medicalBase`), then the hedge detector's (`hedgeList`).
    package let lexicons: PhraseLexicons
    package let medicalBase: Int
    package let hedgeList: Int
    /// The words a vague attribution can start at (`HedgeAttributions.openingWords`), when the
    /// index holds them as a list of its own after the hedge list: their matches are where the
    /// hedge detector tries attributions (`Matches.openings(_:)`); nil when it does not.
    package let openingWords: [String]?
    /// The first entry of the medical-claim lists, of the hedge list and of the openings list
    /// (entries are numbered list by list): a match's reader is told by its entry number.
    private let medicalEntry: Int
    private let hedgeEntry: Int
    private let openingEntry: Int
    /// The medical-claim lists' entries and exceptions (`MedicalLexicon.lists(_:)`), indexed by
    /// `MedicalLexicon.List`; `lexicons` holds each list's entries followed by its exceptions.
    package let medicalPhrases: [[String]]
    package let medicalExceptions: [[String]]

    /// Sentences' matches, each reader's apart and each in token order, in one array: no
    /// array of its own for each sentence and reader (an allocation and a free each).
    package struct Matches: Sendable {
        /// Sentence `n`'s matches of reader `r` (0 the detector, 1 the medical-claim checks, 2 the
        /// hedge detector, 3 the attribution openings) are `found[bounds[4 * n + r]..<bounds[4 * n + r + 1]]`.
        private let found: [PhraseLexicons.Found]
        private let bounds: [Int]

        fileprivate init(found: [PhraseLexicons.Found], bounds: [Int]) {
            self.found = found
            self.bounds = bounds
        }

        /// The number of sentences.
        package var count: Int { bounds.count / 4 }

        /// The check-worthiness detector's matches in sentence `sentence`.
        @inline(__always)
        package func worthiness(_ sentence: Int) -> ArraySlice<PhraseLexicons.Found> {
            found[bounds[4 * sentence]..<bounds[4 * sentence + 1]]
        }

        /// The medical-claim lists' matches in sentence `sentence`.
        @inline(__always)
        package func medical(_ sentence: Int) -> ArraySlice<PhraseLexicons.Found> {
            found[bounds[4 * sentence + 1]..<bounds[4 * sentence + 2]]
        }

        /// The hedge detector's matches in sentence `sentence`.
        @inline(__always)
        package func hedges(_ sentence: Int) -> ArraySlice<PhraseLexicons.Found> {
            found[bounds[4 * sentence + 2]..<bounds[4 * sentence + 3]]
        }

        /// Whether sentence `sentence` holds a match of the hedge detector's list or an attribution
        /// opening: `!hedges(sentence).isEmpty || !openings(sentence).isEmpty`, read from the bounds.
        @inline(__always)
        package func holdsHedgesOrOpenings(_ sentence: Int) -> Bool {
            bounds[4 * sentence + 2] != bounds[4 * sentence + 4]
        }

        /// The tokens of sentence `sentence` that are attribution openings (`openingWords`), each
        /// a match of one token, in order; none when the index holds no openings list.
        @inline(__always)
        package func openings(_ sentence: Int) -> ArraySlice<PhraseLexicons.Found> {
            found[bounds[4 * sentence + 3]..<bounds[4 * sentence + 4]]
        }
    }

    /// - Parameters:
    ///   - worthiness: the check-worthiness detector's lists, numbered by `CheckWorthiness.List`
    ///     (or none, for a hedge detector's own index).
    ///   - medical: the medical-claim lists' entries and exceptions (none but for a policy's index).
    ///   - hedges: the hedge detector's phrases.
    ///   - openings: the words the hedge detector's attributions can start at
    ///     (`HedgeAttributions.openingWords`), or nil; each must be one plain word
    ///     (`isPlainWord`), or none is listed.
    package init(
        worthiness: [[String]], medical: (phrases: [[String]], exceptions: [[String]]), hedges: [String],
        openings: [String]? = nil
    ) {
        let medicalLists = zip(medical.phrases, medical.exceptions).map { $0 + $1 }
        let openings = openings.flatMap { $0.allSatisfy(Self.isPlainWord) ? $0 : nil }
        lexicons = PhraseLexicons(worthiness + medicalLists + [hedges] + (openings.map { [$0] } ?? []))
        medicalBase = worthiness.count
        hedgeList = worthiness.count + medicalLists.count
        openingWords = openings
        medicalEntry = lexicons.entries(of: medicalBase).lowerBound
        hedgeEntry = lexicons.entries(of: hedgeList).lowerBound
        openingEntry = openings == nil ? Int.max : lexicons.entries(of: hedgeList + 1).lowerBound
        medicalPhrases = medical.phrases
        medicalExceptions = medical.exceptions
    }

    /// The lexicon settings a policy's index is built from: each group's lexicon edits only
    /// (`add` and `remove`; which rules run and at what severity change no list).
    private struct Settings: Equatable {
        var citations: GroupSettings
        var medicalClaims: GroupSettings
        var hedging: GroupSettings

        init(_ policy: Policy) {
            citations = Self.edits(policy.checks.citations.common)
            medicalClaims = Self.edits(policy.checks.medicalClaims.common)
            hedging = Self.edits(policy.checks.hedging.common)
        }

        private static func edits(_ settings: GroupSettings) -> GroupSettings {
            var edits = GroupSettings()
            edits.add = settings.add
            edits.remove = settings.remove
            return edits
        }
    }

    private static let built = ProcessMemo<Settings, SentencePhrases>()

    /// Whether the index matches `word` as a list entry exactly where it equals a token's word:
    /// one exact word, read as itself (`LexiconWord.words(of:)`), as a `WordSet` of it holds it.
    static func isPlainWord(_ word: String) -> Bool {
        LexiconWord.words(of: word) == [.exact(word)]
    }

    /// The index of every reader's lists under the policy's lexicon edits, built once per process.
    package static func of(_ policy: Policy) -> SentencePhrases {
        // Built from the policy's own groups, as the readers edit their lexicons with them (the
        // edited hedge lexicon is made once per group settings).
        built.value(for: Settings(policy)) {
            let hedges = HedgeLexicon.builtIn(editedBy: policy.checks.hedging.common)
            return SentencePhrases(
                worthiness: CheckWorthiness.indexLists(.init(settings: policy.checks.citations.common)),
                medical: MedicalLexicon.lists(policy.checks.medicalClaims.common),
                hedges: HedgeDetector.phrases(of: hedges), openings: HedgeDetector.openingWords(of: hedges))
        }
    }

    /// Every reader's matches in a sentence's words (sentence 0 of the matches).
    package func found(keys: WordKeys) -> Matches {
        withUnsafePointer(to: SentenceText(keys: keys)) { found(in: UnsafeBufferPointer(start: $0, count: 1)) }
    }

    /// Every reader's matches in each sentence of the article (`SentenceText.all(in:)`),
    /// indexed like `Article.sentences`: found once per article and index, for every reader.
    package func found(in article: Article) -> Matches {
        Self.memo.value(for: article, key: lexicons.identity) {
            let matches = SentenceText.all(in: article).withUnsafeBufferPointer { found(in: $0) }
            return ArticleMatches(lexicons: lexicons, matches: matches)
        }.matches
    }

    /// The matches in the sentences `texts`.
    ///
    /// Each match is written to one of three buffers of the call's own (`MatchBuffer`), by its
    /// reader: appended to arrays held by the closure the scan calls, every match had each
    /// array tested for uniqueness and room (the closure's variables are boxes the compiler
    /// cannot see into). The detector's matches go straight to `found`; the medical-claim
    /// lists' and the hedge list's are moved after them when the sentence is read (the scan
    /// gives them in token order, mixed).
    private func found(in texts: UnsafeBufferPointer<SentenceText>) -> Matches {
        let count = texts.count
        // Room for a match every two words (the bench files' articles hold one every three),
        // or four a sentence, made once: made for four a sentence alone, the buffer of an
        // article of long sentences was made again as it filled.
        var words = 0
        for text in texts { words &+= text.keys.count }
        var found: [PhraseLexicons.Found] = []
        // Written in place (a store each), in the array itself.
        let bounds = [Int](unsafeUninitializedCapacity: 4 * count + 1) { bounds, initialized in
            bounds[0] = 0
            var split = Split(
                texts: texts, bounds: bounds.baseAddress.unsafelyUnwrapped, medicalEntry: medicalEntry,
                hedgeEntry: hedgeEntry, openingEntry: openingEntry, capacity: max(4 * count, words / 2))
            defer { split.deallocate() }
            // One scan for every sentence: its scratch set up once (`PhraseTable.scan(sentences:)`).
            lexicons.forEachMatch(sentences: &split)
            initialized = 4 * count + 1
            found = split.found.array()
        }
        return Matches(found: found, bounds: bounds)
    }

    /// The sentences a scan reads, the buffers their matches go to by reader, and where each
    /// sentence's bounds are written (`found(in:)`).
    private struct Split: PhraseSentenceSink {
        let texts: UnsafeBufferPointer<SentenceText>
        let medicalEntry: Int
        let hedgeEntry: Int
        let openingEntry: Int
        let bounds: UnsafeMutablePointer<Int>
        var found: MatchBuffer
        var medical = MatchBuffer(capacity: 16)
        var hedges = MatchBuffer(capacity: 16)
        var openings = MatchBuffer(capacity: 16)

        init(
            texts: UnsafeBufferPointer<SentenceText>, bounds: UnsafeMutablePointer<Int>, medicalEntry: Int,
            hedgeEntry: Int, openingEntry: Int, capacity: Int
        ) {
            self.texts = texts
            self.bounds = bounds
            self.medicalEntry = medicalEntry
            self.hedgeEntry = hedgeEntry
            self.openingEntry = openingEntry
            found = MatchBuffer(capacity: capacity)
        }

        var sentenceCount: Int { texts.count }

        @inline(__always)
        func keys(_ sentence: Int) -> WordKeys { texts[sentence].keys }

        @inline(__always)
        mutating func match(_ entry: Int, _ tokens: Range<Int>) {
            let match = PhraseLexicons.Found(entry: Int32(truncatingIfNeeded: entry), tokenRange: tokens)
            if entry < medicalEntry {
                found.append(match)
            } else if entry < hedgeEntry {
                medical.append(match)
            } else if entry < openingEntry {
                hedges.append(match)
            } else {
                openings.append(match)
            }
        }

        @inline(__always)
        mutating func done(_ sentence: Int) {
            bounds[4 * sentence + 1] = found.count
            found.append(contentsOf: &medical)
            bounds[4 * sentence + 2] = found.count
            found.append(contentsOf: &hedges)
            bounds[4 * sentence + 3] = found.count
            found.append(contentsOf: &openings)
            bounds[4 * sentence + 4] = found.count
        }

        func deallocate() {
            found.deallocate()
            medical.deallocate()
            hedges.deallocate()
            openings.deallocate()
        }
    }

    /// Matches written one after another into memory of their own, which doubles when full: an
    /// append is a test and a store. Freed by `deallocate()` (a match holds no reference).
    private struct MatchBuffer {
        private var base: UnsafeMutablePointer<PhraseLexicons.Found>
        private var capacity: Int
        private(set) var count = 0

        init(capacity: Int) {
            self.capacity = max(capacity, 16)
            base = .allocate(capacity: self.capacity)
        }

        @inline(__always)
        mutating func append(_ match: PhraseLexicons.Found) {
            if count == capacity { grow(to: 2 * capacity) }
            (base + count).initialize(to: match)
            count &+= 1
        }

        /// Appends `other`'s matches and empties it.
        @inline(__always)
        mutating func append(contentsOf other: inout MatchBuffer) {
            guard other.count > 0 else { return }
            if count + other.count > capacity { grow(to: max(2 * capacity, count + other.count)) }
            (base + count).initialize(from: other.base, count: other.count)
            count += other.count
            other.count = 0
        }

        @inline(never)
        private mutating func grow(to newCapacity: Int) {
            let larger = UnsafeMutablePointer<PhraseLexicons.Found>.allocate(capacity: newCapacity)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity = newCapacity
        }

        /// The matches as an array.
        func array() -> [PhraseLexicons.Found] {
            Array(UnsafeBufferPointer(start: base, count: count))
        }

        func deallocate() {
            base.deallocate()
        }
    }

    /// An article's matches with the index (which keeps its identity, the memo's key, while the
    /// entry is held).
    private struct ArticleMatches {
        let lexicons: PhraseLexicons
        let matches: Matches
    }

    private static let memo = ArticleMemo<ObjectIdentifier, ArticleMatches>()
}
