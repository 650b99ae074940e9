import CopydeskCore

/// Abbreviations that a period does not end a sentence after.
enum Abbreviations {
    /// Never end a sentence: titles and Latin short forms.
    static let always: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "mt", "vs", "approx", "cf", "ca", "viz", "esp", "incl", "gen", "gov",
        "sen", "rep", "lt", "col", "sgt", "capt", "rev", "hon", "dept", "univ", "assn", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    /// Do not end a sentence before a number: `No. 5`, `Fig. 2`, `p. 12`.
    static let beforeNumber: Set<String> = [
        "no", "nos", "fig", "figs", "vol", "vols", "p", "pp", "ch", "chap", "sec", "eq", "ref", "refs", "tab", "art",
        "n",
    ]

    /// Whether the period at `period` belongs to an abbreviation rather than ending a sentence.
    static func suppressesBreak(
        _ bytes: UnsafeBufferPointer<UInt8>, period: Int, next: SentenceSegmenter.StartClass, nextIndex: Int
    ) -> Bool {
        var wordStart = period
        while wordStart > 0, isWordOrDot(bytes[wordStart - 1]) { wordStart -= 1 }
        guard wordStart < period else { return false }
        let letters = bytes[wordStart..<period]
        // Dotted forms: e.g., i.e., U.S., U.K., a.m. (the word is ASCII letters and dots).
        if letters.contains(UInt8(ascii: ".")) {
            return letters.split(separator: UInt8(ascii: ".")).allSatisfy { $0.count <= 2 }
        }
        // The word is ASCII letters: lowercased, it keeps its length, and one longer than every
        // abbreviation (and `al`) is none. A shorter one is looked up as a number, not a string.
        guard letters.count <= maxLength else { return false }
        let word = key(letters)
        if alwaysKeys.contains(word) { return true }
        if beforeNumberKeys.contains(word) { return next == .digit }
        if word == alKey, wordStart >= 3,
            String(decoding: bytes[(wordStart - 3)..<wordStart], as: UTF8.self).lowercased() == "et "
        {
            // `Smith et al. (2019)`, `et al. 2019`; an uppercase word after it starts a new sentence.
            return next != .upper
        }
        return false
    }

    /// The longest abbreviation, in bytes (at most eight, see `key`).
    static let maxLength = always.union(beforeNumber).map(\.utf8.count).max()!

    private static let alKey = key("al".utf8)

    /// `always` and `beforeNumber` as `key`s, sorted.
    private static let alwaysKeys = Keys(always)
    private static let beforeNumberKeys = Keys(beforeNumber)

    /// A word of up to eight ASCII letters as one number: its bytes lowercased, the first byte
    /// lowest. Two such words are equal lowercased exactly when their keys are.
    @inline(__always)
    static func key<Letters: Collection<UInt8>>(_ letters: Letters) -> UInt64 {
        var key: UInt64 = 0
        for (offset, byte) in letters.enumerated() {
            let lower = ASCII.lowercased(byte)
            key |= UInt64(lower) << UInt64(8 * offset)
        }
        return key
    }

    /// A set of words as sorted keys, searched by halving.
    private struct Keys {
        let sorted: [UInt64]

        init(_ words: Set<String>) {
            sorted = words.map { Abbreviations.key($0.utf8) }.sorted()
        }

        @inline(__always)
        func contains(_ key: UInt64) -> Bool {
            let index = sorted.partitionPoint { $0 < key }
            return index < sorted.count && sorted[index] == key
        }
    }

    private static func isWordOrDot(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "."): true
        default: false
        }
    }
}
