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

    private let matcher: PhraseMatcher
    /// The pattern of each of the matcher's entries, by entry number (`PhraseMatcher.entries`):
    /// a match finds its pattern without hashing its phrase.
    private let entryPatterns: [Pattern]
    let attributions: HedgeAttributions
    /// The matcher's entries of two words or more, read for matches across a sentence's edge.
    let crossings: HedgeCrossings

    public init(lexicon: HedgeLexicon = .builtIn, includeQuotes: Bool = false) {
        if var built = Self.built.value(for: lexicon) {
            // The compiled patterns depend on the lexicon only; the quote setting is the copy's.
            built.includeQuotes = includeQuotes
            self = built
            return
        }
        self.lexicon = lexicon
        self.includeQuotes = includeQuotes
        var patterns: [String: Pattern] = [:]
        for entry in lexicon.cues where patterns[entry.pattern] == nil {
            guard let focus = Self.focus(of: entry.pattern) else { continue }
            patterns[entry.pattern] = Pattern(kind: entry.kind, focus: focus)
        }
        for exception in lexicon.exceptions {
            guard let focus = Self.focus(of: exception) else { continue }
            patterns[exception] = Pattern(kind: nil, focus: focus)
        }
        let phrases = Array(patterns.keys).sorted()
        matcher = PhraseMatcher(phrases)
        // Every entry is one of the phrases, each a key of `patterns`.
        entryPatterns = matcher.entries.map { patterns[$0] ?? Pattern(kind: nil, focus: 0..<0) }
        crossings = HedgeCrossings(phrases)
        attributions = HedgeAttributions(lexicon)
        Self.built.store(self, for: lexicon)
    }

    /// A detector with the policy's lexicon edits and quote setting.
    public init(settings: HedgingSettings) {
        self.init(lexicon: .builtIn(editedBy: settings.common), includeQuotes: settings.lintQuotes)
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
    func cues(in text: HedgeText, includingQuotes: Bool) -> [HedgeCue] {
        let attributions = attributions.matches(in: text)
        // Most sentences hold no attribution: their cues are the phrase cues as found.
        guard !attributions.isEmpty else {
            let result = phraseCues(in: text, tokens: 0..<text.count)
            return includingQuotes ? result : droppingQuoted(result, in: text.bytes)
        }
        var result: [HedgeCue] = []
        var segmentStart = 0
        for match in attributions {
            result += phraseCues(in: text, tokens: segmentStart..<match.lowerBound)
            result.append(cue(.attribution, text, tokens: match, entry: "vague attribution"))
            segmentStart = match.upperBound
        }
        result += phraseCues(in: text, tokens: segmentStart..<text.count)
        return includingQuotes ? result : droppingQuoted(result, in: text.bytes)
    }

    /// The cues outside quotation marks unless this detector counts quotes; the quotes are
    /// looked for only when there are cues they could hold.
    func droppingQuoted(_ cues: [HedgeCue], in bytes: [UInt8]) -> [HedgeCue] {
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
        matcher.forEachMatch(keys: text.keys, in: tokens) { entry, found in
            let pattern = entryPatterns[entry]
            guard let kind = pattern.kind else { return }
            let start = found.lowerBound
            let focus = (start + pattern.focus.lowerBound)..<(start + pattern.focus.upperBound)
            if text.words[focus.lowerBound] == "may", HedgeMonth.isMonth(text, at: focus.lowerBound) { return }
            result.append(cue(kind, text, tokens: focus, entry: matcher.entries[entry]))
        }
        return result
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
    public var stackingCues: [HedgeCue] {
        let beforeQuestion = cues.prefix { $0.kind != .openQuestion }
        return beforeQuestion.filter { $0.kind != .attribution }
    }
}
