import Foundation

/// Classifies how strongly a sentence claims a relationship, after Yu, Li & Wang (EMNLP 2019):
/// `none` (no relationship claimed), `correlational` (association language), `conditional-causal`
/// (causal language softened by a hedge) or `causal` (direct causal language).
///
/// The classifier reads the sentence's words once and finds the cue that carries the claim:
/// the first causal or association cue that is not inside a question ("whether", "to evaluate"),
/// a recommendation ("should", "is needed") or an adjective ("an increased risk"). Negation
/// does not change the kind of claim ("did not improve" is still a causal claim, "no
/// association" still correlational) but is reported, so callers can tell a denial apart.
public struct ClaimStrengthClassifier: Sendable {
    /// What the classifier found in one sentence.
    public struct Analysis: Sendable, Hashable {
        public var strength: Claim.Strength
        /// Byte range of the cue that carries the relationship, if any.
        public var cue: Range<Int>?
        /// Byte range of the hedge that softens a causal cue, if any.
        public var hedge: Range<Int>?
        /// Whether the relationship is negated ("did not reduce", "no association").
        public var negated: Bool
        /// Whether the relationship is a comparison ("higher than", "compared with").
        public var comparison: Bool

        public init(
            strength: Claim.Strength, cue: Range<Int>? = nil, hedge: Range<Int>? = nil, negated: Bool = false,
            comparison: Bool = false
        ) {
            self.strength = strength
            self.cue = cue
            self.hedge = hedge
            self.negated = negated
            self.comparison = comparison
        }
    }

    public init() {}

    /// The strength of the relationship the sentence claims.
    public func strength(of sentence: String) -> Claim.Strength {
        analyze(sentence).strength
    }

    /// The strength with the cue, hedge and negation behind it.
    public func analyze(_ sentence: String) -> Analysis {
        let tokens = Words.tokens(in: sentence).map { Words.Token(text: Words.folded($0.text), range: $0.range) }
        return analyze(tokens: tokens, text: Array(sentence.utf8))
    }

    /// The analysis over pre-computed lowercased tokens of `text`.
    public func analyze(tokens: [Words.Token], text: [UInt8]) -> Analysis {
        analyze(tokens: SentenceTokens(tokens), words: nil, text: SentenceBytes(text))
    }

    /// The analysis over a sentence already read: `words`, when given, must be `tokens.map(\.text)`
    /// (a `SentenceText`'s folded words are, when its text holds no `’`).
    package func analyze(tokens: SentenceTokens, words: SentenceWords?, text: SentenceBytes) -> Analysis {
        analyze(tokens: tokens, words: words, keys: nil, text: text)
    }

    /// The analysis of a sentence already read, its words looked up by the keys read with it:
    /// the words must be `read.tokens.map(\.text)` (a `SentenceText`'s folded words are when its
    /// text holds no `’`), or nil.
    package func analyze(_ read: SentenceText, wordsAreTokens: Bool) -> Analysis {
        wordsAreTokens
            ? analyze(tokens: read.tokens, words: read.words, keys: read.keys, text: read.bytes)
            : analyze(tokens: read.tokens, words: nil, keys: nil, text: read.bytes)
    }

    /// `analyze(read, wordsAreTokens:)`, the words' roles taken from the sentence's check-worthiness
    /// verdict (`CheckWorthiness.verdicts(in:)`, read from the same `SentenceText`) when the words
    /// are the tokens: the detector found the scan's roles in its own lookup of the same keys.
    package func analyze(_ read: SentenceText, wordsAreTokens: Bool, verdict: CheckWorthiness.Verdict) -> Analysis {
        guard wordsAreTokens, verdict.roles.count == read.keys.count else {
            return analyze(read, wordsAreTokens: wordsAreTokens)
        }
        return analyze(
            tokens: read.tokens, words: read.words, keys: read.keys, known: (verdict.roles, verdict.allRoles),
            text: read.bytes)
    }

    /// `analyze(texts[index], wordsAreTokens:verdict: verdicts[index])`, the words taken as the
    /// tokens when the text holds no `’` (which lowercasing never makes, and the only sequence
    /// `Words.folded` changes), the sentence and its verdict read in place: a reader that handed
    /// them over copied each of their arrays first, and released them after, sentence after sentence.
    package func analyze(
        sentenceAt index: Int, of texts: UnsafeBufferPointer<SentenceText>,
        verdicts: UnsafeBufferPointer<CheckWorthiness.Verdict>
    ) -> Analysis {
        // Whether the text holds a `’`, read in place (one `memchr` when it holds no byte 0xE2).
        let wordsAreTokens = !texts[index].keys.withAllBytes(Self.holdsRightQuote)
        guard wordsAreTokens, verdicts[index].roles.count == texts[index].keys.count else {
            return analyze(texts[index], wordsAreTokens: wordsAreTokens)
        }
        // No cue start among the known roles and no hyphen in the text: no cue (as the scan
        // below finds, and a question claims none either), answered before any of the
        // sentence's views is made for it (each a retain and a release). The text is searched
        // for a `-` only when no word is a cue start: a sentence with one reads its hyphens below.
        if verdicts[index].allRoles.isDisjoint(with: ClaimStrengthScan.cueStarts),
            !texts[index].keys.withAllBytes({ ByteSearch.contains(UInt8(ascii: "-"), in: $0) })
        {
            return Analysis(strength: .none)
        }
        return analyze(
            tokens: texts[index].tokens, words: texts[index].words, keys: texts[index].keys,
            known: (verdicts[index].roles, verdicts[index].allRoles), text: texts[index].bytes)
    }

    /// Whether `bytes` hold `’` (E2 80 99). A sentence with a byte 0xE2 but no `’` (a dash, curly
    /// double quotes, an ellipsis) has words that are its tokens' texts, as one without 0xE2 has:
    /// asked of 0xE2 alone, such a sentence went the way of words read again from its tokens,
    /// with every word's roles looked up again (about 4,300 instructions for a title with a dash).
    /// Each 0xE2 is found with `memchr`: a sentence without one costs one call, and one with
    /// curly quotes or dashes one call for each of them up to its first `’`.
    static func holdsRightQuote(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let count = bytes.count
        var offset = 0
        while offset < count, let found = memchr(base + offset, 0xE2, count - offset) {
            let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if at + 2 < count && bytes[at + 1] == 0x80 && bytes[at + 2] == 0x99 { return true }
            offset = at + 1
        }
        return false
    }

    /// - Parameters:
    ///   - keys: when given, the keys of `words`.
    ///   - known: the words' roles and their union, when already found.
    private func analyze(
        tokens: SentenceTokens, words: SentenceWords?, keys: WordKeys?,
        known: (roles: CheckWorthiness.RoleRun, all: ClaimStrengthScan.Roles)? = nil, text: SentenceBytes
    ) -> Analysis {
        // A question asks about a relationship rather than claiming one (closing quotes aside).
        if text.last(where: { !Self.isCloser($0) }) == UInt8(ascii: "?") {
            return Analysis(strength: .none)
        }
        let cueStarts = ClaimStrengthScan.cueStarts
        // Every cue starts at a cue word, a multi-word cue's first word or a hyphenated word:
        // a sentence with none of them (most sentences) claims no relationship, and its clause
        // breaks and hyphens are not read. Asked of the known roles' union and of the tokens in
        // place before anything is made for the scan (each view kept in it a retain and a release).
        // With the words given, the hyphenated words are asked at once whether one's head may be
        // a cue word (`holdsCueHead`, below), not first whether there is one (most sentences that
        // have one have no cue head: "command-line", "built-in").
        var holdsCueHead = false
        if let all = known?.all, all.isDisjoint(with: cueStarts) {
            if let words {
                guard TokenHyphens(tokens, text).holdsCueHead(words) else { return Analysis(strength: .none) }
                holdsCueHead = true
            } else if !TokenHyphens.inSomeToken(tokens, text) {
                return Analysis(strength: .none)
            }
        }
        let words = words ?? SentenceWords(tokens.map(\.text))
        let roles: CheckWorthiness.RoleRun
        let hasCueStart: Bool
        // Unknown without the union: the scan looks for a recommendation word by word.
        var mayRecommend = true
        if let known {
            roles = known.roles
            hasCueStart = !known.all.isDisjoint(with: cueStarts)
            mayRecommend = known.all.contains(.recommendation)
        } else {
            roles = CheckWorthiness.RoleRun(
                keys.map(ClaimStrengthScan.roles(of:)) ?? ClaimStrengthScan.roles(of: words))
            hasCueStart = roles.contains(where: { !$0.isDisjoint(with: cueStarts) })
        }
        let hyphens = TokenHyphens(tokens, text)
        // Without a cue start, a cue starts only at a hyphenated word whose head is a cue word
        // (`ClaimStrengthScan.cue(at:)`): a sentence with none (most sentences with a hyphen,
        // "command-line", "built-in") claims no relationship, and no scan is made for it.
        guard hasCueStart || holdsCueHead || hyphens.holdsCueHead(words) else {
            return Analysis(strength: .none)
        }
        // Clause gaps and hyphens are read in the text when the scan asks about a token. The
        // words, roles and hyphens are handed over, not copied into the scan (each view's
        // arrays retained) while the originals wait to be destroyed.
        let scan = ClaimStrengthScan(
            words: consume words, keys: keys, roles: consume roles, gaps: ClauseGaps(tokens: tokens, text: text),
            hyphens: consume hyphens, mayRecommend: mayRecommend)
        // The negation and hedge before the cue are read with it (`mainCueAndScope`).
        guard let (cue, scope) = scan.mainCueAndScope().map({ ($0.cue, $0.scope) }) else {
            return Analysis(strength: .none)
        }
        let range = tokens[cue.start].range.lowerBound..<tokens[cue.end - 1].range.upperBound
        let negated = scope.negated
        switch cue.kind {
        case .causal:
            if let hedge = scope.hedge {
                let hedgeRange =
                    tokens[hedge.lowerBound].range.lowerBound..<tokens[hedge.upperBound - 1].range.upperBound
                return Analysis(strength: .conditionalCausal, cue: range, hedge: hedgeRange, negated: negated)
            }
            return Analysis(strength: .causal, cue: range, negated: negated)
        case .association:
            return Analysis(strength: .correlational, cue: range, negated: negated)
        case .comparison:
            return Analysis(strength: .correlational, cue: range, negated: negated, comparison: true)
        case .hedgedCausal:
            return Analysis(strength: .none)
        }
    }

    /// Closing quotes, brackets and spaces after a question mark.
    private static func isCloser(_ byte: UInt8) -> Bool {
        switch byte {
        // The bytes of `”` and `’` among them.
        case UInt8(ascii: " "), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), 0xE2, 0x80, 0x9D, 0x99: true
        default: false
        }
    }

    /// An en or em dash (U+2013, U+2014) starting at `index`.
    static func isDash(_ bytes: SentenceBytes, at index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94)
    }
}
