import CopydeskCore

extension ReferenceFields {

    /// `hasYear` and `hasSource` of an ASCII entry, on its bytes: what the general reading finds
    /// with `Words.tokens`, `lowercased()` and Foundation's `contains`, without building a string
    /// per word (venues are looked up on a word's bytes). `lower`: the bytes lowercased.
    static func yearAndSource(ascii bytes: [UInt8], lowercased lower: [UInt8], hasLink: Bool) -> (Bool, Bool) {
        bytes.withUnsafeBufferPointer { bytes in
            lower.withUnsafeBufferPointer { yearAndSource(ascii: bytes, lowercased: $0, hasLink: hasLink) }
        }
    }

    static func yearAndSource(
        ascii bytes: UnsafeBufferPointer<UInt8>, lowercased lower: UnsafeBufferPointer<UInt8>, hasLink: Bool
    ) -> (Bool, Bool) {
        yearAndSource(lowercased: lower, marks: marks(in: lower), hasLink: hasLink)
    }

    /// `yearAndSource(ascii:lowercased:hasLink:)` with the marks of the lowercased bytes found.
    static func yearAndSource(
        lowercased lower: UnsafeBufferPointer<UInt8>, marks: Marks, hasLink: Bool
    ) -> (Bool, Bool) {
        var hasYear = marks.noDate
        var hasSource = hasLink || marks.link || marks.volumePages
        // Where the words left to read start once only a year is looked for.
        var yearsFrom = hasSource && !hasYear ? 0 : nil as Int?
        if !hasSource {
            forEachASCIIWord(lower) { range in
                if !hasYear, range.count == 4, isYear(lower[range]) { hasYear = true }
                // Venues are lowercase letters: a word opening with a digit is none of them.
                if lower[range.lowerBound] &- UInt8(ascii: "a") < 26,
                    venues.contains(ascii: UnsafeBufferPointer(rebasing: lower[range]))
                        ?? venues.contains(String(decoding: lower[range], as: UTF8.self))
                {
                    hasSource = true
                    if !hasYear { yearsFrom = range.upperBound }
                    return false
                }
                return true
            }
        }
        if let yearsFrom { hasYear = hasYearWord(lower, from: yearsFrom) }
        return (hasYear, hasSource)
    }

    /// Whether a word that `forEachASCIIWord` reads from `start` on (a word's end, or 0) is a
    /// year, found from runs of four digits: a word's bounds depend only on the bytes around
    /// them, so the words between are not read.
    static func hasYearWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        func isDigit(_ index: Int) -> Bool { bytes[index] &- UInt8(ascii: "0") < 10 }
        func isWordByte(_ index: Int) -> Bool {
            let byte = bytes[index]
            return byte &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "A") < 26 || byte &- UInt8(ascii: "0") < 10
        }
        // Whether the byte at `index` joins the word bytes on either side of it into one word.
        func joins(_ index: Int) -> Bool {
            guard index > 0, index + 1 < bytes.count, isWordByte(index - 1), isWordByte(index + 1) else { return false }
            switch bytes[index] {
            case UInt8(ascii: "'"), UInt8(ascii: "-"): return true
            case UInt8(ascii: "."), UInt8(ascii: ","): return isDigit(index - 1) && isDigit(index + 1)
            default: return false
            }
        }
        var index = start
        while index < bytes.count {
            // Eight bytes at a time up to the next that holds a digit: a long entry's year is
            // often at its end, after a hundred bytes or more of names and title.
            while index + 8 <= bytes.count,
                !Self.mayHoldDigit(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
            {
                index += 8
            }
            guard index < bytes.count, isDigit(index) else {
                index += 1
                continue
            }
            let first = index
            index += 1
            while index < bytes.count, isDigit(index) { index += 1 }
            guard index - first == 4, first == 0 || !isWordByte(first - 1), first < 2 || !joins(first - 1),
                index == bytes.count || (!isWordByte(index) && !joins(index)),
                isYear(bytes[first..<index])
            else { continue }
            return true
        }
        return false
    }

    /// Whether one of the eight bytes of `word` is an ASCII digit (`hasbetween` of the bit
    /// hacks, exact: a byte of 0x80 or more is none).
    @inline(__always)
    static func mayHoldDigit(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low = word & (ones &* 127)
        // Bytes above 0x2F and below 0x3A: 0x30 to 0x39.
        return (ones &* (127 + 0x3A) &- low) & ~word & (low &+ ones &* (127 - 0x2F)) & (ones &* 128) != 0
    }

    /// What one pass over an entry's lowercased bytes finds, instead of a pass for each.
    struct Marks: Equatable {
        /// `n.d.` (no date).
        var noDate = false
        /// `http://`, `https://`, `www.` or `doi` (a link).
        var link = false
        /// `doi`: only then may the entry hold a DOI (`malformedDOIs` starts from one).
        var doi = false
        /// A journal citation's volume and pages (`hasVolumePages`, which lowercasing does not
        /// change: it reads digits, `:`, `;` and `)`).
        var volumePages = false
    }

    /// The marks of lowercased text: whether it holds `n.d.` (no date), `http://`, `https://`,
    /// `www.` or `doi` (a link), `doi`, and a volume and pages. Eight positions are tested at a
    /// time for a byte that may open a mark (`n.`, `ht`, `ww`, `do`, `:` or `;`); only the eight
    /// positions of a word that holds one are read one by one, as `plainMarks(in:)` reads them all.
    static func marks(in bytes: UnsafeBufferPointer<UInt8>) -> Marks {
        var marks = Marks()
        guard let base = bytes.baseAddress else { return marks }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        // Whether a byte of `word` is zero (exact as a whole: a borrow only marks bytes above a zero).
        func hasZeroByte(_ word: UInt64) -> Bool { (word &- ones) & ~word & (ones &* 0x80) != 0 }
        func pair(_ here: UInt64, _ next: UInt64, _ first: UInt8, _ second: UInt8) -> Bool {
            hasZeroByte((here ^ (ones &* UInt64(first))) | (next ^ (ones &* UInt64(second))))
        }
        var index = 0
        // Nine bytes can be read: the eight positions and the byte after the last.
        while index + 9 <= bytes.count {
            let here = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let next = raw.loadUnaligned(fromByteOffset: index + 1, as: UInt64.self)
            // `:` (0x3A) and `;` (0x3B) are the bytes that read 0x3B with their lowest bit set.
            if pair(here, next, UInt8(ascii: "n"), UInt8(ascii: "."))
                || pair(here, next, UInt8(ascii: "h"), UInt8(ascii: "t"))
                || pair(here, next, UInt8(ascii: "w"), UInt8(ascii: "w"))
                || pair(here, next, UInt8(ascii: "d"), UInt8(ascii: "o"))
                || hasZeroByte((here | ones) ^ (ones &* UInt64(UInt8(ascii: ";"))))
            {
                if readMarks(bytes, from: index, to: index + 8, into: &marks) { return marks }
            }
            index += 8
        }
        _ = readMarks(bytes, from: index, to: bytes.count, into: &marks)
        return marks
    }

    /// `marks(in:)` read byte by byte.
    static func plainMarks(in bytes: UnsafeBufferPointer<UInt8>) -> Marks {
        var marks = Marks()
        _ = readMarks(bytes, from: 0, to: bytes.count, into: &marks)
        return marks
    }

    /// Adds the marks that open at positions `start..<end` of `bytes`; true once every mark that
    /// ends the search is found.
    private static func readMarks(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, into marks: inout Marks
    ) -> Bool {
        func holds(_ mark: StaticString, at index: Int) -> Bool {
            let count = mark.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            let start = mark.utf8Start
            for offset in 1..<count where bytes[index + offset] != start[offset] { return false }
            return true
        }
        func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
        for index in start..<end {
            switch bytes[index] {
            case UInt8(ascii: "n"): if !marks.noDate, holds("n.d.", at: index) { marks.noDate = true }
            case UInt8(ascii: "h"):
                if !marks.link, holds("http://", at: index) || holds("https://", at: index) { marks.link = true }
            case UInt8(ascii: "w"): if !marks.link, holds("www.", at: index) { marks.link = true }
            case UInt8(ascii: "d"):
                if !marks.doi, holds("doi", at: index) {
                    marks.doi = true
                    marks.link = true
                }
            case UInt8(ascii: ":"), UInt8(ascii: ";"):
                if !marks.volumePages, index > 0, index + 1 < bytes.count, isDigit(bytes[index + 1]),
                    isDigit(bytes[index - 1]) || bytes[index - 1] == UInt8(ascii: ")")
                {
                    marks.volumePages = true
                }
            default: continue
            }
            if marks.noDate && marks.doi && marks.volumePages { return true }
        }
        return false
    }

    /// Four digits from 1800 to 2099.
    private static func isYear(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var value = 0
        for byte in digits {
            guard byte &- UInt8(ascii: "0") < 10 else { return false }
            value = value * 10 + Int(byte &- UInt8(ascii: "0"))
        }
        return (1800...2099).contains(value)
    }

    /// Calls `body` with the byte range of each word of ASCII text, as `Words.tokens` splits it
    /// (letters and digits, joined by `'` and `-`, and by `.` and `,` between digits), until it returns false.
    static func forEachASCIIWord(_ bytes: [UInt8], _ body: (Range<Int>) -> Bool) {
        bytes.withUnsafeBufferPointer { forEachASCIIWord($0, body) }
    }

    static func forEachASCIIWord(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Bool) {
        func isWordByte(_ byte: UInt8) -> Bool {
            byte &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "A") < 26 || byte &- UInt8(ascii: "0") < 10
        }
        func isDigit(_ index: Int) -> Bool { bytes[index] &- UInt8(ascii: "0") < 10 }
        var index = 0
        while index < bytes.count {
            guard isWordByte(bytes[index]) else {
                index += 1
                continue
            }
            let start = index
            index += 1
            while index < bytes.count {
                let byte = bytes[index]
                if isWordByte(byte) {
                    index += 1
                    continue
                }
                let joins =
                    switch byte {
                    case UInt8(ascii: "'"), UInt8(ascii: "-"): true
                    case UInt8(ascii: "."), UInt8(ascii: ","):
                        index + 1 < bytes.count && isDigit(index - 1) && isDigit(index + 1)
                    default: false
                    }
                guard joins, index + 1 < bytes.count, isWordByte(bytes[index + 1]) else { break }
                index += 2
            }
            if !body(start..<index) { return }
        }
    }
}
