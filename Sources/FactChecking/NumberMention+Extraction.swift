import CopydeskCore
import Foundation

extension NumberMention {
    static let qualifiers: [(words: [String], qualifier: Qualifier)] = [
        (["more", "than"], .atLeast), (["over"], .atLeast), (["at", "least"], .atLeast), (["upwards", "of"], .atLeast),
        (["exceeding"], .atLeast), (["fewer", "than"], .atMost), (["less", "than"], .atMost), (["under"], .atMost),
        (["up", "to"], .atMost), (["almost"], .atMost), (["nearly"], .atMost), (["about"], .approximately),
        (["around"], .approximately), (["approximately"], .approximately), (["roughly"], .approximately),
        (["some"], .approximately), (["circa"], .approximately), (["an", "estimated"], .approximately),
    ]
    static let decreases: WordSet = [
        "reduce", "reduces", "reduced", "reducing", "cut", "cuts", "lower", "lowers", "lowered", "decrease",
        "decreases", "decreased", "fell", "falls", "fall", "drop", "drops", "dropped", "declined", "declines",
        "halved", "shrank", "less", "lower", "fewer", "reduction", "decline",
    ]
    static let increases: WordSet = [
        "increase", "increases", "increased", "increasing", "raise", "raises", "raised", "rose", "rise", "rises",
        "boost", "boosts", "boosted", "improve", "improves", "improved", "grew", "grow", "grows", "higher", "more",
        "greater", "doubled", "climbed",
    ]
    static let stopwords: WordSet = [
        "the", "a", "an", "of", "in", "on", "at", "by", "to", "for", "with", "and", "or", "than", "that", "this",
        "these", "those", "was", "were", "is", "are", "be", "been", "it", "its", "their", "his", "her", "who",
        "which", "from", "as", "per", "cent", "percent", "study", "trial", "found", "showed", "shows", "show",
        "about", "around", "nearly", "almost", "up", "more", "less", "some", "had", "has", "have", "who", "took",
        "part", "after", "over", "under", "when", "while", "where", "researchers", "results", "people", "also",
    ]
    static let timeAndUnits: WordSet = [
        "years", "months", "weeks", "days", "hours", "minutes", "seconds", "times", "mg", "kg", "ml", "g", "mcg",
        "grams", "milligrams", "litres", "liters", "calories", "kilograms", "pounds", "steps", "points", "decades",
        "centuries", "nights", "doses", "servings", "cups", "glasses", "units", "percent", "ounces", "miles", "km",
    ]

    /// The counts and percentage changes a sentence states (read as `SentenceText.all(in:)` reads it).
    static func mentions(in sentence: SentenceText, index: Int) -> [NumberMention] {
        var result: [NumberMention] = []
        [sentence].withUnsafeBufferPointer { mentions(in: $0, at: 0, sentenceIndex: index, into: &result) }
        return result
    }

    /// Appends to `result` `mentions(in: texts[text], index: sentenceIndex)`, the sentence read
    /// in place in `texts`: copying it out (or binding its arrays) retained each of its arrays,
    /// for every sentence of an article. Its words and keys are read only where a numeral is found.
    static func mentions(
        in texts: UnsafeBufferPointer<SentenceText>, at text: Int, sentenceIndex index: Int,
        into result: inout [NumberMention]
    ) {
        // Most sentences hold no digit, so no word of theirs opens a numeral: their bytes are
        // looked through at once (a loop the compiler vectorizes), and their words are not read.
        guard texts[text].keys.bytes.withUnsafeBufferPointer(hasDigit) else { return }
        // The keys and tokens taken once for the sentence: a numeral's mention reads its token
        // in place (copying the sentence's read and the token for each numeral retained
        // their arrays and the token's string).
        let keys = texts[text].keys
        let tokens = texts[text].tokens
        tokens.withUnsafeBufferPointer { placed in
            keys.bytes.withUnsafeBufferPointer { bytes in
                // By index: a word is looked at only once its first byte may open a numeral.
                for position in placed.indices {
                    // A numeral starts with a digit, in the text as in its lowercased word.
                    guard bytes[placed[position].range.lowerBound] &- UInt8(ascii: "0") < 10 else { continue }
                    appendMention(
                        at: position, placed, tokens, keys, bytes, sentenceIndex: index, to: &result)
                }
            }
        }
    }

    /// Whether one of `bytes` is an ASCII digit (every numeral's first byte is one): sixteen
    /// bytes compared at a time, the last sixteen read again for the rest.
    static func hasDigit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let start = bytes.baseAddress else { return false }
        let count = bytes.count
        guard count >= 16 else {
            for byte in bytes where byte &- UInt8(ascii: "0") < 10 { return true }
            return false
        }
        let raw = UnsafeRawPointer(start)
        var offset = 0
        while offset &+ 16 <= count {
            if anyDigit(raw.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self)) { return true }
            offset &+= 16
        }
        return offset < count && anyDigit(raw.loadUnaligned(fromByteOffset: count &- 16, as: SIMD16<UInt8>.self))
    }

    /// Whether a lane of `chunk` is an ASCII digit, in lane arithmetic only (as `TextScan` reads
    /// it): `any` of a comparison's mask called `SIMD.min()` out of line, a loop over the lanes.
    /// A lane `d` above the digit `0` is a digit when it is below 10, that is when neither `d`
    /// nor `d + 0x76` has its top bit set; the flags are then read as two words.
    @inline(__always)
    private static func anyDigit(_ chunk: SIMD16<UInt8>) -> Bool {
        let above = chunk &- SIMD16(repeating: UInt8(ascii: "0"))
        let flags = ~(above | (above &+ SIMD16(repeating: 0x76))) & SIMD16(repeating: 0x80)
        let halves = unsafeBitCast(flags, to: SIMD2<UInt64>.self)
        return halves[0] | halves[1] != 0
    }

    /// The mention, if any, of the numeral that may start at token `position` of a sentence whose
    /// tokens are `tokens`, its keys `keys` and its bytes `bytes`.
    ///
    /// `placed` are `tokens` in place: the token's range is read there, not from a copy of it.
    private static func appendMention(
        at position: Int, _ placed: UnsafeBufferPointer<Words.Token>, _ tokens: SentenceTokens, _ keys: WordKeys,
        _ bytes: UnsafeBufferPointer<UInt8>, sentenceIndex index: Int, to result: inout [NumberMention]
    ) {
        let range = placed[position].range
        // The numeral read on the token's bytes as written: lowercasing changes no digit, point
        // or comma, and leaves a byte that is none of them in a word that has one, so
        // `fastParse` answers for the bytes as for the word; when it defers, they are ASCII
        // digits, points and commas, the word's own bytes.
        let fast = fastParse(UnsafeBufferPointer(rebasing: bytes[range]))
        guard let parsed = fast ?? parse(placed[position].text) else { return }
        // The qualifier (a pure reading of the words before) is looked for once the numeral is
        // known to make a mention: most numerals (years, counts of nothing) make none.
        var end = range.upperBound
        let isPercent: Bool
        if end < bytes.count, bytes[end] == UInt8(ascii: "%") {
            isPercent = true
            end += 1
        } else if position + 1 < tokens.count, isPercentWord(placed[position + 1].range, bytes) {
            isPercent = true
            end = placed[position + 1].range.upperBound
        } else {
            isPercent = false
        }
        if isPercent {
            guard let change = change(around: position, tokens, keys) else { return }
            let qualifier = qualifier(before: position, tokens, keys)
            result.append(
                NumberMention(
                    value: parsed.value, roundedDigits: parsed.zeros, qualifier: qualifier, quantity: change,
                    range: range.lowerBound..<end, sentenceIndex: index,
                    text: String(
                        decoding: UnsafeBufferPointer(rebasing: bytes[range.lowerBound..<end]), as: UTF8.self)))
        } else if let noun = countNoun(after: position, tokens, keys.bytes, keys) {
            if (1800...2100).contains(parsed.value), !bytes[range].contains(UInt8(ascii: ",")) { return }
            let qualifier = qualifier(before: position, tokens, keys)
            let nounEnd = placed[noun].range.upperBound
            result.append(
                NumberMention(
                    value: parsed.value, roundedDigits: parsed.zeros, qualifier: qualifier,
                    quantity: .count(noun: singular(tokens[noun].text)), range: range.lowerBound..<nounEnd,
                    sentenceIndex: index,
                    text: String(
                        decoding: UnsafeBufferPointer(rebasing: bytes[range.lowerBound..<nounEnd]), as: UTF8.self)
                ))
        }
    }

    /// Whether the word at `range` of `bytes` is "percent" (its token's text, the word lowercased):
    /// only ASCII letters lowercase to ASCII letters but `K` (U+212A, to `k`), which "percent" lacks.
    static func isPercentWord(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard range.count == 7 else { return false }
        var index = range.lowerBound
        for letter in "percent".utf8 {
            guard ASCII.lowercased(bytes[index]) == letter else { return false }
            index += 1
        }
        return true
    }

    /// The value of a numeral (`25,871`, `1.5`) and its trailing zeros.
    /// Read on bytes: a numeral is ASCII digits, commas and points only.
    static func parse(_ word: String) -> (value: Double, zeros: Int)? {
        // Most numerals are read on their bytes in one pass; the rest as below.
        if let parsed = word.utf8.withContiguousStorageIfAvailable(fastParse) ?? nil { return parsed }
        let utf8 = word.utf8
        guard let first = utf8.first, first &- UInt8(ascii: "0") < 10,
            utf8.allSatisfy({ $0 &- UInt8(ascii: "0") < 10 || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") })
        else { return nil }
        let plain =
            utf8.contains(UInt8(ascii: ","))
            ? String(decoding: utf8.filter { $0 != UInt8(ascii: ",") }, as: UTF8.self) : word
        guard let value = Double(plain) else { return nil }
        let zeros =
            plain.utf8.contains(UInt8(ascii: ".")) ? 0 : plain.utf8.reversed().prefix { $0 == UInt8(ascii: "0") }.count
        return (value, zeros)
    }

    /// `parse` of a word's bytes in one pass, or nil when `parse`'s plain reading must decide:
    /// `.some(nil)` for a word that is no numeral. A numeral of at most 15 digits and one point
    /// is `m / 10^k` with `m < 2^53` and `10^k` exact, so one division rounds it as `Double(_:)` does.
    static func fastParse(_ bytes: UnsafeBufferPointer<UInt8>) -> (value: Double, zeros: Int)?? {
        guard let first = bytes.first, first &- UInt8(ascii: "0") < 10 else { return .some(nil) }
        var mantissa: UInt64 = 0
        var digits = 0
        var fraction = 0
        var points = 0
        var trailingZeros = 0
        for byte in bytes {
            if byte &- UInt8(ascii: "0") < 10 {
                mantissa = mantissa &* 10 &+ UInt64(byte &- UInt8(ascii: "0"))
                digits += 1
                if points > 0 { fraction += 1 }
                trailingZeros = byte == UInt8(ascii: "0") ? trailingZeros + 1 : 0
            } else if byte == UInt8(ascii: ".") {
                points += 1
                trailingZeros = 0
            } else if byte != UInt8(ascii: ",") {
                return .some(nil)
            }
        }
        // Two points or more make no number `Double(_:)` reads: no numeral.
        guard points <= 1 else { return .some(nil) }
        guard digits <= 15 else { return nil }
        let value = fraction == 0 ? Double(mantissa) : Double(mantissa) / powersOfTen[fraction]
        return .some((value, points > 0 ? 0 : trailingZeros))
    }

    private static let powersOfTen: [Double] = (0...15).map { power in
        (0..<power).reduce(1.0) { value, _ in value * 10 }
    }

    /// The qualifier that ends right before the number at `position` (`keys` are the sentence's
    /// keys: the word before is looked up by its key, see `countNoun(after:_:_:_:)`).
    static func qualifier(before position: Int, _ tokens: SentenceTokens, _ keys: WordKeys) -> Qualifier {
        // A qualifier ends right before the number: most words before one end none.
        guard position > 0, qualifierEnds.contains(in: keys, at: position - 1),
            let candidates = qualifiersByEnd[tokens[position - 1].text]
        else { return .exact }
        // Only the qualifiers that end with that word, in `qualifiers` order: no other can match.
        for (words, qualifier) in candidates where position >= words.count {
            let start = position - words.count
            if words.indices.allSatisfy({ tokens[start + $0].text == words[$0] }) { return qualifier }
        }
        return .exact
    }

    /// The last words of `qualifiers`.
    static let qualifierEnds = WordSet(qualifiers.compactMap(\.words.last))

    /// `qualifiers` by their last word, each list in `qualifiers` order.
    static let qualifiersByEnd: [String: [(words: [String], qualifier: Qualifier)]] = Dictionary(
        grouping: qualifiers, by: { $0.words.last ?? "" })

    /// Whether `word` has more than `count` characters, counted on bytes when it is ASCII.
    static func hasMore(than count: Int, characters word: String) -> Bool {
        let utf8 = word.utf8
        // A character has at least one byte; an ASCII character but CR LF has exactly one.
        if utf8.count <= count { return false }
        if utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) { return true }
        return word.count > count
    }

    /// The plural noun a number counts: the first plural among the next three words ("25,871 US
    /// adults"), before a stopword; nil for units and durations ("12 weeks", "40 mg").
    ///
    /// `keys` are the sentence's keys: a token's word is looked up by its key, not hashed again.
    /// The key's word is the token's text with `’` folded to `'`, and no word list here holds
    /// either apostrophe, so the answers are the token's (`NumberMentionTests` checks both).
    ///
    /// A word is read on its bytes as written (`bytes` are the sentence's): a numeral as
    /// `mentions` reads one (`fastParse`, else `parse` of the word), and an ASCII word's
    /// plural `s` on its last two bytes (its word is those bytes lowercased); only another
    /// word's ending is read from its string (`hasSuffix` compares characters).
    static func countNoun(after position: Int, _ tokens: SentenceTokens, _ bytes: SentenceBytes, _ keys: WordKeys)
        -> Int?
    {
        bytes.withUnsafeBufferPointer { bytes in
            var index = position + 1
            while index < tokens.count, index <= position + 3 {
                let gap = bytes[tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound]
                if gap.contains(where: { $0 != UInt8(ascii: " ") }) { return nil }
                let written = UnsafeBufferPointer(rebasing: bytes[tokens[index].range])
                if stopwords.contains(in: keys, at: index) || (fastParse(written) ?? parse(tokens[index].text)) != nil
                    || timeAndUnits.contains(in: keys, at: index)
                {
                    return nil
                }
                if irregularPlurals.contains(in: keys, at: index) || isPlural(written, tokens[index].text) {
                    return index
                }
                index += 1
            }
            return nil
        }
    }

    /// `word.hasSuffix("s") && !word.hasSuffix("ss") && hasMore(than: 3, characters: word)`,
    /// on `written` (the bytes `word` was read from) when they are ASCII.
    static func isPlural(_ written: UnsafeBufferPointer<UInt8>, _ word: String) -> Bool {
        guard ByteSearch.isASCII(written) else {
            return word.hasSuffix("s") && !word.hasSuffix("ss") && hasMore(than: 3, characters: word)
        }
        let count = written.count
        return count > 3 && ASCII.lowercased(written[count - 1]) == UInt8(ascii: "s")
            && ASCII.lowercased(written[count - 2]) != UInt8(ascii: "s")
    }

    static let irregularPlurals: WordSet = ["people", "children", "women", "men"]

    /// A percentage change: a change word in the number's clause, and the clause's content words
    /// (looked up by `keys`, the sentence's keys, as in `countNoun(after:_:_:_:)`).
    static func change(around position: Int, _ tokens: SentenceTokens, _ keys: WordKeys) -> Quantity? {
        let lower = max(0, position - 10)
        let upper = min(tokens.count, position + 8)
        // The first change word decides; without one there is no change, and the clause's
        // words are not gathered (most numbers stand without one).
        var increase: Bool?
        for index in lower..<upper where index != position {
            if decreases.contains(in: keys, at: index) {
                increase = false
                break
            }
            if increases.contains(in: keys, at: index) {
                increase = true
                break
            }
        }
        guard let increase else { return nil }
        var subject: Set<String> = []
        for index in lower..<upper where index != position {
            let word = tokens[index].text
            if !decreases.contains(in: keys, at: index), !increases.contains(in: keys, at: index),
                !stopwords.contains(in: keys, at: index), parse(word) == nil,
                hasMore(than: 1, characters: word)
            {
                subject.insert(singular(word))
            }
        }
        return .change(increase: increase, subject: subject)
    }

    static func singular(_ word: String) -> String {
        // An ASCII word is read on its bytes (a character is a byte there): most count nouns.
        if let singular = word.utf8.withContiguousStorageIfAvailable({ asciiSingular(word, $0) }) ?? nil {
            return singular
        }
        return switch word {
        case "people": "person"
        case "children": "child"
        case "women": "woman"
        case "men": "man"
        default: word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
        }
    }

    /// `singular` of an ASCII word whose bytes are `bytes`: the irregular plurals, else the word
    /// without a final `s` that does not end `ss`; nil for a word that is not ASCII.
    static func asciiSingular(_ word: String, _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        // An ASCII word equals an ASCII plural only with its bytes: the bytes are compared, for a
        // word of a plural's length only (four string comparisons each cost a call).
        switch bytes.count {
        case 3 where isWord(bytes, "men"): return "man"
        case 5 where isWord(bytes, "women"): return "woman"
        case 6 where isWord(bytes, "people"): return "person"
        case 8 where isWord(bytes, "children"): return "child"
        default: break
        }
        guard let last = bytes.last, last == UInt8(ascii: "s"), bytes.count < 2 || bytes[bytes.count - 2] != last else {
            return word
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<(bytes.count - 1)]), as: UTF8.self)
    }

    /// Whether `bytes` are the bytes of `word`.
    @inline(__always)
    private static func isWord(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount).elementsEqual(bytes)
    }
}
