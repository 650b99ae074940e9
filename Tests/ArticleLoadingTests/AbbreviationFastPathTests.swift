import Testing

@testable import ArticleLoading

/// Abbreviations found by their words' numeric keys against the lookup of lowercased strings.
@Suite struct AbbreviationFastPathTests {
    /// `Abbreviations.suppressesBreak` as it looked words up by string.
    static func slowSuppressesBreak(
        _ bytes: [UInt8], period: Int, next: SentenceSegmenter.StartClass
    ) -> Bool {
        func isWordOrDot(_ byte: UInt8) -> Bool {
            let lower = byte | 0x20
            return (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower) || byte == UInt8(ascii: ".")
        }
        var wordStart = period
        while wordStart > 0, isWordOrDot(bytes[wordStart - 1]) { wordStart -= 1 }
        guard wordStart < period else { return false }
        let letters = bytes[wordStart..<period]
        if letters.contains(UInt8(ascii: ".")) {
            return letters.split(separator: UInt8(ascii: ".")).allSatisfy { $0.count <= 2 }
        }
        let word = String(decoding: letters, as: UTF8.self).lowercased()
        if Abbreviations.always.contains(word) { return true }
        if Abbreviations.beforeNumber.contains(word) { return next == .digit }
        if word == "al", wordStart >= 3,
            String(decoding: bytes[(wordStart - 3)..<wordStart], as: UTF8.self).lowercased() == "et "
        {
            return next != .upper
        }
        return false
    }

    static var words: [String] {
        let known = Abbreviations.always.union(Abbreviations.beforeNumber).union(["al"])
        var words: [String] = []
        for word in known {
            words += [word, word.uppercased(), word.prefix(1).uppercased() + word.dropFirst(), word + "x", "x" + word]
            words.append(String(word.dropLast()))
        }
        words += ["", "a", "Z", "approxi", "approximately", "septemb", "abcdefgh", "abcdefghi", "e.g", "U.S", "a.b.cd"]
        words += ["@dr", "d[r", "`no", "n{o", "ap\u{E9}", "\u{C9}t"]
        return words
    }

    @Test func suppressesBreakAsTheStringLookup() {
        let classes: [SentenceSegmenter.StartClass] = [.lower, .upper, .digit, .other]
        for word in Self.words {
            for before in ["", "see ", "et ", "Et ", "at ", "xet ", "1"] {
                let bytes = Array((before + word + ". Next").utf8)
                let period = (before + word).utf8.count
                for next in classes {
                    let suppresses = bytes.withUnsafeBufferPointer {
                        Abbreviations.suppressesBreak($0, period: period, next: next, nextIndex: period + 2)
                    }
                    #expect(
                        suppresses == Self.slowSuppressesBreak(bytes, period: period, next: next),
                        "\(before)\(word). \(next)")
                }
            }
        }
    }
}
