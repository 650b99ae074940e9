import Foundation

/// One sentence's tokens next to its bytes: what the claim and evidence detectors read.
///
/// Tokens are lowercased (see `Words.tokens`); the bytes keep the case and punctuation the
/// detectors need (capitalised names, `%`, brackets, clause boundaries).
struct TextScan {
    /// The sentence's UTF-8, the keys' (not kept twice: a retain and a release more per scan).
    var bytes: SentenceBytes { keys.bytes }
    let tokens: SentenceTokens
    /// Token texts with `’` folded to `'` (the keys' words: not a second copy to keep).
    var words: SentenceWords { keys.words }
    /// `words` hashed once, for the lexicon lookups.
    let keys: WordKeys
    // Each field is a `let` set once by each initializer, with no default value: a field
    // with a default, set again in the initializer, made the optimizer build the scan in a
    // temporary and copy it out whole (every array retained, then the temporary released).

    /// Every lexicon's matches in one list, in the order `PhraseLexicons.found(keys:)` gives
    /// them (empty unless a detector found them): one array per sentence, not one per lexicon,
    /// and no entry's text copied for a match.
    let lexical: ArraySlice<PhraseLexicons.Found>
    /// The lexicons `lexical` was found with (`PhraseLexicons.list(of:)` gives a match's lexicon).
    let lexicons: PhraseLexicons?
    /// The lexicons with a match, one bit per `CheckWorthiness.List`: most sentences match few
    /// lexicons, and `matches(_:)` answers for the others without reading `lexical`.
    let listMask: UInt32
    /// Each word's roles for `CheckWorthiness` (empty unless the detector found them, see `has(_:at:)`).
    let roles: CheckWorthiness.RoleRun
    /// The union of `roles`: whether any word has a role, without reading them all.
    let allRoles: CheckWorthiness.Roles

    /// The lexicon's matches, in sentence order (each lexicon's matches do not overlap), read
    /// in `lexical` as they are iterated: the detectors ask for a dozen lists per sentence, and
    /// an array of each list's matches cost an allocation for every list with one.
    func matches(_ list: CheckWorthiness.List) -> Matches {
        guard hasMatch(list), let lexicons else { return Matches(lexical: [], lexicons: nil, list: list.rawValue) }
        return Matches(lexical: lexical, lexicons: lexicons, list: list.rawValue)
    }

    /// One lexicon's matches among `lexical`.
    struct Matches: Sequence, IteratorProtocol {
        let lexical: ArraySlice<PhraseLexicons.Found>
        let lexicons: PhraseLexicons?
        let list: Int
        private var position: Int

        init(lexical: ArraySlice<PhraseLexicons.Found>, lexicons: PhraseLexicons?, list: Int) {
            self.lexical = lexical
            self.lexicons = lexicons
            self.list = list
            position = lexical.startIndex
        }

        mutating func next() -> PhraseLexicons.Found? {
            guard let lexicons else { return nil }
            while position < lexical.endIndex {
                let found = lexical[position]
                position += 1
                if lexicons.list(of: found) == list { return found }
            }
            return nil
        }
    }

    /// Whether the lexicon matches anywhere in the sentence.
    @inline(__always)
    func hasMatch(_ list: CheckWorthiness.List) -> Bool {
        listMask & (1 << UInt32(list.rawValue)) != 0
    }

    init(_ text: String) {
        self.init(SentenceText(text))
    }

    init(_ text: SentenceText) {
        tokens = text.tokens
        keys = text.keys
        lexical = []
        lexicons = nil
        listMask = 0
        roles = CheckWorthiness.RoleRun()
        allRoles = []
    }

    /// A sentence read with a detector's lexicons and word roles, every field set at once (a
    /// scan filled in after it is made was copied whole on its way out of `CheckWorthiness.scan`).
    /// - Parameters:
    ///   - lexical: the matches of the detector's lists (`SentencePhrases.Matches.worthiness(_:)`).
    ///   - roles: each word's roles.
    init(
        _ text: SentenceText, lexical: ArraySlice<PhraseLexicons.Found>, lexicons: PhraseLexicons,
        roles: [CheckWorthiness.Roles]
    ) {
        self.init(text, lexical: lexical, lexicons: lexicons, roles: CheckWorthiness.RoleRun(roles))
    }

    /// - Parameters:
    ///   - roles: each word's roles, a run of a table that may hold other sentences'.
    ///   - allRoles: the union of `roles` when known (found with them: see
    ///     `RoleIndex.roleTable(of:unions:)`), or nil to read it from them.
    init(
        _ text: SentenceText, lexical: ArraySlice<PhraseLexicons.Found>, lexicons: PhraseLexicons,
        roles: CheckWorthiness.RoleRun, allRoles: CheckWorthiness.Roles? = nil
    ) {
        var mask: UInt32 = 0
        // (`lexical` holds the detector's lists only, the index's first twelve.)
        for found in lexical {
            let list = lexicons.list(of: found)
            if list < 32 { mask |= 1 << UInt32(list) }
        }
        let all: CheckWorthiness.Roles
        if let allRoles {
            all = allRoles
        } else {
            var union: CheckWorthiness.Roles = []
            for wordRoles in roles { union.formUnion(wordRoles) }
            all = union
        }
        tokens = text.tokens
        keys = text.keys
        self.lexical = lexical
        listMask = mask
        self.lexicons = lexical.isEmpty ? nil : lexicons
        self.roles = roles
        self.allRoles = all
    }

    var count: Int { tokens.count }

    /// The word at `index`, or "" outside the sentence.
    func word(_ index: Int) -> String {
        index >= 0 && index < words.count ? words[index] : ""
    }

    /// `set.contains(word(index))`, the word looked up by its key.
    @inline(__always)
    func isWord(_ index: Int, in set: WordSet) -> Bool {
        index >= 0 && index < words.count ? set.contains(in: keys, at: index) : set.contains("")
    }

    /// `word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss")` for the word at `index`
    /// (in the sentence): a quantifier's plural noun ("many athletes"). An ASCII word is read on
    /// its key and bytes (its characters are its bytes, lowercased), not copied out and counted
    /// (about 240 instructions) and compared twice as a string (about 160 each); any other word
    /// is asked as a string.
    func isPluralShaped(_ index: Int) -> Bool {
        let key = keys.key(at: index)
        guard key.isASCII else {
            let word = words[index]
            return word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss")
        }
        let count = Int(key.count)
        guard count > 3 else { return false }
        return keys.withBytes(of: key) { bytes in
            ASCII.lowercased(bytes[count - 1]) == UInt8(ascii: "s")
                && ASCII.lowercased(bytes[count - 2]) != UInt8(ascii: "s")
        }
    }

    /// `word.hasSuffix("ly") && word != "only"` for the word at `index` (in the sentence): an
    /// adverb between an agent and its verb ("studies clearly show"). An ASCII word is read on
    /// its key and bytes, as in `isPluralShaped(_:)`; any other word is asked as a string.
    func isLyAdverbShaped(_ index: Int) -> Bool {
        let key = keys.key(at: index)
        guard key.isASCII else {
            let word = words[index]
            return word.hasSuffix("ly") && word != "only"
        }
        let count = Int(key.count)
        guard count >= 2 else { return false }
        return keys.withBytes(of: key) { bytes in
            guard ASCII.lowercased(bytes[count - 1]) == UInt8(ascii: "y"),
                ASCII.lowercased(bytes[count - 2]) == UInt8(ascii: "l")
            else { return false }
            return count != 4 || ASCII.lowercased(bytes[0]) != UInt8(ascii: "o")
                || ASCII.lowercased(bytes[1]) != UInt8(ascii: "n")
        }
    }

    /// The token as written (case kept).
    func original(_ index: Int) -> String {
        guard index >= 0 && index < tokens.count else { return "" }
        return String(decoding: bytes[tokens[index].range], as: UTF8.self)
    }

    /// Whether the token starts with an ASCII capital letter.
    func isCapitalized(_ index: Int) -> Bool {
        guard index >= 0 && index < tokens.count else { return false }
        return (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[tokens[index].range.lowerBound])
    }

    /// Two or more capital letters and no lowercase ones: `CDC`, `WHO`, `NIH`.
    func isAcronym(_ index: Int) -> Bool {
        guard index >= 0 && index < tokens.count else { return false }
        var capitals = 0
        for byte in bytes[tokens[index].range] {
            if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) { return false }
            if (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) { capitals += 1 }
        }
        return capitals >= 2
    }

    /// The bytes between the previous token (or the start) and this token.
    func gap(before index: Int) -> Slice<SentenceBytes> {
        bytes[gapRange(before: index)]
    }

    /// The byte range of `gap(before:)`; the hot paths read `bytes` in it without slicing.
    @inline(__always)
    func gapRange(before index: Int) -> Range<Int> {
        guard index >= 0 && index <= tokens.count else { return 0..<0 }
        let lower = index == 0 ? 0 : tokens[index - 1].range.upperBound
        let upper = index == tokens.count ? bytes.count : tokens[index].range.lowerBound
        return lower..<max(lower, upper)
    }

    /// `gap(before: index).contains(byte)`, read in place without slicing the bytes.
    @inline(__always)
    func gap(before index: Int, holds byte: UInt8) -> Bool {
        for cursor in gapRange(before: index) where bytes[cursor] == byte { return true }
        return false
    }

    /// Whether only spaces separate this token from the previous one.
    func isJoinedToPrevious(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        for cursor in gapRange(before: index) where bytes[cursor] != UInt8(ascii: " ") { return false }
        return true
    }

    /// Whether the token begins a clause: the sentence start, or after `,;:(` or a dash.
    func startsClause(_ index: Int) -> Bool {
        if index <= 0 { return true }
        let gap = gapRange(before: index)
        for cursor in gap {
            let byte = bytes[cursor]
            if TextScan.isClauseByte(byte) { return true }
            // An en or em dash: E2 80 93 / E2 80 94.
            if byte == 0xE2 && cursor + 2 < gap.upperBound && bytes[cursor + 1] == 0x80
                && (bytes[cursor + 2] == 0x93 || bytes[cursor + 2] == 0x94)
            {
                return true
            }
        }
        return false
    }

    /// `,;:()` and `.!?`: the punctuation that ends a clause.
    @inline(__always)
    static func isClauseByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"),
            UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
            true
        default: false
        }
    }

    /// Whether the token is written with digits (`300`, `1.28`, `3,000`, `500mg`).
    func isDigits(_ index: Int) -> Bool {
        guard index >= 0 && index < tokens.count else { return false }
        return (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[tokens[index].range.lowerBound])
    }

    /// The numeric value of a token written in digits or as a small number word.
    func number(_ index: Int) -> Double? {
        guard index >= 0 && index < tokens.count else { return nil }
        if isDigits(index) {
            // Read on the token's bytes as written, without the word: up to the first byte that
            // ends a number they are the word's (lowercasing and folding `’` change no digit,
            // point or comma, and leave an ASCII byte ASCII). A token the fast reading defers on
            // (a byte that is not ASCII among the first, which lowercasing may change) is read
            // from its word.
            let range = tokens[index].range
            if let value = bytes.withUnsafeBufferPointer({
                TextScan.fastASCIINumber(UnsafeBufferPointer(rebasing: $0[range]))
            }) {
                return value
            }
            if let value = TextScan.asciiNumber(words[index]) { return value }
            let digits = words[index].prefix { $0.isNumber || $0 == "." || $0 == "," }
            return Double(digits.replacingOccurrences(of: ",", with: ""))
        }
        let word = words[index]
        return TextScan.numberWordSet.contains(word) ? TextScan.numberWords[word] : nil
    }

    /// The value of a word's leading ASCII digits, points and commas (commas dropped), as the
    /// `Character` reading gives it; `.some(nil)` when they are no number, nil when a non-ASCII
    /// byte follows them (a `Character` such as `½` might continue the number: the caller reads it).
    static func asciiNumber(_ word: String) -> Double?? {
        var word = word
        return word.withUTF8 { bytes -> Double?? in
            if let value = fastASCIINumber(bytes) { return value }
            var digits: [UInt8] = []
            digits.reserveCapacity(bytes.count)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."): digits.append(byte)
                case UInt8(ascii: ","): continue
                case 0x80...: return nil
                default: return .some(Double(String(decoding: digits, as: UTF8.self)))
                }
            }
            return .some(Double(String(decoding: digits, as: UTF8.self)))
        }
    }

    /// `asciiNumber` for a number of at most 15 digits and one point, read without making a
    /// `String` for `Double(_:)`, and for leading digits with two points or more (`1.1.0`,
    /// `127.0.0.1`), which `Double(_:)` reads as no number: `.some(nil)`. Nil for any other
    /// word (the caller reads it as before). Such a number is `m / 10^k` with `m < 2^53` and
    /// `10^k` exact doubles, so one division rounds it correctly, as `Double(_:)` does.
    @inline(__always)
    static func fastASCIINumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Double?? {
        var mantissa: UInt64 = 0
        var digits = 0
        var fraction = 0
        var points = 0
        loop: for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                mantissa = mantissa &* 10 &+ UInt64(byte &- UInt8(ascii: "0"))
                digits += 1
                if points > 0 { fraction += 1 }
            case UInt8(ascii: "."): points += 1
            case UInt8(ascii: ","): continue
            case 0x80...: return nil
            default: break loop
            }
        }
        // The digits and points `asciiNumber` hands to `Double(_:)`: with a second point they
        // are no number, however many digits they hold (version numbers and addresses).
        if points > 1 { return .some(nil) }
        guard digits > 0, digits <= 15 else { return nil }
        return fraction == 0 ? Double(mantissa) : Double(mantissa) / powersOfTen[fraction]
    }

    private static let powersOfTen: [Double] = (0...15).map { power in
        (0..<power).reduce(1.0) { value, _ in value * 10 }
    }

    /// The keys of `numberWords`, to rule most words out before the dictionary lookup.
    static let numberWordSet = WordSet(numberWords.keys)

    /// A four-digit number that reads as a year (1800–2099).
    func isYear(_ index: Int) -> Bool {
        // The value first: counting characters costs more than reading the number.
        guard isDigits(index), let value = number(index), value >= 1800 && value < 2100 else { return false }
        // An ASCII word's characters are its key's bytes, counted in the key.
        if index < keys.count {
            let key = keys.key(at: index)
            if key.isASCII { return key.count == 4 }
        }
        return words[index].count == 4
    }

    static let numberWords: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
    ]

    /// Whether a negation stands among the `window` tokens before `index`, inside its clause.
    /// A negated complement counts too: "no evidence that it prevents", "no studies have shown that it cures".
    func isNegated(before index: Int, window: Int = 3) -> Bool {
        var cursor = index - 1
        var limit = index - window
        while cursor >= 0 && cursor >= limit {
            // Every negation opens with n, c or w, and "that" with t: a word whose token opens
            // with another ASCII byte (its word then opens with that byte lowercased) is looked
            // up in neither set.
            let range = tokens[cursor].range
            let first = range.isEmpty ? 0x80 : bytes[range.lowerBound]
            let mayBeListed = first >= 0x80 || Self.opensNegationOrThat(first | 0x20)
            if (mayBeListed && TextScan.negations.contains(in: keys, at: cursor)) || endsWithNegatedAuxiliary(cursor) {
                return true
            }
            if mayBeListed && isWord(cursor, in: TextScan.that) { limit = cursor - 4 }
            if startsClause(cursor) { break }
            cursor -= 1
        }
        return false
    }

    static let negations: WordSet = ["no", "not", "never", "cannot", "without", "neither", "nor", "nothing"]
    static let that: WordSet = ["that"]

    /// Whether a lowercased ASCII byte opens a word of `negations` or `that`.
    @inline(__always)
    static func opensNegationOrThat(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "n") || byte == UInt8(ascii: "c") || byte == UInt8(ascii: "w") || byte == UInt8(ascii: "t")
    }

    /// `word(index).hasSuffix("n't")`, read on the token's bytes: they end with `n't` or `n’t`,
    /// either letter in either case (lowercasing gives `n` and `t` from those letters only, and
    /// the words fold `’` to `'`).
    func endsWithNegatedAuxiliary(_ index: Int) -> Bool {
        let range = tokens[index].range
        guard range.count >= 3, bytes[range.upperBound - 1] | 0x20 == UInt8(ascii: "t") else { return false }
        var mark = range.upperBound - 2
        if bytes[mark] != UInt8(ascii: "'") {
            // `’` is E2 80 99.
            guard range.count >= 5, bytes[mark] == 0x99, bytes[mark - 1] == 0x80, bytes[mark - 2] == 0xE2 else {
                return false
            }
            mark -= 2
        }
        return bytes[mark - 1] | 0x20 == UInt8(ascii: "n")
    }

    /// Whether the token sits in an embedded question or condition: `whether X causes Y`, `if X helps`.
    func isInEmbeddedQuestion(_ index: Int) -> Bool {
        // A scan with every word's roles (the detector's) and no "whether" or "if" among them
        // holds no embedded question: its clause is not walked back through.
        if roles.count == count && !allRoles.contains(.embedding) { return false }
        return isInEmbeddedQuestionByWords(index)
    }

    /// `isInEmbeddedQuestion` read word by word, without the roles.
    func isInEmbeddedQuestionByWords(_ index: Int) -> Bool {
        var cursor = index - 1
        while cursor >= 0 {
            if TextScan.embeddingWords.contains(in: keys, at: cursor) { return true }
            if startsClause(cursor) { break }
            cursor -= 1
        }
        return false
    }

    static let embeddingWords: WordSet = ["whether", "if"]

    /// The byte range from the start of token `lower` to the end of token `upper - 1`.
    func range(_ lower: Int, _ upper: Int) -> Range<Int> {
        tokens[lower].range.lowerBound..<tokens[max(lower, upper - 1)].range.upperBound
    }

    /// The offset of the first `byte` in `buffer` (one `memchr`), or `Int.max`.
    @inline(__always)
    static func firstOffset(of byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = buffer.baseAddress, let found = memchr(base, Int32(byte), buffer.count) else { return .max }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// Byte ranges between quotation marks (`"…"`, `“…”`); an opening mark left unclosed runs
    /// to the end of the sentence. Apostrophes and single quotes are not quotation marks here.
    func quotedRanges() -> [Range<Int>] {
        // Most sentences hold no quotation mark: no `"`, and no 0xE2 (the first byte of `“` and `”`).
        // The bytes before the first of either are neither, and are not walked (a sentence with
        // a dash or `’` was read byte by byte from its start).
        let first = bytes.withUnsafeBufferPointer { buffer in
            min(Self.firstOffset(of: UInt8(ascii: "\""), in: buffer), Self.firstOffset(of: 0xE2, in: buffer))
        }
        guard first < bytes.count else { return [] }
        var ranges: [Range<Int>] = []
        var open: Int?
        var index = first
        while index < bytes.count {
            let byte = bytes[index]
            var mark: (opens: Bool, closes: Bool, length: Int)?
            if byte == UInt8(ascii: "\"") {
                mark = (open == nil, open != nil, 1)
            } else if byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 {
                if bytes[index + 2] == 0x9C { mark = (true, false, 3) }
                if bytes[index + 2] == 0x9D { mark = (false, true, 3) }
            }
            if let mark {
                if mark.opens && open == nil {
                    open = index
                } else if mark.closes, let start = open {
                    ranges.append(start..<index + mark.length)
                    open = nil
                }
                index += mark.length
            } else {
                index += 1
            }
        }
        if let start = open { ranges.append(start..<bytes.count) }
        return ranges
    }
}
