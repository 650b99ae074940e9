/// A text as the hedge detector reads it: its bytes, its words, and what lies between them.
struct HedgeText {
    /// The text's UTF-8, the keys' (not kept twice: a retain and a release more per text read).
    var bytes: SentenceBytes { keys.bytes }
    let tokens: SentenceTokens
    /// Token texts with typographic apostrophes folded to `'` (the keys' words).
    var words: SentenceWords { keys.words }
    /// `words` hashed once, for the lexicon lookups.
    let keys: WordKeys

    init(_ text: String) {
        self.init(SentenceText(text))
    }

    init(_ text: SentenceText) {
        tokens = text.tokens
        keys = text.keys
    }

    var count: Int { tokens.count }

    func word(_ index: Int) -> String? {
        index >= 0 && index < tokens.count ? words[index] : nil
    }

    /// The source text of a token range, original case kept.
    func text(of range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The bytes between token `index - 1` and token `index` (from the start for the first token).
    func gap(before index: Int) -> Slice<SentenceBytes> {
        let end = tokens[index].range.lowerBound
        let start = index == 0 ? 0 : tokens[index - 1].range.upperBound
        return bytes[start..<end]
    }

    /// Whether a sentence (or a list item, or a heading-like label) starts at token `index`.
    func startsSentence(at index: Int) -> Bool {
        index == 0 || Self.breaksSentence(gap(before: index))
    }

    /// Whether the bytes between two tokens start a sentence (or a list item) at the second.
    static func breaksSentence<Gap: RandomAccessCollection<UInt8>>(_ gap: Gap) -> Bool where Gap.Index == Int {
        gap.contains(where: isSentenceBreak) || hasBullet(gap)
    }

    /// Whether punctuation that closes a clause stands before token `index`.
    func startsClause(at index: Int) -> Bool {
        guard index > 0 else { return true }
        // Most words follow one space, which is no break, bullet or dash.
        if isOneSpace(before: index) { return false }
        let end = tokens[index].range.lowerBound
        let start = tokens[index - 1].range.upperBound
        // The gap's bytes read in place: as a slice of the bytes, each byte was read through
        // the slice's generic walks (and the slice copied, its storage retained, per test).
        return bytes.withUnsafeBufferPointer { Self.closesClause(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// Whether the bytes between two tokens close a clause: a clause break, a bullet, or a
    /// dash (an em or en dash, or a hyphen with space on both sides). One pass over the bytes;
    /// what the tests' reading by parts (`startsClauseByParts`) reads in three.
    static func closesClause(_ gap: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = gap.count
        var position = 0
        while position < count {
            let byte = gap[position]
            if isClauseBreak(byte) { return true }
            if byte == 0xE2, position + 2 < count {
                let second = gap[position + 1]
                let third = gap[position + 2]
                // • (E2 80 A2) and ▪ (E2 96 AA) mark list items; — (E2 80 94) and – (E2 80 93) are dashes.
                if second == 0x80 && (third == 0xA2 || third == 0x94 || third == 0x93) { return true }
                if second == 0x96 && third == 0xAA { return true }
            } else if byte == UInt8(ascii: "-"), position > 0, position + 1 < count,
                gap[position - 1] == UInt8(ascii: " "), gap[position + 1] == UInt8(ascii: " ")
            {
                return true
            }
            position += 1
        }
        return false
    }

    func hasComma(before index: Int) -> Bool {
        index > 0 && !isOneSpace(before: index) && gap(before: index).contains(UInt8(ascii: ","))
    }

    /// Whether the bytes between token `index - 1` and token `index` (`index > 0`) are one
    /// space: read without making the gap a slice (which retains the bytes).
    @inline(__always)
    func isOneSpace(before index: Int) -> Bool {
        let start = tokens[index - 1].range.upperBound
        return tokens[index].range.lowerBound == start + 1 && bytes[start] == UInt8(ascii: " ")
    }

    /// Whether the token starts with an uppercase ASCII letter.
    func isCapitalized(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        let byte = bytes[tokens[index].range.lowerBound]
        return byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
    }

    /// Whether the token starts with a digit (a day, a year, `5th`).
    func isNumber(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        let byte = bytes[tokens[index].range.lowerBound]
        return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// The token exactly as written.
    func original(_ index: Int) -> String {
        text(of: tokens[index].range)
    }

    static func hasBullet<Gap: RandomAccessCollection<UInt8>>(_ gap: Gap) -> Bool where Gap.Index == Int {
        // • (E2 80 A2) and ▪ (E2 96 AA) mark list items in plain text.
        return gap.indices.contains { position in
            position + 2 < gap.endIndex && gap[position] == 0xE2
                && ((gap[position + 1] == 0x80 && gap[position + 2] == 0xA2)
                    || (gap[position + 1] == 0x96 && gap[position + 2] == 0xAA))
        }
    }

    /// . ! ? : ; and a line break. A switch, not a `Set<UInt8>`: every gap byte is asked about,
    /// and a set hashes each one.
    static func isSentenceBreak(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";"),
            UInt8(ascii: "\n"):
            true
        default: false
        }
    }

    /// The sentence breaks, and brackets.
    static func isClauseBreak(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"): true
        default: isSentenceBreak(byte)
        }
    }
}
