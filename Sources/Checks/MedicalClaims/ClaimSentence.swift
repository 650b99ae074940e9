import CopydeskCore

/// One sentence of an article read for medical claims: its words, clauses, negations and hedges.
///
/// A handle on the sentence's row in its article's `Context`, which keeps every sentence's
/// fields in one allocation: every medical-claim check walks the same sentences (see
/// `ClaimReader.recent`), and a sentence as an object of its own cost an allocation and a free
/// (with a release of each field) for every sentence of every article. A copy of a handle
/// retains the context, as a copy of the object retained the object.
struct ClaimSentence {
    /// What every sentence of the article shares, held once, and the sentences' rows.
    final class Context {
        let article: Article
        /// The reader's hedges, by reference (a copy of the detector for every article cost about 700 instructions).
        let hedges: ClaimHedges.Held
        /// The hedge detector's cues for each sentence's text as the article reads it
        /// (`HedgeDetector.sentenceCues(in:)`), indexed like `Article.sentences`.
        let detected: [[HedgeCue]]
        /// The medical-claim lexicons each sentence's matches were found with when it was read.
        let lexicons: PhraseLexicons
        /// The sentences' fields, `rowCount` of them: filled while the article is read, before
        /// any handle is made, and changed after only in their `Shared` memos.
        fileprivate let rows: UnsafeMutablePointer<Row>
        fileprivate private(set) var rowCount = 0
        private let rowCapacity: Int

        init(
            article: Article, hedges: ClaimHedges.Held, detected: [[HedgeCue]], lexicons: PhraseLexicons
        ) {
            self.article = article
            self.hedges = hedges
            self.detected = detected
            self.lexicons = lexicons
            rowCapacity = max(article.sentences.count, 1)
            rows = .allocate(capacity: rowCapacity)
        }

        deinit {
            rows.deinitialize(count: rowCount)
            rows.deallocate()
        }

        /// Adds a sentence (at most one for each of the article's sentences).
        fileprivate func append(_ row: Row) {
            precondition(rowCount < rowCapacity, "more claim sentences than the article's sentences")
            (rows + rowCount).initialize(to: row)
            rowCount += 1
        }
    }

    /// A sentence's fields, kept in its context's rows.
    fileprivate struct Row {
        let blockIndex: Int
        let base: Int
        let index: Int
        let read: SentenceText
        let readsArticleText: Bool
        var shared: Shared
        let readFound: ArraySlice<PhraseLexicons.Found>
        let readIdentity: ObjectIdentifier
        let readLists: UInt64
        let isQuestion: Bool
    }

    private let context: Context
    /// The sentence's row in `context.rows`.
    private let row: Int

    fileprivate init(context: Context, row: Int) {
        self.context = context
        self.row = row
    }

    /// Whether `other` is this sentence of the same reading (the same row of the same context).
    func isSame(as other: ClaimSentence) -> Bool {
        context === other.context && row == other.row
    }

    /// The sentence's fields, in place.
    private var fields: UnsafeMutablePointer<Row> {
        @inline(__always) get { context.rows + row }
    }

    var article: Article { context.article }
    var block: Block { context.article.blocks[blockIndex] }
    /// Index of the block in `Article.blocks`.
    var blockIndex: Int { fields.pointee.blockIndex }
    /// Byte offset of the sentence in its block's text.
    var base: Int { fields.pointee.base }
    /// The sentence's text, made from `read`'s bytes when asked for (messages and tests only):
    /// not kept in each sentence, a retain and a release more for every sentence read.
    var text: String { String(decoding: read.bytes, as: UTF8.self) }
    /// Words with byte ranges in `text`: `read`'s, not kept twice (a retain and a release more per sentence).
    var tokens: SentenceTokens { read.tokens }
    /// Lowercased words, `’` folded to `'`.
    var words: SentenceWords { read.keys.words }
    /// `words` hashed once, for the lexicon lookups.
    var keys: WordKeys { read.keys }
    /// Where negations reach and where clauses end, read when a check first asks: most
    /// sentences hold no candidate claim, and only a candidate is looked at for negation.
    var negation: NegationScope {
        if let scope = shared.negation { return scope }
        let scope = NegationScope(read)
        shared.negation = scope
        return scope
    }
    /// The text read once (shared with the other readers of the article when it is the sentence's own);
    /// its bytes are `text`'s.
    private var read: SentenceText { fields.pointee.read }
    /// Whether `read` is the article's reading of the sentence, whose hedge cues the detector
    /// found (`Context.detected`, not held in each sentence), rather than one of the sentence's own.
    private var readsArticleText: Bool { fields.pointee.readsArticleText }
    /// What the checks read from the sentence, found when one first asks and kept for the others,
    /// in the sentence's row (read and changed in place: a sentence is read by the checks of one
    /// article one after another).
    var shared: Shared {
        unsafeAddress { UnsafePointer(fields).pointer(to: \.shared)! }
        nonmutating unsafeMutableAddress { fields.pointer(to: \.shared)! }
    }

    /// Hedge cues, in word order.
    var hedges: [ClaimHedges.Cue] {
        if let cues = shared.hedges { return cues }
        // Found when a check first asks: most sentences hold no candidate claim.
        // The detector is reached (and its value copied) only for a sentence without its cues.
        let detected = readsArticleText ? context.detected[index] : context.hedges.hedges.detector.cues(in: read)
        let cues = ClaimHedges.cues(in: read, detected: detected, tokens: tokens, words: words)
        shared.hedges = cues
        return cues
    }

    /// Readings of one sentence that several checks ask for, each computed once (the checks run
    /// one after another on an article). Each depends only on the sentence and the lexicon
    /// settings the sentences were read under (`ClaimReader.Settings`), so a check with the same
    /// policy gets what another found.
    struct Shared {
        var negation: NegationScope?
        var hedges: [ClaimHedges.Cue]?
        /// `Conditions.ranges(in:)`.
        var conditions: [Range<Int>]?
        /// `CureClaims.claims(in:)` with the policy's cure verbs and the default window.
        var cureClaims: [CureClaims.Claim]?
        /// `qualifierCandidates`.
        var qualifiers: [Int]?
        /// Whether the policy's experimental words match (`StudyDesign`).
        var hasExperimental: Bool?
        /// The matches of every medical-claim lexicon (`found(_:)`).
        var phrases: FoundPhrases? {
            didSet {
                phrasesIdentity = phrases?.lexicons.identity
                phraseLists = phrases?.lists ?? 0
            }
        }
        /// `phrases`' lexicons and lists, kept apart for `mayHold(_:of:)`: read without copying
        /// `phrases` (and so without retaining what it holds).
        private(set) var phrasesIdentity: ObjectIdentifier?
        private(set) var phraseLists: UInt64 = 0
    }

    /// The matches of every list of some lexicons in the sentence.
    struct FoundPhrases {
        let lexicons: PhraseLexicons
        let found: ArraySlice<PhraseLexicons.Found>
        /// Bit `list` is set when the list has a match (every bit from the 64th list on).
        let lists: UInt64

        init(_ lexicons: PhraseLexicons, _ found: ArraySlice<PhraseLexicons.Found>) {
            self.lexicons = lexicons
            self.found = found
            // Bit `list` for each list with a match (`bit(_:)`), one call for the sentence.
            self.lists = lexicons.listBits(of: found)
        }

        /// Matches whose lists are known: `lists` must be `lexicons.listBits(of: found)`.
        init(_ lexicons: PhraseLexicons, _ found: ArraySlice<PhraseLexicons.Found>, lists: UInt64) {
            self.lexicons = lexicons
            self.found = found
            self.lists = lists
        }

        /// Whether `list` may have a match: most sentences hold none of most lists.
        func mayHold(_ list: Int) -> Bool {
            lists & Self.bit(list) != 0
        }

        static func bit(_ list: Int) -> UInt64 {
            list < 63 ? 1 << UInt64(list) : 1 << 63
        }
    }

    /// Whether `list` of `lexicons` may have a match in the sentence (`found(_:)`'s `mayHold`),
    /// asked before the matches: most sentences hold none of most lists.
    func mayHold(_ list: Int, of lexicons: PhraseLexicons) -> Bool {
        if readIdentity == lexicons.identity { return readLists & FoundPhrases.bit(list) != 0 }
        if shared.phrasesIdentity != lexicons.identity { _ = found(lexicons) }
        return shared.phraseLists & FoundPhrases.bit(list) != 0
    }

    /// `mayHold(_:of:)` for the medical-claim lexicons, whose identity is kept with them: for the
    /// lexicons the sentence was read with, a test of a bit the sentence holds (every check asks
    /// every sentence about a list or two, about ten times a sentence in all).
    @inline(__always)
    func mayHold(_ list: ClaimLexicons.List, of lexicons: ClaimLexicons) -> Bool {
        // The list's number in the lexicons' index (which may hold other lists before them).
        let list = lexicons.listBase + list.rawValue
        if readIdentity == lexicons.identity { return readLists & FoundPhrases.bit(list) != 0 }
        return mayHoldShared(list, of: lexicons)
    }

    private func mayHoldShared(_ list: Int, of lexicons: ClaimLexicons) -> Bool {
        if shared.phrasesIdentity != lexicons.identity { _ = found(lexicons.lexicons) }
        return shared.phraseLists & FoundPhrases.bit(list) != 0
    }

    /// The matches of every list of `lexicons`: those of the lexicons the sentence was read with
    /// (`readFound`), or found in one pass the first time a check asks and kept for the others.
    func found(_ lexicons: PhraseLexicons) -> FoundPhrases {
        if readIdentity == lexicons.identity { return FoundPhrases(context.lexicons, readFound, lists: readLists) }
        if let known = shared.phrases, known.lexicons.isSame(as: lexicons) { return known }
        let found = FoundPhrases(lexicons, lexicons.found(keys: keys)[...])
        shared.phrases = found
        return found
    }
    /// The matches of the medical-claim lexicons the sentence was read with (`ClaimReader`,
    /// `Context.lexicons`), found when it was read: every check asks every sentence about them.
    private var readFound: ArraySlice<PhraseLexicons.Found> { fields.pointee.readFound }
    /// The read lexicons' identity (`PhraseLexicons.identity`) and `readFound`'s lists
    /// (`FoundPhrases.lists`), for `mayHold(_:of:)`.
    private var readIdentity: ObjectIdentifier { fields.pointee.readIdentity }
    private var readLists: UInt64 { fields.pointee.readLists }
    /// Whether the sentence asks rather than states.
    var isQuestion: Bool { fields.pointee.isQuestion }
    /// Index of the sentence in `Article.sentences`.
    var index: Int { fields.pointee.index }

    /// The negation scope's clause numbers, read in the sentence's row once the scope is made
    /// (the scope copied out cost a retain and a release of each of its arrays and its keys).
    var clauses: [Int] {
        if let clauses = shared.negation?.clauses { return clauses }
        return negation.clauses
    }

    /// Adds a sentence to `context`.
    ///
    /// - Parameters:
    ///   - index: the sentence's index in `Article.sentences`.
    ///   - read: the sentence's text read: `SentenceText.all(in:)` at `index`, or the reading of
    ///     `ownText` when the sentence has one (`ownText(of:in:)`).
    ///   - blockIndex, base: the sentence's block and its offset in the block's text.
    ///   - ownText: whether `read` is the reading of the sentence's own text.
    ///   - found: the matches of `context.lexicons` in `read` (`PhraseLexicons.found(keys:)`).
    ///   - isQuestion: `isQuestion(_:)` of the text `read` was read from.
    static func read(
        in context: Context, blockIndex: Int, base: Int, index: Int, read: SentenceText, ownText: Bool,
        found: ArraySlice<PhraseLexicons.Found>, identity: ObjectIdentifier, isQuestion: Bool
    ) {
        context.append(
            Row(
                blockIndex: blockIndex, base: base, index: index, read: read, readsArticleText: !ownText,
                shared: Shared(), readFound: found, readIdentity: identity,
                readLists: context.lexicons.listBits(of: found), isQuestion: isQuestion))
    }

    /// Whether a sentence's text asks: its last byte that is neither a space nor `"` is `?`.
    /// Read from the text's bytes in place (the text a sentence is read from: its reading's
    /// bytes are the text's, and reading them through the reading cost a call and a retain and
    /// a release of its storage for every sentence).
    static func isQuestion(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { isQuestion(bytes: $0) } ?? isQuestion(bytes: text.utf8)
    }

    @inline(__always)
    static func isQuestion(bytes: some BidirectionalCollection<UInt8>) -> Bool {
        bytes.last(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\"") }) == UInt8(ascii: "?")
    }

    /// The text of a sentence whose text is not its block's bytes in its range, read from those
    /// bytes (`ClaimReader` reads such a sentence itself).
    static func ownText(of sentence: Sentence, in article: Article) -> String {
        let utf8 = article.blocks[sentence.blockIndex].text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: max(0, min(sentence.textRange.lowerBound, utf8.count)))
        let upper = utf8.index(utf8.startIndex, offsetBy: max(0, min(sentence.textRange.upperBound, utf8.count)))
        return String(decoding: utf8[lower..<max(lower, upper)], as: UTF8.self)
    }

    /// Whether a hedge governs the words in `range`: a cue earlier in the same clause, or an
    /// epistemic verb earlier in the sentence ("studies suggest that, if started early, …").
    func isHedged(_ range: Range<Int>) -> Bool {
        let clauses = self.clauses
        for cue in hedges where cue.index < range.lowerBound {
            if clauses[cue.index] == clauses[range.lowerBound] { return true }
            if cue.framing && !contrastBetween(cue.index, range.lowerBound) { return true }
        }
        // A hedge inside the matched words ("could revolutionize") leaves hype hype; the checks decide.
        return false
    }

    /// Whether the clause says how strongly, how often or in whom: "in 95% of people", "for most
    /// patients", "usually".
    ///
    /// Only the words that may say it are read: those starting with a number and the
    /// frequencies, fractions and quantifiers (`qualifierCandidates`), found once for the
    /// sentence. Each check asked about each of its matches in turn, and every word of the
    /// clause was looked up again each time.
    func isQualified(_ range: Range<Int>) -> Bool {
        let candidates = qualifierCandidates
        guard !candidates.isEmpty else { return false }
        let clauses = self.clauses
        let clause = clauses[range.lowerBound]
        let words = self.words
        for candidate in candidates {
            let index = candidate >> 1
            guard clauses[index] == clause else { continue }
            if candidate & 1 != 0 {
                if words[index] != "100" {
                    if byte(after: index) == UInt8(ascii: "%") { return true }
                    if index + 1 < words.count, Self.isPercentWord(words[index + 1]) { return true }
                }
                // No frequency, fraction or quantifier starts with a number.
                continue
            }
            let word = words[index]
            if ClaimSentence.frequencies.contains(word) { return true }
            if Self.isFraction(word), index + 1 < words.count, Self.isFractionOf(words[index + 1]) { return true }
            // "prevents most cervical cancers", "some patients": a quantifier, not the superlative "the most effective".
            if Self.isQuantifier(word), !range.contains(index), index == 0 || !Self.makesSuperlative(words[index - 1]) {
                return true
            }
        }
        return false
    }

    /// The words `isQualified(_:)` reads, in order, each as `2 × index + 1` when it starts with a
    /// number and `2 × index` when it is one of `qualifierWords`: found once for the sentence
    /// and kept for every check (`Shared.qualifiers`).
    private var qualifierCandidates: [Int] {
        if let known = shared.qualifiers { return known }
        var found: [Int] = []
        // Read once for the loop: each is a property of the sentence's reading (a retain and a
        // release at every read), and a word is copied out only when it is asked about.
        let words = self.words
        let keys = self.keys
        let tokens = self.tokens
        let bytes = read.bytes
        // `startsWithNumber(words[index])` from the text's byte where it is ASCII: the word is
        // the token's text lowercased and folded, which keeps an ASCII digit and makes no other
        // byte one.
        @inline(__always) func startsWithNumber(_ index: Int) -> Bool {
            let first = bytes[tokens[index].range.lowerBound]
            return first < 0x80 ? first &- UInt8(ascii: "0") < 10 : Self.startsWithNumber(words[index])
        }
        // The qualifier words found one after another (most words ruled out by their hashes),
        // the words before each read for numbers; a word that starts with a number is a number,
        // whatever list it is in. A loop, not a closure for each member: the closure and the
        // function it called kept `found` and `next` in two boxes on the heap for every sentence.
        var next = 0
        while true {
            let member = Self.qualifierClasses.firstMember(in: keys, from: next)
            let end = member?.index ?? words.count
            while next < end {
                if startsWithNumber(next) { found.append(2 &* next &+ 1) }
                next += 1
            }
            guard let index = member?.index else { break }
            found.append(startsWithNumber(index) ? 2 &* index &+ 1 : 2 &* index)
            next = index + 1
        }
        shared.qualifiers = found
        return found
    }

    /// Whether the word's first character is a number (`Character.isNumber`, which reads its
    /// first scalar): for an ASCII first byte, exactly when it is a digit.
    static func startsWithNumber(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        if first < 0x80 { return first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9") }
        return word.first?.isNumber == true
    }

    static func isPercentWord(_ word: String) -> Bool {
        switch word {
        case "percent", "per": true
        default: false
        }
    }

    static func isFraction(_ word: String) -> Bool {
        switch word {
        case "half", "third", "quarter": true
        default: false
        }
    }

    static func isFractionOf(_ word: String) -> Bool {
        switch word {
        case "people", "patients", "cases", "of", "adults", "children", "women", "men": true
        default: false
        }
    }

    static func isQuantifier(_ word: String) -> Bool {
        switch word {
        case "most", "many", "some": true
        default: false
        }
    }

    static func makesSuperlative(_ word: String) -> Bool {
        switch word {
        case "the", "how", "so", "too", "as": true
        default: false
        }
    }

    /// The frequencies, fractions and quantifiers `isQualified` reads.
    static let qualifierWords = frequencies.union(["half", "third", "quarter", "most", "many", "some"])

    /// `qualifierWords`, looked up in one call for a sentence.
    private static let qualifierClasses = MedicalWordClasses([Array(qualifierWords)])

    static let frequencies: WordSet = [
        "usually", "typically", "normally", "often", "generally", "mostly", "sometimes", "rarely", "occasionally",
    ]

    func isNegated(_ range: Range<Int>, subject: Bool = false) -> Bool {
        negationCue(negating: range, subject: subject) != nil
    }

    /// The negation scope's cue negating `range`, asked of the scope where it lies in the
    /// sentence's row, made there first if need be: the scope copied out through `negation`
    /// cost a retain and a release of each of its arrays and its keys for every ask.
    func negationCue(negating range: Range<Int>, subject: Bool = false) -> Int? {
        if case .none = shared.negation { shared.negation = NegationScope(read) }
        return shared.negation!.cue(negating: range, subject: subject)
    }

    /// The words `contrastBetween` looks for.
    static let contrastWords: WordSet = ["but", "although", "though", "however", "whereas", "yet"]

    /// Whether a contrastive word stands between two word indices. Each word is looked up by its
    /// key (the sentence's `keys`), not compared as a string with each contrastive word.
    func contrastBetween(_ from: Int, _ to: Int) -> Bool {
        guard from + 1 < to else { return false }
        let keys = self.keys
        return ((from + 1)..<to).contains { ClaimSentence.contrastWords.contains(in: keys, at: $0) }
    }

    /// Byte range in the block's text of the words in `range`.
    func blockRange(_ range: Range<Int>) -> Range<Int> {
        (base + tokens[range.lowerBound].range.lowerBound)..<(base + tokens[range.upperBound - 1].range.upperBound)
    }

    /// The source text of the words in `range`.
    func phrase(_ range: Range<Int>) -> String {
        String(
            decoding: read.bytes[
                tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound],
            as: UTF8.self)
    }

    /// A finding's message quoting the words in `range` between two literals: the string
    /// `String(concatenating: before, phrase(range), after)` makes, the words' bytes written
    /// into the message where they lie, not first copied into a string of their own (an
    /// allocation and its free, about 450 instructions a finding).
    func message(_ before: StaticString, quoting range: Range<Int>, _ after: StaticString) -> String {
        let bytes = read.bytes
        let lower = tokens[range.lowerBound].range.lowerBound
        let upper = tokens[range.upperBound - 1].range.upperBound
        precondition(0 <= lower && lower <= upper && upper <= bytes.count, "a phrase within the sentence")
        return withExtendedLifetime(bytes) {
            String(
                concatenating: before, utf8: UnsafeBufferPointer(start: bytes.base + lower, count: upper - lower), after
            )
        }
    }

    /// Word indices in the same clause as `index`, within `distance` words.
    func clauseNeighbours(of range: Range<Int>, before: Int, after: Int) -> [Int] {
        let clauses = self.clauses
        let clause = clauses[range.lowerBound]
        let low = max(0, range.lowerBound - before)
        let high = min(words.count, range.upperBound + after)
        return (low..<high).filter { !range.contains($0) && clauses[$0] == clause }
    }

    /// The bytes right after word `index` (to check for `%`).
    func byte(after index: Int) -> UInt8? {
        let end = tokens[index].range.upperBound
        return end < read.bytes.count ? read.bytes[end] : nil
    }
}

/// The claim sentences of an article, in order: handles on its context's rows, made as they
/// are asked for (an array of them cost a retain to make and a release to free each).
struct ClaimSentences: RandomAccessCollection {
    private let context: ClaimSentence.Context
    let endIndex: Int

    /// Every sentence `context` holds (once the article is read).
    init(_ context: ClaimSentence.Context) {
        self.context = context
        endIndex = context.rowCount
    }

    var startIndex: Int { 0 }

    subscript(position: Int) -> ClaimSentence {
        precondition(position >= 0 && position < endIndex, "Index out of range")
        return ClaimSentence(context: context, row: position)
    }
}

extension ClaimSentences {
    /// `flatMap(body)` over the sentences `candidate` lets through (those that may hold what the
    /// check reports): the findings of each, in order. Most sentences hold nothing a check
    /// reports; calling its closure for each copied its lexicons and made and dropped an empty
    /// array, about two hundred instructions a sentence. The first sentence's findings are the
    /// list itself (most articles have findings in one sentence of a check at most): appended to
    /// the empty list, they were copied into new storage (a retain of each string of each) and
    /// their own array freed (a release of each), about 900 instructions a finding.
    @inline(__always)
    func findings(where candidate: (ClaimSentence) -> Bool, _ body: (ClaimSentence) -> [Finding]) -> [Finding] {
        var findings: [Finding] = []
        for index in indices where candidate(self[index]) {
            // Moved, not copied: `+=` copied each finding of a later sentence (a retain of each
            // of its strings and arrays) and released them with its list.
            var found = body(self[index])
            findings.moveAppend(&found)
        }
        return findings
    }
}

extension Check {
    /// A finding over words of a claim sentence.
    func finding(_ message: String, in sentence: ClaimSentence, words range: Range<Int>) -> Finding {
        finding(message, in: sentence.article, blockIndex: sentence.blockIndex, textRange: sentence.blockRange(range))
    }
}
