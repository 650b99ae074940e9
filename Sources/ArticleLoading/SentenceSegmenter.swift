import CmarkArena

/// Splits prose into sentences, on UTF-8 bytes.
///
/// A sentence ends at `.`, `?`, `!` or an ellipsis, after any closing quotes and brackets and
/// any citation markers that follow (`[1]`, `[1,2]`, `[^note]`), when whitespace and then
/// something other than a lowercase letter follows. It does not end after an abbreviation
/// (`Dr.`, `e.g.`, `U.S.`, `vs.`; `No.` and `Fig.` before a number), inside a decimal or
/// version (`1.28`, `v2.0.1`). A single capital before a period ends a sentence (`vitamin D.`),
/// so middle initials split. Text without final punctuation is one sentence.
///
/// No sentence is longer than `maxSentenceBytes`: a longer run of text (a paste with no
/// punctuation, a generated table flattened into one line) is cut at the last clause mark or
/// space before the limit, so the per-sentence detectors see bounded input and a 50 MB line
/// costs what 50 MB of ordinary prose costs.
public struct SentenceSegmenter: Sendable {
    /// The longest sentence handed to the checks, in UTF-8 bytes; real sentences stay far below.
    public static let maxSentenceBytes = 2_000

    public init() {}

    /// UTF-8 byte ranges into `text`, whitespace-trimmed, in order; empty sentences are left out.
    public func sentences(in text: String) -> [Range<Int>] {
        sentences(inUTF8: Array(text.utf8))
    }

    /// `sentences(in:)` on the text's UTF-8 bytes.
    func sentences(inUTF8 bytes: [UInt8]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { sentences(inUTF8: $0, appendingTo: &result) }
        return result
    }

    /// Appends `sentences(inUTF8:)` of bytes read in place (a block's text, not copied out of its
    /// string first) to `result`: a caller reading block after block reuses one array's room
    /// instead of growing a new array for every block.
    func sentences(inUTF8 bytes: UnsafeBufferPointer<UInt8>, appendingTo result: inout [Range<Int>]) {
        let count = bytes.count
        var start = 0
        var index = 0
        while true {
            index = Self.nextCandidate(bytes, from: index)
            guard index < count else { break }
            let runEnd = Self.terminatorRun(bytes, at: index)
            guard runEnd > index else {
                index += 1
                continue
            }
            var end = Self.skipClosers(bytes, from: runEnd)
            end = Self.skipCitations(bytes, from: end)
            if isBoundary(bytes, runStart: index, runEnd: runEnd, end: end) {
                Self.append(bytes, start..<end, to: &result)
                start = end
            }
            index = max(end, runEnd)
        }
        Self.append(bytes, start..<count, to: &result)
    }

    /// The first offset at or after `index` holding `.`, `?`, `!` or the lead byte of `…` (only
    /// they can start a terminator run), or the end of `bytes`.
    ///
    /// Most bytes are none of them: scanned sixteen at a time in C (SSE2), at a third of the
    /// cost of `nextCandidateInSwift`'s eight at a time.
    static func nextCandidate(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        return copydesk_next_sentence_candidate(base, bytes.count, max(0, index))
    }

    /// `nextCandidate` in Swift (the tests compare the two).
    static func nextCandidateInSwift(_ bytes: [UInt8], from index: Int) -> Int {
        // Most bytes are none of them: scan without a bounds check per byte, and step over
        // eight bytes at a time while none of them is one.
        bytes.withUnsafeBufferPointer { bytes in
            var index = max(0, index)
            if let base = bytes.baseAddress {
                while index + 8 <= bytes.count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    if holdsCandidate(word) { break }
                    index += 8
                }
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") || byte == 0xE2 {
                    return index
                }
                index += 1
            }
            return bytes.count
        }
    }

    /// Whether one of the eight bytes of `word` is `.`, `?`, `!` or 0xE2: for each, the exact
    /// "has a zero byte" test on the word xor that byte repeated.
    @inline(__always)
    static func holdsCandidate(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func zeroByte(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
        return zeroByte(word ^ (ones &* UInt64(UInt8(ascii: "."))))
            | zeroByte(word ^ (ones &* UInt64(UInt8(ascii: "?"))))
            | zeroByte(word ^ (ones &* UInt64(UInt8(ascii: "!")))) | zeroByte(word ^ (ones &* 0xE2)) != 0
    }

    /// Appends the trimmed sentence, cut into pieces of at most `maxSentenceBytes`.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to result: inout [Range<Int>]) {
        guard var rest = trimmed(bytes, range) else { return }
        while rest.count > maxSentenceBytes {
            let cut = cutPoint(bytes, in: rest)
            if let piece = trimmed(bytes, rest.lowerBound..<cut) { result.append(piece) }
            guard let remainder = trimmed(bytes, cut..<rest.upperBound) else { return }
            rest = remainder
        }
        result.append(rest)
    }

    /// Where to end a piece of an over-long sentence: after the last `;` `,` `:` or space in its
    /// second half, else at the limit itself, moved back to the start of a UTF-8 character.
    static func cutPoint(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Int {
        let limit = range.lowerBound + maxSentenceBytes
        let floor = range.lowerBound + maxSentenceBytes / 2
        var space: Int?
        var index = limit - 1
        while index > floor {
            let byte = bytes[index]
            if byte == UInt8(ascii: ";") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ":") {
                if index + 1 < bytes.count, isSpace(bytes[index + 1]) { return index + 1 }
            }
            if space == nil, isSpace(byte) { space = index }
            index -= 1
        }
        if let space { return space }
        var cut = limit
        while cut > range.lowerBound + 1, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
        return cut
    }

    // MARK: - Terminators

    /// The end of a run of `.`, `?`, `!` and `…` starting at `index`, or `index` when none starts there.
    static func terminatorRun(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        var end = index
        while end < bytes.count {
            switch bytes[end] {
            case UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"): end += 1
            case 0xE2 where isEllipsis(bytes, at: end): end += 3
            default: return end
            }
        }
        return end
    }

    static func isEllipsis(_ bytes: [UInt8], at index: Int) -> Bool {
        bytes.withUnsafeBufferPointer { isEllipsis($0, at: index) }
    }

    static func isEllipsis(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA6
    }

    /// Skips closing quotes and brackets: `"` `'` `)` `]` `”` `’` `»`.
    static func skipClosers(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var end = index
        while end < bytes.count {
            switch bytes[end] {
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"): end += 1
            case 0xE2
            where end + 2 < bytes.count && bytes[end + 1] == 0x80 && (bytes[end + 2] == 0x9D || bytes[end + 2] == 0x99):
                end += 3
            case 0xC2 where end + 1 < bytes.count && bytes[end + 1] == 0xBB: end += 2
            default: return end
            }
        }
        return end
    }

    /// Skips citation markers after the punctuation, with or without a space before them.
    static func skipCitations(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var end = index
        while true {
            var probe = end
            while probe < bytes.count, bytes[probe] == UInt8(ascii: " ") { probe += 1 }
            guard let marker = NumberedMarkers.marker(in: bytes, at: probe, allowFootnote: true) else { return end }
            end = marker.upperBound
        }
    }

    // MARK: - Boundaries

    private func isBoundary(_ bytes: UnsafeBufferPointer<UInt8>, runStart: Int, runEnd: Int, end: Int) -> Bool {
        let count = bytes.count
        guard end < count else { return true }
        guard let afterSpace = Self.skipWhitespace(bytes, from: end), afterSpace > end else {
            // No whitespace after the punctuation: a decimal, a version, a URL, `e.g.,`.
            return end == count
        }
        guard afterSpace < count else { return true }
        let next = Self.startClass(bytes, at: afterSpace)
        if next == .lower { return false }
        // Only a single period can be an abbreviation.
        guard runEnd - runStart == 1, bytes[runStart] == UInt8(ascii: ".") else { return true }
        return !Abbreviations.suppressesBreak(bytes, period: runStart, next: next, nextIndex: afterSpace)
    }

    enum StartClass { case lower, upper, digit, other }

    static func startClass(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> StartClass {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return .lower
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return .upper
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return .digit
        case 0xC0...0xFF:
            guard let scalar = decodeScalar(bytes, at: index) else { return .other }
            if scalar.properties.isLowercase { return .lower }
            if scalar.properties.isUppercase { return .upper }
            return .other
        default: return .other
        }
    }

    static func decodeScalar(_ bytes: [UInt8], at index: Int) -> Unicode.Scalar? {
        bytes.withUnsafeBufferPointer { decodeScalar($0, at: index) }
    }

    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Unicode.Scalar? {
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }

    /// The index after the whitespace at `index` (spaces, tabs, line breaks, no-break spaces).
    static func skipWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        var end = index
        while end < bytes.count {
            if isSpace(bytes[end]) {
                end += 1
            } else if bytes[end] == 0xC2, end + 1 < bytes.count, bytes[end + 1] == 0xA0 {
                end += 2
            } else {
                break
            }
        }
        return end
    }

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C || byte == 0x0B
    }

    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            if isSpace(bytes[lower]) {
                lower += 1
            } else if bytes[lower] == 0xC2, lower + 1 < upper, bytes[lower + 1] == 0xA0 {
                lower += 2
            } else {
                break
            }
        }
        while upper > lower {
            if isSpace(bytes[upper - 1]) {
                upper -= 1
            } else if upper - 2 >= lower, bytes[upper - 2] == 0xC2, bytes[upper - 1] == 0xA0 {
                upper -= 2
            } else {
                break
            }
        }
        return lower < upper ? lower..<upper : nil
    }
}
