import CopydeskCore
import Foundation

/// What a reference entry's text holds: a year, a source, DOIs.
struct ReferenceFields {
    var hasYear = false
    var hasSource = false
    /// DOIs that do not read `10.NNNN/suffix`, with their byte ranges in the text.
    var malformedDOIs: [(text: String, range: Range<Int>)] = []

    /// Publishers, agencies and journal words that name a source.
    static let venues: WordSet = [
        "journal", "j", "press", "publishing", "publishers", "publisher", "proceedings", "bulletin", "review",
        "reviews", "lancet", "bmj", "jama", "nejm", "nature", "science", "cochrane", "plos", "pediatrics",
        "circulation", "who", "cdc", "nhs", "nih", "fda", "nice", "ema", "university", "institute", "database",
        "report", "vol", "pp", "retrieved", "accessed", "available", "pmid", "pmcid", "isbn", "med", "medicine",
        "ann", "am", "engl", "clin", "sci", "epidemiol", "health", "organization", "organisation", "centers", "agency",
        "society", "association", "college", "foundation", "library", "arxiv", "medrxiv", "biorxiv",
    ]

    init(_ text: String, hasLink: Bool) {
        // ASCII (most entries): read in place, lowercased into a temporary buffer, not copied
        // into two arrays that were made and freed for every entry.
        var text = text
        if let fields = text.withUTF8({ Self.init(ascii: $0, hasLink: hasLink) }) {
            self = fields
            return
        }
        let bytes = Array(text.utf8)
        // Only ASCII letters fold: `malformedDOIs` reads these bytes whatever the text holds.
        let folded = Self.asciiLowercased(bytes)
        malformedDOIs = Self.malformedDOIs(bytes, lowercased: folded)
        let tokens = Words.tokens(in: text)
        let lower = text.lowercased()
        let lowerBytes = Array(lower.utf8)
        func contains(_ needle: String) -> Bool {
            ByteSearch.contains(ascii: Array(needle.utf8), in: lowerBytes) ?? lower.contains(needle)
        }
        hasYear =
            tokens.contains { token in
                guard token.text.count == 4, let year = Int(token.text) else { return false }
                return (1800...2099).contains(year)
            } || contains("n.d.")
        hasSource =
            hasLink || contains("http://") || contains("https://") || contains("www.")
            || contains("doi") || tokens.contains { Self.venues.contains($0.text) }
            || Self.hasVolumePages(bytes)
    }

    /// The fields of a text whose UTF-8 is `bytes`, when it is ASCII (else nil): `init(_:hasLink:)`
    /// on the bytes, their lowercased copy in a temporary buffer.
    private init?(ascii bytes: UnsafeBufferPointer<UInt8>, hasLink: Bool) {
        guard ByteSearch.isASCII(bytes) else { return nil }
        self = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
            for index in bytes.indices {
                let byte = bytes[index]
                buffer[index] = ASCII.lowercased(byte)
            }
            // ASCII: the buffer is the lowercased text, and a byte match is Foundation's match.
            let lower = UnsafeBufferPointer(buffer)
            var fields = ReferenceFields()
            // One pass finds the marks, whether a journal's volume and pages are cited, and
            // whether a DOI may be: most entries have none, and their bytes are not read for one.
            let marks = Self.marks(in: lower)
            if marks.doi { fields.malformedDOIs = Self.malformedDOIs(bytes, lowercased: lower) }
            (fields.hasYear, fields.hasSource) = Self.yearAndSource(lowercased: lower, marks: marks, hasLink: hasLink)
            return fields
        }
    }

    private init() {}

    /// The bytes with ASCII capitals lowercased, written into an array made at its size
    /// (`bytes.map` with a closure cost a call per byte).
    static func asciiLowercased(_ bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        result.withUnsafeMutableBufferPointer { result in
            for index in result.indices { result[index] = ASCII.lowercased(result[index]) }
        }
        return result
    }

    /// `1954;1:1451`, `12(3):45-67`: a journal citation's volume and pages.
    static func hasVolumePages(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer(hasVolumePages)
    }

    static func hasVolumePages(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        for index in 1..<max(1, bytes.count - 1)
        where (bytes[index] == UInt8(ascii: ":") || bytes[index] == UInt8(ascii: ";"))
            && digits.contains(bytes[index + 1])
        {
            let before = bytes[index - 1]
            if digits.contains(before) || before == UInt8(ascii: ")") { return true }
        }
        return false
    }

    /// The DOIs written after `doi:`, `doi ` or `doi.org/` that are not `10.` + 4–9 digits + `/` + a suffix.
    /// `lower`: the bytes with ASCII letters lowercased.
    static func malformedDOIs(_ bytes: [UInt8], lowercased lower: [UInt8]) -> [(text: String, range: Range<Int>)] {
        bytes.withUnsafeBufferPointer { bytes in
            lower.withUnsafeBufferPointer { malformedDOIs(bytes, lowercased: $0) }
        }
    }

    static func malformedDOIs(
        _ bytes: UnsafeBufferPointer<UInt8>, lowercased lower: UnsafeBufferPointer<UInt8>
    ) -> [(text: String, range: Range<Int>)] {
        var result: [(String, Range<Int>)] = []
        var index = 0
        while index + 3 <= lower.count {
            guard lower[index] == UInt8(ascii: "d"), lower[index + 1] == UInt8(ascii: "o"),
                lower[index + 2] == UInt8(ascii: "i"),
                index == 0 || !Words.isWordByte(lower[index - 1]),
                index + 3 < lower.count,
                [UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: ".")].contains(lower[index + 3])
            else {
                index += 1
                continue
            }
            var start = index + 3
            if start + 4 <= lower.count, lower[start..<(start + 4)].elementsEqual(".org".utf8) {
                start += 4
                while start < lower.count, lower[start] == UInt8(ascii: "/") { start += 1 }
            } else {
                while start < lower.count, [UInt8(ascii: ":"), UInt8(ascii: " ")].contains(lower[start]) { start += 1 }
            }
            var end = start
            while end < bytes.count, bytes[end] > 0x20, bytes[end] != UInt8(ascii: ">"), bytes[end] != UInt8(ascii: ")")
            {
                end += 1
            }
            while end > start, [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";")].contains(bytes[end - 1]) {
                end -= 1
            }
            if end > start, !isValidDOI(Array(bytes[start..<end])) {
                result.append((String(decoding: bytes[start..<end], as: UTF8.self), start..<end))
            }
            index = max(end, index + 3)
        }
        return result
    }

    /// `10.` + 4–9 digits (dot-separated sub-registrants allowed) + `/` + a non-empty suffix.
    static func isValidDOI(_ doi: [UInt8]) -> Bool {
        guard doi.count > 3, doi[0] == UInt8(ascii: "1"), doi[1] == UInt8(ascii: "0"), doi[2] == UInt8(ascii: "."),
            let slash = doi.firstIndex(of: UInt8(ascii: "/")), slash + 1 < doi.count
        else { return false }
        let registrant = doi[3..<slash]
        let digits = registrant.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard let first = digits.first, (4...9).contains(first.count) else { return false }
        return digits.allSatisfy { part in
            !part.isEmpty && part.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        }
    }
}
