import Foundation

extension EvidenceFinder {
    /// `[1]`, `[1,2]`, `[1-3]`, `[1–3]`, `[2, 5–7]` left in the text.
    func bracketMarkers(_ scan: TextScan) -> [Evidence] {
        let bytes = scan.bytes
        // Every marker opens with `[`: most sentences hold none (one `memchr`).
        guard ByteSearch.contains(UInt8(ascii: "["), in: bytes) else { return [] }
        var found: [Evidence] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "[") else {
                index += 1
                continue
            }
            var cursor = index + 1
            var digits = 0
            while cursor < bytes.count && cursor < index + 40 {
                let byte = bytes[cursor]
                if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                    digits += 1
                } else if byte == UInt8(ascii: "]") {
                    break
                } else if ![UInt8(ascii: ","), UInt8(ascii: "-"), UInt8(ascii: " "), 0xE2, 0x80, 0x93, 0x94].contains(
                    byte)
                {
                    digits = 0
                    break
                }
                cursor += 1
            }
            if digits > 0 && cursor < bytes.count && bytes[cursor] == UInt8(ascii: "]") {
                let label = String(decoding: bytes[(index + 1)..<cursor], as: UTF8.self)
                found.append(Evidence(kind: .numberedMarker, range: index..<cursor + 1, detail: label))
                index = cursor + 1
            } else {
                index += 1
            }
        }
        return found
    }

    /// Superscript digits after a word or punctuation: `effective.¹`, `adults²³`.
    func superscripts(_ scan: TextScan) -> [Evidence] {
        let bytes = scan.bytes
        // Every superscript digit starts with byte C2 or E2 (`superscriptLength`): most sentences hold neither.
        guard ByteSearch.contains(0xC2, in: bytes) || ByteSearch.contains(0xE2, in: bytes) else { return [] }
        var found: [Evidence] = []
        var index = 0
        while index < bytes.count {
            let length = EvidenceFinder.superscriptLength(bytes, at: index)
            guard length > 0 else {
                // A superscript starts only at C2 or E2: the bytes before the next are passed over
                // in place (a sentence with a dash or a curly quote was read byte by byte, each
                // asked for a superscript with its bounds tests).
                index = EvidenceFinder.nextSuperscriptLead(in: bytes, from: index + 1)
                continue
            }
            let start = index
            var end = index
            while end < bytes.count, EvidenceFinder.superscriptLength(bytes, at: end) > 0 {
                end += EvidenceFinder.superscriptLength(bytes, at: end)
            }
            // Not a unit (`m²`): the marker follows punctuation or a word of three letters or more.
            var letters = 0
            var cursor = start - 1
            while cursor >= 0 && ((UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[cursor] | 0x20)) {
                letters += 1
                cursor -= 1
            }
            let afterPunctuation =
                start > 0
                && [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ")"), UInt8(ascii: ";")]
                    .contains(bytes[start - 1])
            if letters >= 3 || afterPunctuation {
                found.append(
                    Evidence(
                        kind: .superscript, range: start..<end,
                        detail: String(decoding: bytes[start..<end], as: UTF8.self)))
            }
            index = end
        }
        return found
    }

    /// The first offset from `start` of a byte C2 or E2 (where `superscriptLength` may be more
    /// than 0), or `bytes.count` (or `start` when it is past the end).
    static func nextSuperscriptLead(in bytes: SentenceBytes, from start: Int) -> Int {
        // Read through the bytes' base (the caller holds their storage), without a bounds test a byte.
        let base = bytes.base
        var index = max(start, 0)
        while index < bytes.count, base[index] != 0xC2, base[index] != 0xE2 { index += 1 }
        return index
    }

    /// ¹ ² ³ (C2 B9/B2/B3) and ⁰ ⁴–⁹ (E2 81 B0, B4–B9).
    static func superscriptLength(_ bytes: SentenceBytes, at index: Int) -> Int {
        if index + 1 < bytes.count && bytes[index] == 0xC2 && [0xB9, 0xB2, 0xB3].contains(bytes[index + 1]) {
            return 2
        }
        if index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x81
            && (bytes[index + 2] == 0xB0 || (0xB4...0xB9).contains(bytes[index + 2]))
        {
            return 3
        }
        return 0
    }

    /// `(Smith et al., 2019)`, `(WHO, 2023; Lee 2020)`, `Smith and Jones (2020)`, `Smith et al. (2019)`.
    func authorYear(_ scan: TextScan) -> [Evidence] {
        // Every citation found here has its year in parentheses (`openParenthesis`): most sentences hold none.
        guard ByteSearch.contains(UInt8(ascii: "("), in: scan.bytes) else { return [] }
        var found: [Evidence] = []
        var index = 0
        while index < scan.count {
            guard scan.isYear(index) || EvidenceFinder.isYearWithLetter(scan.word(index)) else {
                index += 1
                continue
            }
            // The parenthesis around the year.
            guard let open = openParenthesis(before: index, scan), let close = closeParenthesis(after: index, scan)
            else {
                index += 1
                continue
            }
            let first = scan.tokens.firstIndex { $0.range.lowerBound > open } ?? index
            if first == index {
                // "(2020)": the authors stand just before the parenthesis.
                let author = index - 1
                if author >= 0 && !scan.isWord(author, in: TextScan.monthsAndSeasons)
                    && (scan.isCapitalized(author) || scan.word(author) == "al")
                {
                    var start = author
                    while start > 0
                        && (scan.isCapitalized(start - 1) || ["and", "et", "al"].contains(scan.word(start - 1)))
                        && start > author - 6
                    {
                        start -= 1
                    }
                    let range = scan.tokens[start].range.lowerBound..<close + 1
                    found.append(
                        Evidence(
                            kind: .authorYear, range: range, detail: String(decoding: scan.bytes[range], as: UTF8.self))
                    )
                }
            } else if scan.isCapitalized(first) && index - first <= 8
                && !scan.isWord(first, in: TextScan.monthsAndSeasons)
            {
                let range = open..<close + 1
                found.append(
                    Evidence(
                        kind: .authorYear, range: range, detail: String(decoding: scan.bytes[range], as: UTF8.self)))
            }
            index += 1
        }
        return found
    }

    private func openParenthesis(before index: Int, _ scan: TextScan) -> Int? {
        var cursor = scan.tokens[index].range.lowerBound - 1
        let limit = max(0, cursor - 80)
        while cursor >= limit {
            switch scan.bytes[cursor] {
            case UInt8(ascii: "("): return cursor
            case UInt8(ascii: ")"), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
                // "et al." keeps its full stop.
                if scan.bytes[cursor] == UInt8(ascii: "."), cursor >= 2,
                    scan.bytes[(cursor - 2)..<cursor].elementsEqual("al".utf8)
                {
                    break
                }
                return nil
            default: break
            }
            cursor -= 1
        }
        return nil
    }

    private func closeParenthesis(after index: Int, _ scan: TextScan) -> Int? {
        var cursor = scan.tokens[index].range.upperBound
        while cursor < scan.bytes.count && cursor < scan.tokens[index].range.upperBound + 60 {
            switch scan.bytes[cursor] {
            case UInt8(ascii: ")"): return cursor
            case UInt8(ascii: "("): return nil
            default: cursor += 1
            }
        }
        return nil
    }

    static func isYearWithLetter(_ word: String) -> Bool {
        // Five characters of which four are digits: five bytes (checked first, without counting characters).
        guard word.utf8.count == 5, word.count == 5, let last = word.last, last == "a" || last == "b" || last == "c"
        else { return false }
        guard let value = Int(word.dropLast()) else { return false }
        return value >= 1900 && value < 2100
    }

    /// DOIs, PMIDs and written-out URLs.
    func identifiers(_ scan: TextScan) -> [Evidence] {
        var found: [Evidence] = []
        let bytes = scan.bytes
        func word(endingAt start: Int) -> Range<Int> {
            var end = start
            while end < bytes.count && bytes[end] != UInt8(ascii: " ") && bytes[end] != UInt8(ascii: ")")
                && bytes[end] != UInt8(ascii: "]")
            {
                end += 1
            }
            while end > start && [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";")].contains(bytes[end - 1]) {
                end -= 1
            }
            return start..<end
        }
        // Every link and DOI found below holds a `/` ("http://", "https://", "10.1000/x") or
        // starts with "www.": a text with neither (most sentences) is not gone through.
        var index = Self.mayHoldLinkOrDOI(bytes) ? 0 : bytes.count
        while index < bytes.count {
            // Every identifier starts a word with `h`, `w` or `1`: other bytes are passed over at once.
            index = Self.nextIdentifierStart(in: bytes, from: index)
            guard index < bytes.count else { break }
            // Every prefix below is three bytes or more, and its second byte follows from its
            // first: most words starting with those letters ("which", "have", "12") are passed
            // over on it, without the prefix comparisons.
            guard index + 1 < bytes.count, bytes[index + 1] == Self.identifierSecondByte(bytes[index]) else {
                index += 1
                continue
            }
            let rest = bytes[index...]
            if rest.starts(with: "https://".utf8) || rest.starts(with: "http://".utf8) || rest.starts(with: "www.".utf8)
            {
                let range = word(endingAt: index)
                found.append(Evidence(kind: .link, range: range, detail: String(decoding: bytes[range], as: UTF8.self)))
                index = range.upperBound + 1
                continue
            }
            if rest.starts(with: "10.".utf8) {
                let range = word(endingAt: index)
                let text = String(decoding: bytes[range], as: UTF8.self)
                let parts = text.split(separator: "/", maxSplits: 1)
                if parts.count == 2, parts[0].count >= 7, parts[0].dropFirst(3).allSatisfy(\.isNumber),
                    !parts[1].isEmpty
                {
                    found.append(Evidence(kind: .doi, range: range, detail: text))
                    index = range.upperBound
                    continue
                }
            }
            index += 1
        }
        for offset in scan.tokens.indices {
            // `pmid`, `pmcid` and `doi` start with `p` or `d` in either case (no other letter lowercases
            // to them): only such a word is read out of the sentence.
            let first = bytes[scan.tokens[offset].range.lowerBound] | 0x20
            guard first == UInt8(ascii: "p") || first == UInt8(ascii: "d") else { continue }
            let (isPMID, isDOI) = Self.identifierWord(offset, scan)
            if isPMID, scan.isDigits(offset + 1) || scan.word(offset + 1).hasPrefix("pmc") {
                let range = scan.range(offset, offset + 2)
                found.append(Evidence(kind: .pmid, range: range, detail: scan.original(offset + 1)))
            } else if isDOI, offset + 1 < scan.count, scan.gap(before: offset + 1).contains(UInt8(ascii: ":")) {
                let range = scan.range(offset, offset + 2)
                found.append(Evidence(kind: .doi, range: range, detail: scan.original(offset + 1)))
            }
        }
        return found
    }
}

extension EvidenceFinder {
    /// Whether the word at `index` is `pmid` or `pmcid` (`isPMID`), or `doi` (`isDOI`). An ASCII
    /// word is told by its key, whose length and first eight bytes (lowercased, as the word is)
    /// are the whole word when it is this short: the words starting with `p` or `d` ("patients",
    /// "during") were made strings and compared, about a hundred instructions each. Any other
    /// word is compared as a string.
    @inline(__always)
    static func identifierWord(_ index: Int, _ scan: TextScan) -> (isPMID: Bool, isDOI: Bool) {
        let key = scan.keys.key(at: index)
        guard key.isASCII else {
            let word = scan.word(index)
            return (word == "pmid" || word == "pmcid", word == "doi")
        }
        switch key.count {
        case 3: return (false, key.prefix == IdentifierWordPrefix.doi)
        case 4: return (key.prefix == IdentifierWordPrefix.pmid, false)
        case 5: return (key.prefix == IdentifierWordPrefix.pmcid, false)
        default: return (false, false)
        }
    }

    /// The `WordKeys.Key.prefix` of `pmid`, `pmcid` and `doi`: their bytes, the first lowest
    /// (literals: a static read in the loop cost a `swift_once` a word).
    enum IdentifierWordPrefix {
        static let pmid: UInt64 = 0x64_69_6D_70
        static let pmcid: UInt64 = 0x64_69_63_6D_70
        static let doi: UInt64 = 0x69_6F_64
    }

    /// Whether `bytes` hold a `/` or "www." (a `memchr` for the `/`, and one for each `.` after
    /// the third byte until "www." is found: "www." is a `.` after three `w`s, and a sentence
    /// holds fewer dots, most often its last byte, than `w`s, each of which was a `memchr`).
    static func mayHoldLinkOrDOI(_ bytes: SentenceBytes) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            if memchr(base, Int32(UInt8(ascii: "/")), buffer.count) != nil { return true }
            // The next `.` is looked for from `offset` on; one at 3 or later may end "www.".
            var offset = 3
            while offset < buffer.count,
                let found = memchr(base + offset, Int32(UInt8(ascii: ".")), buffer.count - offset)
            {
                let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if buffer[at - 1] == UInt8(ascii: "w") && buffer[at - 2] == UInt8(ascii: "w")
                    && buffer[at - 3] == UInt8(ascii: "w")
                {
                    return true
                }
                offset = at + 1
            }
            return false
        }
    }

    /// The second byte of every identifier `identifiers` looks for that starts with `first`
    /// (`h`, `w` or `1`): `t` of `http`, `w` of `www.`, `0` of `10.`.
    @inline(__always)
    static func identifierSecondByte(_ first: UInt8) -> UInt8 {
        switch first {
        case UInt8(ascii: "h"): UInt8(ascii: "t")
        case UInt8(ascii: "w"): UInt8(ascii: "w")
        default: UInt8(ascii: "0")
        }
    }

    /// The first offset from `start` of an `h`, `w` or `1` that starts a word (is not preceded
    /// by a word byte), or `bytes.count`: where `identifiers` looks for a URL or a DOI.
    static func nextIdentifierStart(in bytes: SentenceBytes, from start: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var index = start
            while index < buffer.count {
                let byte = buffer[index]
                if byte == UInt8(ascii: "h") || byte == UInt8(ascii: "w") || byte == UInt8(ascii: "1"),
                    index == 0 || !Words.isWordByte(buffer[index - 1])
                {
                    return index
                }
                index += 1
            }
            return buffer.count
        }
    }
}

extension TextScan {
    static let monthsAndSeasons: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "since", "in", "from", "until", "before", "after", "by", "spring", "summer",
        "autumn", "fall", "winter", "during", "as", "around", "circa", "approximately", "about", "between",
    ]
}
