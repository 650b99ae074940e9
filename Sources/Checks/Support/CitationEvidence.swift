import CopydeskCore

/// Whether a span of an article's text carries a citation: a citation marker or a link in it,
/// or citation text — `[1]`, `[2, 3]`, an author-year `(Smith et al., 2019)`, a DOI, a PMID/PMCID
/// or a URL.
struct CitationEvidence: Sendable {
    private var markerOffsets: [Int: [Int]] = [:]
    private var linkRanges: [Int: [Range<Int>]] = [:]

    init(article: Article) {
        for marker in article.citationMarkers { markerOffsets[marker.blockIndex, default: []].append(marker.textOffset) }
        for link in article.links {
            guard let block = link.blockIndex, let range = link.textRange else { continue }
            linkRanges[block, default: []].append(range)
        }
    }

    /// Whether `textRange` of block `blockIndex` is cited. A marker standing right at the end counts
    /// (`…rate.[^1]`), so pass a range reaching up to the next sentence.
    func isCited(blockIndex: Int, textRange: Range<Int>, in text: String) -> Bool {
        if markerOffsets[blockIndex]?.contains(where: { textRange.contains($0) || $0 == textRange.upperBound }) == true {
            return true
        }
        if linkRanges[blockIndex]?.contains(where: { $0.overlaps(textRange) }) == true { return true }
        let bytes = Array(text.utf8)
        let lower = max(0, min(textRange.lowerBound, bytes.count))
        let upper = max(lower, min(textRange.upperBound, bytes.count))
        return Self.hasCitationText(bytes[lower..<upper])
    }

    /// Whether bytes hold citation text.
    static func hasCitationText(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            switch bytes[index] {
            case UInt8(ascii: "["):
                if isNumberedMarker(bytes, at: index) { return true }
            case UInt8(ascii: "("):
                if isAuthorYear(bytes, at: index) { return true }
            case UInt8(ascii: "1"):
                if isDOI(bytes, at: index) { return true }
            case UInt8(ascii: "p"), UInt8(ascii: "P"):
                if isPubMedID(bytes, at: index) { return true }
            case UInt8(ascii: "h"), UInt8(ascii: "H"), UInt8(ascii: "w"), UInt8(ascii: "W"):
                if hasPrefix(bytes, at: index, "https://") || hasPrefix(bytes, at: index, "http://")
                    || hasPrefix(bytes, at: index, "www.")
                {
                    return true
                }
            default: break
            }
            index += 1
        }
        return false
    }

    /// `[1]`, `[1, 2]`, `[3-5]`, `[3–5]`.
    private static func isNumberedMarker(_ bytes: ArraySlice<UInt8>, at start: Int) -> Bool {
        var index = start + 1
        var digits = 0
        while index < bytes.endIndex, index - start < 40 {
            let byte = bytes[index]
            if isDigit(byte) {
                digits += 1
            } else if byte == UInt8(ascii: "]") {
                return digits > 0 && isDigit(bytes[start + 1])
            } else if ![UInt8(ascii: ","), UInt8(ascii: "-"), UInt8(ascii: " "), 0xE2, 0x80, 0x93].contains(byte) {
                return false
            }
            index += 1
        }
        return false
    }

    /// `(Smith et al., 2019)`, `(Smith & Jones 2020; Lee, 2021a)`, `(WHO, 2021)`: a parenthesis that
    /// opens with a capitalised word and holds a year from 1900 to 2099; or `Smith et al. (2019)`:
    /// a year alone in parentheses after a capitalised word or `et al.`.
    private static func isAuthorYear(_ bytes: ArraySlice<UInt8>, at start: Int) -> Bool {
        let first = start + 1
        guard first < bytes.endIndex else { return false }
        if isYear(bytes, at: first) { return followsAuthor(bytes, at: start) }
        guard bytes[first] >= 0x80 || isUpper(bytes[first]) else { return false }
        var index = first
        while index < bytes.endIndex, index - start < 160, bytes[index] != UInt8(ascii: ")") {
            if isYear(bytes, at: index) { return true }
            index += 1
        }
        return false
    }

    /// Whether the word before `index` (past spaces) is capitalised or is `al.`.
    private static func followsAuthor(_ bytes: ArraySlice<UInt8>, at index: Int) -> Bool {
        var end = index
        while end > bytes.startIndex, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        var start = end
        while start > bytes.startIndex, bytes[start - 1] != UInt8(ascii: " ") { start -= 1 }
        guard start < end else { return false }
        return isUpper(bytes[start]) || hasPrefix(bytes, at: start, "al.")
    }

    private static func isUpper(_ byte: UInt8) -> Bool { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) }

    private static func isYear(_ bytes: ArraySlice<UInt8>, at index: Int) -> Bool {
        guard index + 4 <= bytes.endIndex, index == bytes.startIndex || !isDigit(bytes[index - 1]) else { return false }
        let century = (bytes[index], bytes[index + 1])
        guard century == (UInt8(ascii: "1"), UInt8(ascii: "9")) || century == (UInt8(ascii: "2"), UInt8(ascii: "0"))
        else { return false }
        guard isDigit(bytes[index + 2]), isDigit(bytes[index + 3]) else { return false }
        return index + 4 == bytes.endIndex || !isDigit(bytes[index + 4])
    }

    /// `10.1000/xyz123`: a DOI prefix of 4 to 9 digits and a slash.
    private static func isDOI(_ bytes: ArraySlice<UInt8>, at start: Int) -> Bool {
        guard hasPrefix(bytes, at: start, "10."), start == bytes.startIndex || !isDigit(bytes[start - 1]) else { return false }
        var index = start + 3
        while index < bytes.endIndex, isDigit(bytes[index]) { index += 1 }
        let digits = index - start - 3
        return (4...9).contains(digits) && index < bytes.endIndex && bytes[index] == UInt8(ascii: "/")
    }

    /// `PMID: 12345678`, `PMID 123`, `PMC1234567`.
    private static func isPubMedID(_ bytes: ArraySlice<UInt8>, at start: Int) -> Bool {
        var index: Int
        if hasPrefix(bytes, at: start, "pmid") {
            index = start + 4
            while index < bytes.endIndex, bytes[index] == UInt8(ascii: ":") || bytes[index] == UInt8(ascii: " ") {
                index += 1
            }
        } else if hasPrefix(bytes, at: start, "pmc") {
            index = start + 3
        } else {
            return false
        }
        return index < bytes.endIndex && isDigit(bytes[index])
    }

    private static func hasPrefix(_ bytes: ArraySlice<UInt8>, at start: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard start + count <= bytes.endIndex else { return false }
        let pointer = prefix.utf8Start
        for offset in 0..<count where lowercased(bytes[start + offset]) != pointer[offset] { return false }
        return true
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
}
