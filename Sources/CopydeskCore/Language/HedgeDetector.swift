/// Finds hedge cues in text: modal verbs, epistemic verbs, hedging adverbs and adjectives,
/// multiword hedges, vague attributions and open questions.
///
/// Shared by the hedging checks, the claim ledger (is a claim hedged?) and the medical-claim
/// checks (a hedged cure claim is not a cure claim). Not hedges: "May" the month or a name,
/// `can` of ability, past ability (`could not be detected`), the noun `potential`, and, unless
/// `includeQuotes`, anything inside quotation marks.
public struct HedgeDetector: Sendable {
    public let lexicon: HedgeLexicon
    /// Whether cues inside quotation marks count.
    public var includeQuotes: Bool

    private struct Pattern: Sendable {
        /// nil for an exception.
        var kind: HedgeCue.Kind?
        /// The tokens of the match that are the cue; the others are context.
        var focus: Range<Int>
    }

    /// The index the detector's phrases are matched with, as its list `phrases.hedgeList`: a
    /// policy's, holding every reader's lists (`SentencePhrases.of(_:)`), or one of its own.
    let phrases: SentencePhrases
    /// The entry numbers of the detector's list in `phrases`' index.
    private let entries: Range<Int>
    /// The pattern of each of the list's entries, by entry number from `entries.lowerBound`:
    /// a match finds its pattern without hashing its phrase.
    private let entryPatterns: [Pattern]
    let attributions: HedgeAttributions
    /// The list's entries of two words or more, read for matches across a sentence's edge.
    let crossings: HedgeCrossings
    /// Whether `phrases` lists the attributions' openings (`SentencePhrases.openingWords`, the
    /// words of `attributions.openingWords`): an article's sentences then have their
    /// attributions tried only at the openings the index found (`sentenceCues(in:)`).
    let indexesOpenings: Bool

    /// A detector whose phrases are indexed alone.
    public init(lexicon: HedgeLexicon = .builtIn, includeQuotes: Bool = false) {
        self.init(lexicon: lexicon, includeQuotes: includeQuotes, phrases: nil)
    }

    /// A detector with the policy's lexicon edits and quote setting, its phrases indexed alone.
    public init(settings: HedgingSettings) {
        self.init(lexicon: .builtIn(editedBy: settings.common), includeQuotes: settings.lintQuotes)
    }

    /// A detector with the policy's hedging lexicon edits, matching its phrases with the policy's
    /// index of every reader's lists (`SentencePhrases.of(_:)`): each sentence's words are read
    /// once for it, the check-worthiness detector and the medical-claim checks.
    package init(policy: Policy, includeQuotes: Bool) {
        self.init(
            lexicon: .builtIn(editedBy: policy.checks.hedging.common), includeQuotes: includeQuotes,
            phrases: .of(policy))
    }

    /// `init(policy:includeQuotes:)` with the policy's quote setting.
    package init(policy: Policy) {
        self.init(policy: policy, includeQuotes: policy.checks.hedging.lintQuotes)
    }

    /// - Parameter phrases: an index whose list `hedgeList` is `Self.phrases(of: lexicon)`; nil
    ///   for one of the detector's own.
    private init(lexicon: HedgeLexicon, includeQuotes: Bool, phrases: SentencePhrases?) {
        let key = Key(lexicon: lexicon, index: phrases?.lexicons.identity)
        if var built = Self.built.value(for: key) {
            // The patterns depend on the lexicon and the index only; the quote setting is the copy's.
            built.includeQuotes = includeQuotes
            self = built
            return
        }
        self.lexicon = lexicon
        self.includeQuotes = includeQuotes
        let compiled = Self.compiled(lexicon)
        let phrases =
            phrases
            ?? SentencePhrases(
                worthiness: [], medical: ([], []), hedges: compiled.phrases,
                openings: compiled.attributions.openingWords)
        self.phrases = phrases
        let entries = phrases.lexicons.entries(of: phrases.hedgeList)
        self.entries = entries
        // Every entry is one of the phrases, each a key of `patterns`.
        entryPatterns = entries.map {
            compiled.patterns[phrases.lexicons.phrase(entry: $0)] ?? Pattern(kind: nil, focus: 0..<0)
        }
        crossings = compiled.crossings
        attributions = compiled.attributions
        indexesOpenings = phrases.openingWords != nil && phrases.openingWords == compiled.attributions.openingWords
        Self.built.store(self, for: key)
    }

    /// The phrases of a lexicon as a detector's index lists them: every cue pattern and
    /// exception, sorted (`SentencePhrases.of(_:)` holds them for the policy's detector).
    package static func phrases(of lexicon: HedgeLexicon) -> [String] {
        compiled(lexicon).phrases
    }

    /// The words a lexicon's vague attributions can start at, as a policy's index lists them
    /// (`HedgeAttributions.openingWords`; nil when any word can start one).
    package static func openingWords(of lexicon: HedgeLexicon) -> [String]? {
        compiled(lexicon).attributions.openingWords
    }

    /// What a detector compiles from its lexicon, whatever index matches its phrases.
    private struct Compiled: Sendable {
        var patterns: [String: Pattern]
        var phrases: [String]
        var crossings: HedgeCrossings
        var attributions: HedgeAttributions
    }

    private static let compiledLexicons = ProcessMemo<HedgeLexicon, Compiled>()

    private static func compiled(_ lexicon: HedgeLexicon) -> Compiled {
        compiledLexicons.value(for: lexicon) {
            // Made at its size: grown entry by entry it was rehashed at every doubling.
            var patterns = [String: Pattern](minimumCapacity: lexicon.cues.count + lexicon.exceptions.count)
            for entry in lexicon.cues where patterns[entry.pattern] == nil {
                guard let focus = Self.focus(of: entry.pattern) else { continue }
                patterns[entry.pattern] = Pattern(kind: entry.kind, focus: focus)
            }
            for exception in lexicon.exceptions {
                guard let focus = Self.focus(of: exception) else { continue }
                patterns[exception] = Pattern(kind: nil, focus: focus)
            }
            let phrases = Self.sorted(Array(patterns.keys))
            return Compiled(
                patterns: patterns, phrases: phrases, crossings: HedgeCrossings(phrases),
                attributions: HedgeAttributions(lexicon))
        }
    }

    /// `phrases.sorted()`, the same order, when every phrase is ASCII (whose `<` is the order of
    /// their bytes): their numbers sorted on the first eight bytes of each, the bytes compared
    /// further only where those are equal. The generic comparison of strings (and the strings'
    /// retains as the sort moved them) was a quarter of compiling a lexicon, once per process.
    static func sorted(_ phrases: [String]) -> [String] {
        guard phrases.allSatisfy({ GroupSettings.isASCII($0) }) else { return phrases.sorted() }
        // Every phrase's bytes one after another, phrase `n`'s from `starts[n]` to `starts[n + 1]`.
        var bytes: [UInt8] = []
        var starts: [Int] = [0]
        starts.reserveCapacity(phrases.count + 1)
        var keys: [UInt64] = []
        keys.reserveCapacity(phrases.count)
        for phrase in phrases {
            bytes.append(contentsOf: phrase.utf8)
            starts.append(bytes.count)
            // The first eight bytes, big-endian, zeros after a shorter phrase (no ASCII phrase
            // holds a zero byte, so a phrase sorts before the longer ones it starts).
            var key: UInt64 = 0
            for offset in 0..<8 {
                let position = starts[starts.count - 2] + offset
                key = key << 8 | (position < bytes.count ? UInt64(bytes[position]) : 0)
            }
            keys.append(key)
        }
        let order = bytes.withUnsafeBufferPointer { bytes in
            Array(phrases.indices).sorted { left, right in
                if keys[left] != keys[right] { return keys[left] < keys[right] }
                var one = starts[left]
                var other = starts[right]
                while one < starts[left + 1], other < starts[right + 1] {
                    if bytes[one] != bytes[other] { return bytes[one] < bytes[other] }
                    one += 1
                    other += 1
                }
                return one == starts[left + 1] && other < starts[right + 1]
            }
        }
        return order.map { phrases[$0] }
    }

    /// A detector's memo key (`built`): its lexicon and its index (nil for one of its own).
    struct Key: Equatable {
        var lexicon: HedgeLexicon
        var index: ObjectIdentifier?
    }

    /// Every cue in the text, in order, without overlaps; ranges are UTF-8 byte ranges of `text`.
    public func cues(in text: String) -> [HedgeCue] {
        cues(in: HedgeText(text))
    }

    /// The clauses of a text (one sentence, usually) with the cues in each.
    public func clauses(in text: String) -> [HedgeClause] {
        let hedgeText = HedgeText(text)
        let cues = cues(in: hedgeText)
        return HedgeClauses.ranges(in: hedgeText).map { range in
            HedgeClause(range: range, cues: cues.filter { range.contains($0.range.lowerBound) })
        }
    }

    /// Whether any cue hedges a claim in the text (open questions do not).
    public func isHedged(_ text: String) -> Bool {
        cues(in: text).contains { $0.kind.hedgesClaim }
    }

    /// The cues of a sentence already read (see `SentenceText.all(in:)`).
    package func cues(in text: SentenceText) -> [HedgeCue] {
        cues(in: HedgeText(text))
    }

    package func isHedged(_ text: SentenceText) -> Bool {
        cues(in: text).contains { $0.kind.hedgesClaim }
    }

    func cues(in text: HedgeText) -> [HedgeCue] {
        cues(in: text, includingQuotes: includeQuotes)
    }

    /// `cues(in:)` of a detector whose `includeQuotes` is `includingQuotes`.
    /// - Parameters:
    ///   - found: the matches of the detector's list in the whole text, when known
    ///     (`SentencePhrases.Matches.hedges(_:)`).
    ///   - openings: the text's attribution openings, when known (`SentencePhrases.Matches.openings(_:)`,
    ///     of an index that `indexesOpenings`): most sentences hold none, and no attribution.
    func cues(
        in text: HedgeText, includingQuotes: Bool, found: ArraySlice<PhraseLexicons.Found>? = nil,
        openings: ArraySlice<PhraseLexicons.Found>? = nil
    ) -> [HedgeCue] {
        let attributions: [Range<Int>]
        if let openings {
            attributions = openings.isEmpty ? [] : self.attributions.matches(in: text, openings: openings)
        } else {
            attributions = self.attributions.matches(in: text)
        }
        // Most sentences hold no attribution: their cues are the phrase cues as found.
        guard !attributions.isEmpty else {
            // Most sentences hold no match of the list either: they have no cue (and no quote
            // to look for), without a call to find none.
            if let found, found.isEmpty { return [] }
            let result = found.map { phraseCues(in: text, found: $0) } ?? phraseCues(in: text, tokens: 0..<text.count)
            return includingQuotes ? result : droppingQuoted(result, in: text.bytes)
        }
        // Room for every cue the matches can make, made once: grown cue by cue, the array was
        // made again at one, two and four cues (about 400 instructions each).
        var result: [HedgeCue] = []
        result.reserveCapacity((found?.count ?? 0) + attributions.count)
        if let found, Self.liesApart(found, attributions) {
            // No match crosses an attribution's edge: the list's matches over the segments
            // between them are the others (see `liesApart`), put in order with the attributions.
            var next = found.startIndex
            for match in attributions {
                while next < found.endIndex, found[next].tokenRange.lowerBound < match.lowerBound {
                    phraseCue(Int(found[next].entry), found[next].tokenRange, text, into: &result)
                    next += 1
                }
                while next < found.endIndex, found[next].tokenRange.lowerBound < match.upperBound { next += 1 }
                result.append(cue(.attribution, text, tokens: match, entry: "vague attribution"))
            }
            for match in found[next...] { phraseCue(Int(match.entry), match.tokenRange, text, into: &result) }
            return includingQuotes ? result : droppingQuoted(result, in: text.bytes)
        }
        var segmentStart = 0
        for match in attributions {
            result += phraseCues(in: text, tokens: segmentStart..<match.lowerBound)
            result.append(cue(.attribution, text, tokens: match, entry: "vague attribution"))
            segmentStart = match.upperBound
        }
        result += phraseCues(in: text, tokens: segmentStart..<text.count)
        return includingQuotes ? result : droppingQuoted(result, in: text.bytes)
    }

    /// Whether no match of `found` (a list's matches over a whole text, in token order) crosses
    /// an edge of a range of `attributions` (sorted, apart): each lies inside one or between
    /// them. Then the list's matches over each segment between them, read alone, are the matches
    /// of `found` in the segment. At the segment's start the scan over the whole text is free
    /// (no match runs into the segment); at each token of it that scan has the segment's
    /// candidates and more, and where it took one, the longest or first, it ended in the
    /// segment, so it is the segment's best too; where it took none, nothing started there or
    /// the token lay in an earlier match of the segment, a match of the segment's scan as well.
    static func liesApart(_ found: ArraySlice<PhraseLexicons.Found>, _ attributions: [Range<Int>]) -> Bool {
        var next = attributions.startIndex
        for match in found {
            let tokens = match.tokenRange
            while next < attributions.endIndex, attributions[next].upperBound <= tokens.lowerBound { next += 1 }
            guard next < attributions.endIndex, attributions[next].lowerBound < tokens.upperBound else { continue }
            // It overlaps the attribution: it must lie inside it.
            if tokens.lowerBound < attributions[next].lowerBound || tokens.upperBound > attributions[next].upperBound {
                return false
            }
        }
        return true
    }

    /// The cues outside quotation marks unless this detector counts quotes; the quotes are
    /// looked for only when there are cues they could hold.
    func droppingQuoted(_ cues: [HedgeCue], in bytes: SentenceBytes) -> [HedgeCue] {
        guard !includeQuotes, !cues.isEmpty else { return cues }
        return Self.unquoted(cues, quotes: HedgeQuotes.spans(in: bytes))
    }

    /// The cues outside the quoted spans: what `cues(in:)` keeps when quotes do not count.
    static func unquoted(_ cues: [HedgeCue], quotes: [Range<Int>]) -> [HedgeCue] {
        quotes.isEmpty ? cues : cues.filter { !HedgeQuotes.contains(quotes, $0.range.lowerBound) }
    }

    private func phraseCues(in text: HedgeText, tokens: Range<Int>) -> [HedgeCue] {
        guard !tokens.isEmpty else { return [] }
        var result: [HedgeCue] = []
        // The index may hold other readers' lists: only the detector's entries are its matches.
        phrases.lexicons.forEachMatch(keys: text.keys, in: tokens) { entry, found in
            guard entries.contains(entry) else { return }
            phraseCue(entry, found, text, into: &result)
        }
        return result
    }

    /// The cues of the detector's list's matches in the whole text, `found` (in the index's
    /// entry numbers, `SentencePhrases.Matches.hedges`): what `phraseCues(in:tokens:)` finds over
    /// every token.
    func phraseCues(in text: HedgeText, found: ArraySlice<PhraseLexicons.Found>) -> [HedgeCue] {
        guard !found.isEmpty else { return [] }
        var result: [HedgeCue] = []
        for match in found { phraseCue(Int(match.entry), match.tokenRange, text, into: &result) }
        return result
    }

    /// The cue of a match of entry `entry` (numbered in the index) over the tokens `found`, if any.
    @inline(__always)
    private func phraseCue(_ entry: Int, _ found: Range<Int>, _ text: HedgeText, into result: inout [HedgeCue]) {
        let pattern = entryPatterns[entry - entries.lowerBound]
        guard let kind = pattern.kind else { return }
        let start = found.lowerBound
        let focus = (start + pattern.focus.lowerBound)..<(start + pattern.focus.upperBound)
        if text.words[focus.lowerBound] == "may", HedgeMonth.isMonth(text, at: focus.lowerBound) { return }
        result.append(cue(kind, text, tokens: focus, entry: phrases.lexicons.phrase(entry: entry)))
    }

    private func cue(_ kind: HedgeCue.Kind, _ text: HedgeText, tokens: Range<Int>, entry: String) -> HedgeCue {
        let range =
            text.tokens[tokens.lowerBound].range.lowerBound..<text.tokens[tokens.upperBound - 1].range.upperBound
        return HedgeCue(kind: kind, phrase: text.text(of: range), entry: entry, range: range)
    }

    /// The token range a pattern's brackets mark (all of it without brackets); nil for an empty pattern.
    static func focus(of pattern: String) -> Range<Int>? {
        // Without brackets or stars, the pieces' words are the pattern's words (no word runs
        // across a space), and the whole pattern is the focus.
        let marked = { (bytes: UnsafeBufferPointer<UInt8>) in
            bytes.contains { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "]") || $0 == UInt8(ascii: "*") }
        }
        // In place when the pattern's bytes lie contiguously (a native string's do).
        let isMarked =
            pattern.utf8.withContiguousStorageIfAvailable(marked) ?? Array(pattern.utf8).withUnsafeBufferPointer(marked)
        if !isMarked {
            let count = Words.count(in: pattern)
            return count > 0 ? 0..<count : nil
        }
        var count = 0
        var lower: Int?
        var upper: Int?
        for piece in pattern.split(separator: " ") {
            let opens = piece.hasPrefix("[")
            let closes = piece.hasSuffix("]")
            // The piece without its opening `[` and any `]`, each `*` read as a letter (plain
            // character operations: the generic `replacing` costs milliseconds per lexicon).
            let word = String((opens ? piece.dropFirst() : piece).filter { $0 != "]" })
            let tokens = word == "*" ? 1 : Words.tokens(in: String(word.map { $0 == "*" ? "x" : $0 })).count
            if opens { lower = count }
            count += tokens
            if closes { upper = count }
        }
        guard count > 0 else { return nil }
        guard let lower, let upper, lower < upper else { return 0..<count }
        return lower..<upper
    }
}

/// A clause and the hedge cues in it.
public struct HedgeClause: Sendable, Hashable {
    /// UTF-8 byte range of the clause in the text.
    public var range: Range<Int>
    public var cues: [HedgeCue]

    public init(range: Range<Int>, cues: [HedgeCue]) {
        self.range = range
        self.cues = cues
    }

    /// The cues that hedge the clause's own claim and can stack: no vague attributions (a hedge
    /// of their own kind), no open questions, and nothing inside the question one opens
    /// ("it is unclear whether the drug could help" hedges once).
    ///
    /// Written into room for every cue, made once: `filter` made the array at the first cue it
    /// kept and again at the second (a stacking clause has two or more).
    public var stackingCues: [HedgeCue] {
        var result: [HedgeCue] = []
        result.reserveCapacity(cues.count)
        for cue in cues {
            if cue.kind == .openQuestion { break }
            if cue.kind != .attribution { result.append(cue) }
        }
        return result
    }
}
