import Foundation

/// One pass over a sentence's lowercased words for `ClaimStrengthClassifier`.
struct ClaimStrengthScan {
    enum CueKind { case causal, association, comparison, hedgedCausal }

    struct Cue {
        var kind: CueKind
        var start: Int
        var end: Int
    }

    typealias Lexicon = ClaimStrengthLexicon

    let words: SentenceWords
    /// Whether clause-ending punctuation stands before each word.
    let gaps: ClauseGaps
    /// Whether each word holds a hyphen.
    let hyphens: TokenHyphens
    /// What each word can be to the scan.
    let roles: CheckWorthiness.RoleRun
    /// The keys of `words` when the sentence was read with them (`hasKeys`), else no keys.
    /// Not an optional: unwrapping one copied the keys (three arrays retained) at every lookup.
    let keys: WordKeys
    let hasKeys: Bool
    /// False when no word has the `recommendation` role: the sentence turns to no recommendation.
    let mayRecommend: Bool

    /// - Parameter keys: when given, the keys of `words` (their roles are found by the hashes
    /// read with the sentence, the same roles as the words').
    /// - Parameter roles: `roles(of: keys)` when the keys are given, else `roles(of: words)`.
    /// - Parameter mayRecommend: false only when no word of `roles` has the `recommendation` role.
    init(
        words: SentenceWords, keys: WordKeys? = nil, roles: [Roles], gaps: ClauseGaps, hyphens: TokenHyphens,
        mayRecommend: Bool = true
    ) {
        self.init(
            words: words, keys: keys, roles: CheckWorthiness.RoleRun(roles), gaps: gaps, hyphens: hyphens,
            mayRecommend: mayRecommend)
    }

    /// - Parameter roles: the words' roles, a run of a table that may hold other sentences'.
    init(
        words: SentenceWords, keys: WordKeys? = nil, roles: CheckWorthiness.RoleRun, gaps: ClauseGaps,
        hyphens: TokenHyphens, mayRecommend: Bool = true
    ) {
        self.words = words
        self.gaps = gaps
        self.hyphens = hyphens
        self.roles = roles
        self.mayRecommend = mayRecommend
        if let keys {
            self.keys = keys
            hasKeys = true
        } else {
            self.keys = Self.noKeys
            hasKeys = false
        }
    }

    /// `set.contains(words[index])`, looked up by the word's key when the scan has the keys
    /// (the same answer, without hashing the word again).
    @inline(__always)
    func isWord(at index: Int, in set: WordSet) -> Bool {
        hasKeys ? set.contains(in: keys, at: index) : set.contains(words[index])
    }

    private static let noKeys = WordKeys([])

    /// The cue that carries the sentence's claim (the first causal or association cue, else the
    /// first comparison), with the negation and hedge before it (`scope(before:)`), read in the
    /// walk that asks whether a question opens its clause (separate walks read the same words'
    /// scope lists and clause gaps: a lookup and some fifty instructions a word).
    func mainCueAndScope() -> (cue: Cue, scope: CueScope)? {
        // Where the sentence turns to a recommendation matters only for a cue: it is looked for
        // at the first cue found (most sentences the scan reads hold none), and not at all in a
        // sentence without a word that can start one.
        var recommendation: Int?
        var knowsRecommendation = !mayRecommend
        var comparison: (cue: Cue, scope: CueScope)?
        let cueStarts = Self.cueStarts
        var index = 0
        // The first hyphen at or after the token last asked about (see `TokenHyphens.holdsHyphen`).
        var nextHyphen = -1
        while index < words.count {
            // `cue(at:)` finds nothing at a word that has neither role and no hyphen (most words).
            guard !roles[index].isDisjoint(with: cueStarts) || hyphens.holdsHyphen(index, nextHyphen: &nextHyphen),
                let found = cue(at: index)
            else {
                index += 1
                continue
            }
            index = found.end
            guard let scope = scope(before: found.start) else { continue }
            if !knowsRecommendation { (recommendation, knowsRecommendation) = (recommendationIndex, true) }
            if let recommendation, !isBeforeClause(found.start, of: recommendation) { continue }
            switch found.kind {
            case .causal, .association: return (found, scope)
            case .comparison: if comparison == nil { comparison = (found, scope) }
            case .hedgedCausal:
                if scope.hedge != nil { return (Cue(kind: .causal, start: found.start, end: found.end), scope) }
            }
        }
        return comparison
    }

    /// Where the sentence turns to a recommendation or a call for research, if it does.
    var recommendationIndex: Int? {
        // By index: only a word that can start a recommendation is looked up, with one lookup
        // for every list it is asked about (and one for the word after it, when asked).
        for index in words.indices where roles[index].contains(.recommendation) {
            let bits = recommendationWords(at: index)
            if bits.contains(.recommendation) { return index }
            let hasNext = index + 1 < words.count
            // The word after is looked up only after a word that asks about it in a list (most
            // such words are "is", "are" or "be", which ask whether it is "recommended": one
            // comparison of two short strings costs less than a lookup). `next` is "" after the
            // last word: only a string lookup answers for it.
            if !bits.isDisjoint(with: RecommendationWords.needsNext) {
                let next = hasNext ? recommendationWords(at: index + 1) : RecommendationWords.of("")
                if bits.contains(.researchAdjective), next.contains(.researchNoun) { return index }
                if bits.contains(.needVerb), next.contains(.needObject) { return index }
            }
            if bits.contains(.isAreBe), hasNext, words[index + 1] == "recommended" { return index }
        }
        return nil
    }

    /// The recommendation lists holding the word at `index`, found by its key when the scan has the keys.
    @inline(__always)
    private func recommendationWords(at index: Int) -> RecommendationWords {
        hasKeys ? RecommendationWords.of(index, keys) : RecommendationWords.of(words[index])
    }

    static let researchAdjectives: WordSet = ["further", "future", "larger", "additional"]
    static let researchNouns: WordSet = [
        "research", "studies", "study", "trials", "work", "investigation", "investigations", "evaluation",
    ]
    static let needVerbs: WordSet = ["require", "requires", "required", "need", "needs"]
    static let needObjects: WordSet = [
        "further", "additional", "more", "confirmation", "validation", "investigation", "to", "for",
    ]
    static let isAreBe: WordSet = ["is", "are", "be"]
    /// Every word a recommendation can start with: one lookup rules most words out.
    static let recommendationWords = Lexicon.recommendation.union(
        researchAdjectives.words.union(needVerbs).union(isAreBe))

    /// Whether a cue stands in an earlier clause than a recommendation (a finding, then advice).
    private func isBeforeClause(_ cue: Int, of recommendation: Int) -> Bool {
        guard cue < recommendation else { return false }
        for index in (cue + 1)...recommendation {
            if isWord(at: index, in: Lexicon.clauseBreaks) || ["suggesting", "indicating"].contains(words[index]) {
                return true
            }
        }
        return false
    }

    // MARK: - Cues

    private func cue(at index: Int) -> Cue? {
        // (The first words' table answers by a word's key as by its string: see `WordTable.number(in:at:)`.)
        if roles[index].contains(.phraseStart),
            let number = hasKeys
                ? Self.phraseFirstWords.number(in: keys, at: index) : Self.phraseFirstWords.number(of: words[index])
        {
            for (phrase, kind) in Self.phrasesByFirstWord[number] where matches(phrase, at: index) {
                return Cue(kind: kind, start: index, end: index + phrase.count)
            }
        }
        let hyphenated = hyphens[index]
        // Most words are no cue: their roles rule them out (every cue below is a cue word;
        // `word` is what follows the last hyphen, so it never ends with "-dependent" or "-related"),
        // before the word is copied out of the sentence.
        if !hyphenated, !roles[index].contains(.cue) { return nil }
        // Most hyphenated words' heads are no cue word either: read on the word's bytes, without
        // making the head a string.
        if hyphenated, Self.asciiHeadIsCueWord(words[index]) == false { return nil }
        let word = hyphenated ? Self.head(of: words[index]) : words[index]
        guard !hyphenated || Lexicon.cueWords.contains(word) else { return nil }
        // `word` is the word at `index` unless it is hyphenated: then only its head is looked up,
        // in every list `cue` asks about at once.
        let lists = hyphenated ? CueLists.of(word) : hasKeys ? CueLists.of(index, keys) : CueLists.of(word)
        func wordIsIn(_ list: CueLists) -> Bool { lists.contains(list) }
        let next = index + 1 < words.count && !gaps[index + 1] ? words[index + 1] : ""
        // "by improving adherence", "strategies for reducing salt": a gerund after a preposition names an aim.
        if TextScan.hasSuffix(word, "ing"), index > 0, !gaps[index], !wordIsIn(.association),
            Self.isAimPreposition(words[index - 1])
        {
            return nil
        }
        // "affects about 1.28 billion adults" counts people; it claims no effect.
        if wordIsIn(.affect), next.first?.isNumber == true || Self.isApproximation(next) {
            return nil
        }
        // "helps identify malignancies", "contributes important information", "raises concerns":
        // a verb of effect whose object is knowledge or a decision claims no effect on health.
        if wordIsIn(.knowledgeVerb), isAboutKnowledge(after: index) { return nil }
        // "side effects of ketamine" names harms; it claims no effect.
        if wordIsIn(.effectNoun), word == "effect" || word == "effects", index > 0,
            Self.isHarmModifier(words[index - 1])
        {
            return nil
        }
        if wordIsIn(.association) {
            return Cue(kind: .association, start: index, end: index + 1)
        }
        if wordIsIn(.changeVerb) {
            return changeKind(at: index).map { Cue(kind: $0, start: index, end: index + 1) }
        }
        if wordIsIn(.effectNoun), Self.isEffectPreposition(next),
            index == 0 || !Self.isHarmModifier(words[index - 1])
        {
            return Cue(kind: .causal, start: index, end: index + 1)
        }
        if wordIsIn(.hedgedOnly) { return Cue(kind: .hedgedCausal, start: index, end: index + 1) }
        if wordIsIn(.causal) {
            // "protective association", "effective predictive marker": the association is the claim.
            if Lexicon.association.contains(next) { return Cue(kind: .association, start: index, end: index + 2) }
            if TextScan.hasSuffix(word, "ed"), index == 0 || Lexicon.adjectivalContext.contains(words[index - 1]) {
                return nil
            }
            return Cue(kind: .causal, start: index, end: index + 1)
        }
        if wordIsIn(.comparison) { return Cue(kind: .comparison, start: index, end: index + 1) }
        return nil
    }

    // Small word lists of `cue(at:)`, as `switch`es: an array literal is built at every call.

    /// "by improving", "for reducing": a preposition before a gerund that names an aim.
    private static func isAimPreposition(_ word: String) -> Bool {
        switch word {
        case "on", "by", "for", "of", "in", "at", "towards", "toward", "about", "regarding": true
        default: false
        }
    }

    /// "affects about 1.28 billion": words that open a count.
    private static func isApproximation(_ word: String) -> Bool {
        switch word {
        case "about", "around", "approximately", "nearly", "almost", "some", "up", "over", "one", "an": true
        default: false
        }
    }

    /// "side effects", "adverse effects": words that make an effect a harm.
    private static func isHarmModifier(_ word: String) -> Bool {
        switch word {
        case "side", "adverse", "unwanted", "undesirable": true
        default: false
        }
    }

    private static func isEffectPreposition(_ word: String) -> Bool {
        switch word {
        case "of", "on", "upon", "from", "in": true
        default: false
        }
    }

    /// The multi-word cues by their first word's number in `phraseFirstWords`: causal phrases
    /// before association phrases, each in lexicon order (a phrase can only match where its first
    /// word stands).
    private static let (phraseFirstWords, phrasesByFirstWord): (WordTable, [[(phrase: [String], kind: CueKind)]]) = {
        // Unfiltered: the lookups answer as a `[String: …]` keyed by the first words would.
        var table = WordTable(filtered: false)
        var phrases: [[(phrase: [String], kind: CueKind)]] = []
        let all =
            Lexicon.causalPhrases.map { ($0, CueKind.causal) } + Lexicon.associationPhrases.map { ($0, .association) }
        for (phrase, kind) in all {
            let (number, isNew) = table.insert(phrase[0])
            if isNew { phrases.append([]) }
            phrases[number].append((phrase, kind))
        }
        return (table, phrases)
    }()

    /// Whether, within four words of the verb at `index`, a word names knowledge, a decision or a concern.
    private func isAboutKnowledge(after index: Int) -> Bool {
        var offset = index + 1
        while offset < min(words.count, index + 5) {
            if gaps[offset] { return false }
            if isWord(at: offset, in: Lexicon.knowledgeObjects) { return true }
            offset += 1
        }
        return false
    }

    /// The last part of a hyphenated word: "cost-effective" reads as "effective".
    static func head(of word: String) -> String {
        guard hasHyphen(word) else { return word }
        // An ASCII word is cut on its bytes; another one on its characters (a combining mark
        // after a hyphen makes a character that is not "-").
        if let head = asciiHead(of: word) { return head }
        guard let last = word.split(separator: "-").last else { return word }
        return String(last)
    }

    /// `head(of:)` for an ASCII word, read on its bytes: what follows the last hyphen that has
    /// something after it (the last non-empty part between hyphens); the word itself when every
    /// byte is a hyphen, and nil for a word that is not ASCII.
    static func asciiHead(of word: String) -> String? {
        var word = word
        // Read in place on the word's bytes (walking `utf8`'s indices cost a call per step).
        let head = word.withUTF8 { bytes -> String?? in
            guard ByteSearch.isASCII(bytes) else { return .none }
            let hyphen = UInt8(ascii: "-")
            var end = bytes.count
            while end > 0, bytes[end - 1] == hyphen { end -= 1 }
            // Every byte a hyphen: the word itself.
            guard end > 0 else { return String(decoding: bytes, as: UTF8.self) }
            var start = end
            while start > 0, bytes[start - 1] != hyphen { start -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        return head ?? nil
    }

    /// `Lexicon.cueWords.contains(head(of: word))` for an ASCII word, read on its bytes; nil for
    /// a word that is not ASCII.
    static func asciiHeadIsCueWord(_ word: String) -> Bool? {
        var word = word
        return word.withUTF8 { bytes -> Bool? in
            guard ByteSearch.isASCII(bytes) else { return nil }
            // The bytes `asciiHead(of:)` makes the head of (the word itself when every byte is a
            // hyphen; with no hyphen, the whole word again).
            let hyphen = UInt8(ascii: "-")
            var end = bytes.count
            while end > 0, bytes[end - 1] == hyphen { end -= 1 }
            guard end > 0 else { return Lexicon.cueWords.contains(ascii: bytes) }
            var start = end
            while start > 0, bytes[start - 1] != hyphen { start -= 1 }
            return Lexicon.cueWords.contains(ascii: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
    }

    static func hasHyphen(_ word: String) -> Bool {
        word.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "-")) }
            ?? word.utf8.contains(UInt8(ascii: "-"))
    }

    /// Whether `phrase` stands at `index` with no clause break inside it. Its words are compared
    /// before its gaps are read: most phrases a first word leads to differ in their second word
    /// (a comparison of two short strings), and each gap read its bytes through the sentence's
    /// tokens, some fifty instructions.
    func matches(_ phrase: [String], at index: Int) -> Bool {
        guard index + phrase.count <= words.count else { return false }
        for (offset, word) in phrase.enumerated() where words[index + offset] != word { return false }
        for offset in 1..<max(1, phrase.count) where gaps[index + offset] { return false }
        return true
    }

    /// "LSG reduced intake" is causal; "a reduced intake", "increased with age" and "was reduced in women" compare.
    private func changeKind(at index: Int) -> CueKind? {
        let word = words[index]
        // "Reduced HDL was…": a participle opening the sentence describes its subject.
        if index == 0 { return TextScan.hasSuffix(word, "ed") ? nil : .comparison }
        if gaps[index] && TextScan.hasSuffix(word, "ed") { return .comparison }
        let previous = gaps[index] ? "" : words[index - 1]
        let next = index + 1 < words.count && !gaps[index + 1] ? words[index + 1] : ""
        if Lexicon.be.contains(previous)
            || (index > 1 && Lexicon.be.contains(words[index - 2])
                && (TextScan.hasSuffix(previous, "ly") || previous == "not"))
        {
            return hasAgent(after: index) ? .causal : .comparison
        }
        let afterNext = index + 2 < words.count && !gaps[index + 2] ? words[index + 2] : ""
        if Lexicon.objectOpeners.contains(next)
            || (TextScan.hasSuffix(next, "ly") && Lexicon.objectOpeners.contains(afterNext))
        {
            return .causal
        }
        if next.isEmpty || Lexicon.intransitiveFollowers.contains(next) { return .comparison }
        if TextScan.hasSuffix(word, "ed") {
            return Lexicon.adjectivalContext.contains(previous) ? .comparison : .causal
        }
        if TextScan.hasSuffix(word, "s") {
            return ["a", "an", "the", "of", "in", "with", "no", "significant", "small", "large"].contains(previous)
                ? .comparison : .causal
        }
        // "can temporarily raise": an adverb between a modal and the verb.
        if TextScan.hasSuffix(previous, "ly"), index > 1, !gaps[index - 1],
            Lexicon.verbContext.contains(words[index - 2])
        {
            return .causal
        }
        return Lexicon.verbContext.contains(previous) || TextScan.hasSuffix(previous, "n't") ? .causal : .comparison
    }

    /// A passive with its agent: "was improved by supplementation" (not "by one third").
    private func hasAgent(after index: Int) -> Bool {
        var offset = index + 1
        while offset < min(words.count, index + 5) {
            if gaps[offset] { return false }
            if words[offset] == "by" {
                guard offset + 1 < words.count, let first = words[offset + 1].unicodeScalars.first else { return false }
                return !CharacterSet.decimalDigits.contains(first)
                    && !["one", "two", "half", "a", "about", "approximately", "nearly", "almost"].contains(
                        words[offset + 1])
            }
            offset += 1
        }
        return false
    }

    // MARK: - Scope

    /// What stands before a cue in its clause: a negator (at most five words before it) and a
    /// hedge (at most six).
    struct CueScope: Equatable {
        var negated: Bool
        var hedge: Range<Int>?
    }

    /// The negation and hedge before the cue at `index`, or nil when a question word ("whether",
    /// "to evaluate") opens its clause, read in one walk back from it: the question's walk reads
    /// every word of the clause the other two read (they stop where it stops, or sooner).
    func scope(before index: Int) -> CueScope? {
        // The scope lists are read once a call, handed over borrowed: read in the loop, each
        // word walked cost a `swift_once`. Each word is asked about all of them with one lookup.
        scope(before: index, lists: ScopeWords.lists)
    }

    private func scope(before index: Int, lists: borrowing WordListBits<ScopeWords>) -> CueScope? {
        var found = CueScope(negated: false, hedge: nil)
        // Whether the hedge's walk has its answer (the negation's has it once `negated` is set).
        var hedgeDone = false
        var offset = index - 1
        while offset >= 0 {
            let scope = hasKeys ? lists.of(offset, in: keys) : lists.of(words[offset])
            if scope.contains(.questionScope) { return nil }
            let distance = index - offset
            if !found.negated, distance <= 5, scope.contains(.negator) || endsWithNT(at: offset) {
                found.negated = true
            }
            if !hedgeDone, distance <= 6, scope.contains(.hedge) {
                hedgeDone = true
                if !(words[offset] == "likely" && offset > 0 && ["more", "less", "most"].contains(words[offset - 1])) {
                    found.hedge = offset..<(offset + 1)
                }
            }
            // The gap read in place (`ClauseGaps.inPlace`): this walk asks about every word of the clause.
            if gaps.inPlace(offset + 1) || scope.contains(.clauseBreak) { return found }
            offset -= 1
        }
        return found
    }

    /// `endsWithNT(words[index])`, read on the word's key when it has one for an ASCII word:
    /// the word is its bytes lowercased, so it ends with "n't" when they end `n't` in either
    /// case (copying the word out to read it cost more than the rest of `isNegated`).
    @inline(__always)
    func endsWithNT(at index: Int) -> Bool {
        if hasKeys {
            let key = keys.key(at: index)
            if key.isASCII {
                let count = Int(key.count)
                guard count >= 3 else { return false }
                let end = Int(key.start) + count
                return keys.withAllBytes { bytes in
                    bytes[end - 2] == UInt8(ascii: "'") && ASCII.lowercased(bytes[end - 1]) == UInt8(ascii: "t")
                        && ASCII.lowercased(bytes[end - 3]) == UInt8(ascii: "n")
                }
            }
        }
        return Self.endsWithNT(words[index])
    }

    /// `word.hasSuffix("n't")`, read on the bytes for an ASCII word. The suffix's characters are
    /// single ASCII scalars equivalent to no other string, so a word that has it ends with its
    /// bytes; in an ASCII word each byte is a character, so one that ends with them has it.
    /// Any other word ending with those bytes is asked as before.
    static func endsWithNT(_ word: String) -> Bool {
        var word = word
        let bytes: Bool? = word.withUTF8 { bytes in
            let count = bytes.count
            guard count >= 3, bytes[count - 1] == UInt8(ascii: "t"), bytes[count - 2] == UInt8(ascii: "'"),
                bytes[count - 3] == UInt8(ascii: "n")
            else { return false }
            return ByteSearch.isASCII(bytes) ? true : nil
        }
        return bytes ?? word.hasSuffix("n't")
    }
}

/// Whether clause-ending punctuation (`,` `;` `:` a bracket or a dash) stands before each token,
/// read in the text when asked: the scan asks about a few tokens around its cues, and most
/// sentences it reads have none, so reading every gap up front (as the scan once did)
/// cost more than the questions.
struct ClauseGaps {
    let tokens: SentenceTokens
    let text: SentenceBytes

    /// Whether clause-ending punctuation stands between the token before `index` (or the start) and it.
    subscript(index: Int) -> Bool {
        inPlace(index)
    }
}

extension ClauseGaps {
    /// `self[index]`, read through the views' base pointers: one bounds test for the index, none
    /// for each token and byte read (through the views, a call cost some 48 instructions a token;
    /// `ClaimStrengthScan.scope(before:)` asks about every word of a cue's clause and reads it
    /// inlined).
    @inline(__always)
    func inPlace(_ index: Int) -> Bool {
        precondition(UInt(bitPattern: index) < UInt(bitPattern: tokens.count), "Index out of range")
        let tokens = tokens.base
        let bytes = text.base
        let count = text.count
        var cursor = index == 0 ? 0 : tokens[index - 1].range.upperBound
        let upper = tokens[index].range.lowerBound
        // (Tokens lie in the text, in order: `upper` is at most `count`.)
        while cursor < upper {
            switch bytes[cursor] {
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"):
                return true
            // An en or em dash (`ClaimStrengthClassifier.isDash`).
            case 0xE2:
                if cursor + 2 < count && bytes[cursor + 1] == 0x80
                    && (bytes[cursor + 2] == 0x93 || bytes[cursor + 2] == 0x94)
                {
                    return true
                }
            default: break
            }
            cursor += 1
        }
        return false
    }
}

/// Whether each token holds a hyphen, read in the text when asked (see `ClauseGaps`); false for
/// every token when the text holds no `-` (`anyInText`, one `memchr`), as most sentences.
struct TokenHyphens {
    let tokens: SentenceTokens
    let text: SentenceBytes
    let anyInText: Bool

    init(_ tokens: SentenceTokens, _ text: SentenceBytes) {
        self.tokens = tokens
        self.text = text
        anyInText = ByteSearch.contains(UInt8(ascii: "-"), in: text)
    }

    /// Whether the token at `index` holds a `-`.
    @inline(__always)
    subscript(index: Int) -> Bool {
        anyInText && holdsHyphen(index)
    }

    private func holdsHyphen(_ index: Int) -> Bool {
        for offset in tokens[index].range where text[offset] == UInt8(ascii: "-") { return true }
        return false
    }

    /// `self[index]` for tokens asked about in order, each hyphen of the text found once:
    /// `nextHyphen` is the offset of the first hyphen at or after the last token asked about
    /// (`Int.max` for none; start with -1), kept by the caller from one token to the next.
    @inline(__always)
    func holdsHyphen(_ index: Int, nextHyphen: inout Int) -> Bool {
        guard anyInText else { return false }
        let range = tokens[index].range
        if nextHyphen < range.lowerBound { nextHyphen = firstHyphen(from: range.lowerBound) }
        return nextHyphen < range.upperBound
    }

    /// The offset of the first `-` at or after `start`, or `Int.max`.
    private func firstHyphen(from start: Int) -> Int {
        text.withUnsafeBufferPointer { bytes in
            var offset = start
            while offset < bytes.count {
                if bytes[offset] == UInt8(ascii: "-") { return offset }
                offset += 1
            }
            return Int.max
        }
    }

    /// Whether some token of `tokens` holds a hyphen in `text` (`inSomeToken`), read in place.
    static func inSomeToken(_ tokens: SentenceTokens, _ text: SentenceBytes) -> Bool {
        guard ByteSearch.contains(UInt8(ascii: "-"), in: text) else { return false }
        return TokenHyphens(tokens, text).inSomeToken
    }

    /// Whether some token holds a hyphen and its word's head (`ClaimStrengthScan.head(of:)`) may
    /// be a cue word: `asciiHeadIsCueWord` does not rule it out (a word that is not ASCII is not
    /// read). The only cues of a sentence none of whose words has a cue-start role stand there.
    /// - Parameter words: the tokens' words.
    func holdsCueHead(_ words: SentenceWords) -> Bool {
        guard anyInText else { return false }
        var nextHyphen = -1
        for index in tokens.indices {
            if holdsHyphen(index, nextHyphen: &nextHyphen),
                ClaimStrengthScan.asciiHeadIsCueWord(words[index]) != false
            {
                return true
            }
            if nextHyphen == Int.max { return false }
        }
        return false
    }

    /// Whether some token holds a hyphen (a dash between spaces stands in no token).
    var inSomeToken: Bool {
        guard anyInText else { return false }
        // Each hyphen of the text found once, the tokens walked in order: a token's bytes are
        // not read again (most hyphens of a sentence with one stand between spaces, or in a token).
        var nextHyphen = -1
        for index in tokens.indices {
            if holdsHyphen(index, nextHyphen: &nextHyphen) { return true }
            if nextHyphen == Int.max { return false }
        }
        return false
    }
}

/// The lists of `ClaimStrengthLexicon` that `ClaimStrengthScan.cue(at:)` asks a cue word about,
/// found with one lookup of the word instead of one per list.
struct CueLists: OptionSet, Sendable {
    let rawValue: UInt8

    static let association = CueLists(rawValue: 1 << 0)
    static let changeVerb = CueLists(rawValue: 1 << 1)
    static let hedgedOnly = CueLists(rawValue: 1 << 2)
    static let causal = CueLists(rawValue: 1 << 3)
    static let comparison = CueLists(rawValue: 1 << 4)
    static let knowledgeVerb = CueLists(rawValue: 1 << 5)
    /// "affects", "affected", "affect", "affecting" (read with the
    /// other lists' bits, not by comparing the word with each: `cue(at:)` asks about every cue word).
    static let affect = CueLists(rawValue: 1 << 6)
    /// "effect", "effects", "impact", "benefit", "benefits".
    static let effectNoun = CueLists(rawValue: 1 << 7)

    static let affectWords = ["affects", "affected", "affect", "affecting"]
    static let effectNouns = ["effect", "effects", "impact", "benefit", "benefits"]

    private typealias Lexicon = ClaimStrengthLexicon

    private static let lists = WordListBits<CueLists>(
        [
            (Lexicon.association, .association), (Lexicon.changeVerbs, .changeVerb), (Lexicon.hedgedOnly, .hedgedOnly),
            (Lexicon.causal, .causal), (Lexicon.comparison, .comparison), (Lexicon.knowledgeVerbs, .knowledgeVerb),
        ], words: affectWords.map { ($0, .affect) } + effectNouns.map { ($0, .effectNoun) })

    /// The lists holding the word at `index` of `keys`.
    static func of(_ index: Int, _ keys: WordKeys) -> CueLists {
        lists.of(index, in: keys)
    }

    /// The lists holding `word`.
    static func of(_ word: String) -> CueLists {
        lists.of(word)
    }
}

/// The lists `ClaimStrengthScan.recommendationIndex` asks a word and the word after it about,
/// found with one lookup of each word instead of one per list.
struct RecommendationWords: OptionSet, Sendable {
    let rawValue: UInt8

    /// `ClaimStrengthLexicon.recommendation`.
    static let recommendation = RecommendationWords(rawValue: 1 << 0)
    /// "further", "future", "larger", "additional" (before a research noun).
    static let researchAdjective = RecommendationWords(rawValue: 1 << 1)
    /// "research", "studies", "trials"…
    static let researchNoun = RecommendationWords(rawValue: 1 << 2)
    /// "require", "need"… (before a need object).
    static let needVerb = RecommendationWords(rawValue: 1 << 3)
    /// "further", "more", "confirmation", "to"…
    static let needObject = RecommendationWords(rawValue: 1 << 4)
    /// "is", "are", "be" (before "recommended").
    static let isAreBe = RecommendationWords(rawValue: 1 << 5)

    /// The bits whose test looks the word after up in a list.
    static let needsNext = RecommendationWords([.researchAdjective, .needVerb])

    private typealias Scan = ClaimStrengthScan

    private static let lists = WordListBits<RecommendationWords>(
        [
            (ClaimStrengthLexicon.recommendation, .recommendation), (Scan.researchAdjectives, .researchAdjective),
            (Scan.researchNouns, .researchNoun), (Scan.needVerbs, .needVerb), (Scan.needObjects, .needObject),
            (Scan.isAreBe, .isAreBe),
        ])

    /// The lists holding the word at `index` of `keys`.
    static func of(_ index: Int, _ keys: WordKeys) -> RecommendationWords {
        lists.of(index, in: keys)
    }

    /// The lists holding `word`.
    static func of(_ word: String) -> RecommendationWords {
        lists.of(word)
    }
}

/// The lists of `ClaimStrengthLexicon` that the scan's scope tests (a negation, a hedge or a
/// question before a cue, up to a clause break) ask each word about, found with one lookup.
struct ScopeWords: OptionSet, Sendable {
    let rawValue: UInt8

    static let negator = ScopeWords(rawValue: 1 << 0)
    static let hedge = ScopeWords(rawValue: 1 << 1)
    static let questionScope = ScopeWords(rawValue: 1 << 2)
    static let clauseBreak = ScopeWords(rawValue: 1 << 3)

    private typealias Lexicon = ClaimStrengthLexicon

    static let lists = WordListBits<ScopeWords>([
        (Lexicon.negators, .negator), (Lexicon.hedges, .hedge), (Lexicon.questionScope, .questionScope),
        (Lexicon.clauseBreaks, .clauseBreak),
    ])
}
