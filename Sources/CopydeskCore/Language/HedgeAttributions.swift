/// Finds claims credited to unnamed sources: "some studies suggest", "many athletes believe",
/// "research suggests", "according to some experts".
///
/// A vague attribution is a source word (studies, experts, people) followed by an attribution
/// verb (suggest, believe, say), where the source is made vague by a quantifier (some, many,
/// several, up to two words before it) or stands bare at the start of a clause. Reporting
/// verbs (say, claim, argue) need the quantifier: "Scientists say" is a citation problem, not
/// a hedge; "some scientists say" is hearsay.
///
/// A class: its lexicons take some 500 bytes, which a struct had copied to the stack for every
/// sentence the detector read (the detector holds it, and is itself passed by reference).
final class HedgeAttributions: Sendable {
    private let quantifiers: WordPatterns
    private let sources: WordPatterns
    private let verbs: WordPatterns
    private let reportingVerbs: WordPatterns
    /// Every word `sourceAndVerb` can start at, the sources and the standalone quantifiers, to
    /// rule most words out with one lookup instead of two; nil when a source is a prefix
    /// pattern (every word is then read in full).
    private let starters: WordSet?
    /// `starters` and "according": every word a match can start at, so `matches(in:)` rules
    /// most words out with one lookup before trying either kind of attribution.
    private let openings: WordSet?
    /// The words of `openings`, each once, in order (nil without it): a phrase index that
    /// lists them finds where `matches(in:openings:)` tries attributions.
    let openingWords: [String]?
    /// The hashes of the ASCII words of `openings`, read before it (see `WordHashBits`): most
    /// words of a sentence are ruled out with one bit instead of a lookup.
    private let openingHashes: WordHashBits?
    /// Whether "according" is itself a starter: a word `openings` holds is then a starter, and
    /// otherwise a starter unless it is "according" (see `sourceAndVerb`).
    private let startersHoldAccording: Bool
    /// The static lists `verb` reads for every source it is asked about (about 11 a bench
    /// article), held here as well: every read of a static goes through its `swift_once` check,
    /// a read of a stored constant does not.
    private let auxiliaryWords = HedgeAttributions.auxiliaries
    private let needThatWords = HedgeAttributions.needThat

    /// Quantifiers that can be the whole subject: some believe, many say, others argue.
    private static let standalone: WordSet = ["some", "many", "others", "several", "most", "few"]
    /// Words that may sit between a source and its verb: studies have long suggested.
    private static let auxiliaries: WordSet = [
        "have", "has", "had", "also", "now", "increasingly", "long", "often", "widely", "generally", "even", "still",
    ]
    /// Words that make a source specific, or end the noun phrase: these studies, our results, from studies.
    private static let blockers: WordSet = [
        "the", "these", "those", "this", "that", "our", "their", "his", "her", "its", "my", "your", "a", "an", "we",
        "they", "it", "there", "which", "who", "of", "from", "in", "on", "by", "with", "for", "to", "at", "about",
        "and", "or", "but", "than",
    ]
    /// Words that open a clause, after which a bare source starts it: while research suggests.
    private static let openers: WordSet = [
        "while", "although", "though", "but", "and", "because", "since", "as", "if", "whereas", "that", "however",
        "yet", "so", "when", "whilst",
    ]
    /// Verbs that credit a claim only with `that` after them: many people feel that…, not "feel better".
    private static let needThat: WordSet = ["feel", "feels", "felt"]

    /// - Parameter prefilter: whether words are ruled out by `starters` first (the same
    /// matches; false reads every word in full, as the tests compare).
    init(_ lexicon: HedgeLexicon, prefilter: Bool = true) {
        quantifiers = WordPatterns(lexicon.attributionQuantifiers)
        sources = WordPatterns(lexicon.attributionSources)
        verbs = WordPatterns(lexicon.attributionVerbs)
        reportingVerbs = WordPatterns(
            lexicon.attributionVerbs.filter { HedgeLexicon.reportingVerbs.contains($0.lowercased()) })
        let quantifiers = quantifiers
        let starterWords = sources.exactWords + Self.standalone.filter { quantifiers.contains($0) }
        starters = prefilter && !sources.hasPrefixes ? WordSet(starterWords) : nil
        openings = prefilter && !sources.hasPrefixes ? WordSet(starterWords + ["according"]) : nil
        var seen = Set<String>()
        openingWords = openings == nil ? nil : (starterWords + ["according"]).filter { seen.insert($0).inserted }
        openingHashes = openings?.asciiHashBits()
        startersHoldAccording = starters?.contains("according") ?? false
    }

    /// Whether an attribution could take in words on both sides of token `index`, where a
    /// sentence starts in `words` (a text's words), or read a word across it: every
    /// test below stops at a clause's start except "according to" and "feel that", which read
    /// the next word whatever it is, and a quantity noun before "of" ("a number of studies"),
    /// read before its clause. When this is false, the matches in the text are those of the
    /// text before `index` and of the text from it, each read alone.
    func mayReach<Words: RandomAccessCollection<String>>(across index: Int, in words: Words) -> Bool
    where Words.Index == Int {
        mayReach(secondLast: index >= 2 ? words[index - 2] : "", last: words[index - 1], first: words[index])
    }

    /// `mayReach(across:in:)` where the two words before the edge (`secondLast`, "" when there
    /// is none, and `last`) and the word after it (`first`) are known.
    func mayReach(secondLast: String, last: String, first: String) -> Bool {
        last == "according" || secondLast == "according" || Self.needThat.contains(last) || first == "of"
    }

    /// Token ranges of the vague attributions in a text.
    func matches(in text: HedgeText) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = 0
        let count = text.count
        while index < count {
            // Neither kind of match starts at a word that is no source, standalone quantifier or
            // "according": those words are skipped in a loop of their own, the keys read once.
            if let openings {
                let keys = text.keys
                while index < count {
                    // The words whose hash bit is clear are passed over without a lookup.
                    if let openingHashes {
                        index = openingHashes.firstMayContain(keys, from: index, to: count)
                        guard index < count else { break }
                    }
                    if openings.contains(in: keys, at: index) { break }
                    index += 1
                }
                guard index < count else { break }
            }
            // A match starts no earlier than the end of the one before: a source right after an
            // attribution ("some studies suggest researchers believe") reads back no further.
            let floor = result.last?.upperBound ?? 0
            if let match = according(text, at: index) ?? sourceAndVerb(text, at: index, floor: floor) {
                result.append(match)
                index = match.upperBound
            } else {
                index += 1
            }
        }
        return result
    }

    /// `matches(in:)` where `openings` are the text's tokens that `openings` holds, in order (each
    /// a match of one token of a phrase index listing `openingWords`): the words are not read
    /// to find them. Only for an attribution reader with `openings`.
    func matches(in text: HedgeText, openings: ArraySlice<PhraseLexicons.Found>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        // The first token a match may start at: past the last match, or past the last opening tried.
        var index = 0
        for opening in openings {
            let start = opening.tokenRange.lowerBound
            guard start >= index else { continue }
            let floor = result.last?.upperBound ?? 0
            if let match = according(text, at: start) ?? sourceAndVerb(text, at: start, floor: floor) {
                result.append(match)
                index = match.upperBound
            } else {
                index = start + 1
            }
        }
        return result
    }

    /// "some studies suggest", "research suggests", "many believe", with `index` at the source;
    /// the match starts at `floor` or later (the end of the attribution before, or 0), where a
    /// clause opens as at a clause's start. With `starters`, `matches(in:)` calls it only at a
    /// word `openings` holds.
    private func sourceAndVerb(_ text: HedgeText, at index: Int, floor: Int) -> Range<Int>? {
        let keys = text.keys
        // The verb found by the prefilter below, not looked for a second time.
        var knownVerb: Int?
        if starters != nil {
            // A starter is a source or a standalone quantifier (so `isSource || alone` below
            // holds): the verb, which most sources lack, is looked for first, before the word
            // is looked up in the lists again. The word is one of `openings`, the starters and
            // "according": a starter unless it is "according" (told by its string, not a
            // second lookup), which is one only when the starters hold it.
            guard startersHoldAccording || text.words[index] != "according",
                let verbIndex = verb(text, after: index)
            else { return nil }
            knownVerb = verbIndex
        }
        let isSource = sources.contains(in: keys, at: index)
        let alone =
            !isSource && Self.standalone.contains(in: keys, at: index) && quantifiers.contains(in: keys, at: index)
        guard isSource || alone else { return nil }
        guard let verbIndex = knownVerb ?? verb(text, after: index) else { return nil }
        if alone {
            return text.startsClause(at: index) || Self.openers.contains(text.word(index - 1) ?? "")
                ? index..<(verbIndex + 1) : nil
        }
        if let quantifier = quantifier(text, before: index, floor: floor) { return quantifier..<(verbIndex + 1) }
        guard !reportingVerbs.contains(in: text.keys, at: verbIndex) else { return nil }
        // A bare source opening its clause, with up to two modifiers: recent animal studies suggest.
        // The walk cut short by the attribution before opens the clause there.
        var start = index
        var cut = false
        while start > 0, index - start < 2, !text.startsClause(at: start),
            !Self.blockers.contains(in: text.keys, at: start - 1), !Self.openers.contains(in: text.keys, at: start - 1)
        {
            if start == floor {
                cut = true
                break
            }
            start -= 1
        }
        let opens = text.startsClause(at: start) || cut || Self.openers.contains(text.word(start - 1) ?? "")
        return opens ? start..<(verbIndex + 1) : nil
    }

    /// "according to some experts", "according to research".
    private func according(_ text: HedgeText, at index: Int) -> Range<Int>? {
        // A token that reads "according" starts with `a` or `A` (no other character lowercases
        // to `a`): the first byte rules out most tokens before their word is compared.
        guard text.bytes[text.tokens[index].range.lowerBound] | 0x20 == UInt8(ascii: "a") else { return nil }
        guard text.words[index] == "according", text.word(index + 1) == "to", index + 2 < text.count else {
            return nil
        }
        var cursor = index + 2
        let quantified = quantifiers.contains(in: text.keys, at: cursor)
        if quantified { cursor += 1 }
        let limit = cursor + (quantified ? 2 : 0)
        while cursor < text.count, cursor <= limit, !text.startsClause(at: cursor) {
            if sources.contains(in: text.keys, at: cursor) {
                return isNamed(text, after: cursor) ? nil : index..<(cursor + 1)
            }
            if Self.blockers.contains(in: text.keys, at: cursor) { return nil }
            cursor += 1
        }
        return nil
    }

    /// Whether words after a source name it: researchers at Ben-Gurion University, experts from the WHO.
    private func isNamed(_ text: HedgeText, after index: Int) -> Bool {
        guard let next = text.word(index + 1), !text.startsClause(at: index + 1) else { return false }
        return Self.naming.contains(next) || text.isCapitalized(index + 1)
    }

    /// Words after a source that go on to name it.
    private static let naming: WordSet = [
        "at", "from", "of", "with", "in", "led", "presenting", "behind", "who", "involved", "working", "by",
        "presented", "published", "conducted", "funded",
    ]
    /// Nouns that with `of` quantify a source: a number of studies, a handful of experts.
    private static let quantityNouns: WordSet = ["number", "handful", "couple", "lot", "host", "range", "variety"]

    /// The index of the attribution verb after a source, past auxiliaries, in the same clause.
    private func verb(_ text: HedgeText, after index: Int) -> Int? {
        var cursor = index + 1
        while cursor < text.count, cursor - index <= 3, auxiliaryWords.contains(in: text.keys, at: cursor),
            !text.startsClause(at: cursor)
        {
            cursor += 1
        }
        guard cursor < text.count, !text.startsClause(at: cursor), verbs.contains(in: text.keys, at: cursor) else {
            return nil
        }
        if needThatWords.contains(in: text.keys, at: cursor), text.word(cursor + 1) != "that" { return nil }
        return cursor
    }

    /// A quantifier up to two words before the source, with nothing specific in between.
    private func quantifier(_ text: HedgeText, before index: Int, floor: Int) -> Int? {
        var cursor = index - 1
        while cursor >= floor, index - cursor <= 3, !text.startsClause(at: cursor + 1) {
            let word = text.words[cursor]
            if quantifiers.contains(in: text.keys, at: cursor) { return cursor }
            if word == "of", cursor - 1 >= floor, let noun = text.word(cursor - 1), Self.quantityNouns.contains(noun) {
                return cursor - 2 >= floor && text.words[cursor - 2] == "a" ? cursor - 2 : cursor - 1
            }
            if Self.blockers.contains(in: text.keys, at: cursor) { return nil }
            cursor -= 1
        }
        return nil
    }
}

/// Single-word patterns: exact words and `stem*` prefixes.
struct WordPatterns: Sendable {
    private let exact: WordSet
    /// The prefixes, by the first byte of a word that could start with each (see `FirstWordShapes`).
    private let prefixesByFirstByte: [[String]]
    /// The exact words, lowercased, in the order given.
    let exactWords: [String]
    /// Whether any pattern is a `stem*` prefix.
    let hasPrefixes: Bool

    init(_ patterns: [String]) {
        var exact: [String] = []
        var prefixes: [String] = []
        for pattern in patterns.map({ $0.lowercased() }) {
            if pattern.hasSuffix("*") { prefixes.append(String(pattern.dropLast())) } else { exact.append(pattern) }
        }
        self.exact = WordSet(exact)
        exactWords = exact
        hasPrefixes = !prefixes.isEmpty
        prefixesByFirstByte = (0...255).map { byte in
            prefixes.filter { FirstWordShapes.mayMatch($0, firstByte: UInt8(byte)) }
        }
    }

    func contains(_ word: String) -> Bool {
        if exact.contains(word) { return true }
        // The first byte read in place (0 for an empty word, as before); most bytes start no prefix.
        let prefixes = prefixesByFirstByte[Int(FirstWordShapes.shape(of: word).first)]
        return !prefixes.isEmpty && prefixes.contains { word.hasPrefix($0) }
    }

    /// `contains(keys.words[index])`, with the hash and first byte read with the sentence.
    func contains(in keys: WordKeys, at index: Int) -> Bool {
        if exact.contains(in: keys, at: index) { return true }
        let prefixes = prefixesByFirstByte[Int(keys.shape(at: index).first)]
        return !prefixes.isEmpty && prefixes.contains { keys.words[index].hasPrefix($0) }
    }
}
