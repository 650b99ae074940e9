import CopydeskCore
import TestSupport
import Testing

@testable import FactChecking

/// `NumberMention.mentions` reads a numeral's token in place (its range, and its bytes for
/// "percent" and a year's comma): it gives what the plain reading of the token's copy gives.
struct NumberMentionInPlaceTests {
    /// The mention at `position` as read from copies of the sentence's tokens: the token's
    /// text compared with "percent" and looked through for a comma.
    static func plainMention(at position: Int, _ read: SentenceText, index: Int) -> NumberMention? {
        let tokens = read.tokens
        let token = tokens[position]
        let bytes = Array(read.bytes)
        guard bytes[token.range.lowerBound] &- UInt8(ascii: "0") < 10,
            let parsed = NumberMention.parse(token.text)
        else { return nil }
        var end = token.range.upperBound
        let isPercent: Bool
        if end < bytes.count, bytes[end] == UInt8(ascii: "%") {
            isPercent = true
            end += 1
        } else if position + 1 < tokens.count, tokens[position + 1].text == "percent" {
            isPercent = true
            end = tokens[position + 1].range.upperBound
        } else {
            isPercent = false
        }
        let text = String(decoding: bytes[token.range.lowerBound..<end], as: UTF8.self)
        if isPercent {
            guard let change = NumberMention.change(around: position, tokens, read.keys) else { return nil }
            return NumberMention(
                value: parsed.value, roundedDigits: parsed.zeros,
                qualifier: NumberMention.qualifier(before: position, tokens, read.keys), quantity: change,
                range: token.range.lowerBound..<end, sentenceIndex: index, text: text)
        }
        guard let noun = NumberMention.countNoun(after: position, tokens, read.bytes, read.keys) else { return nil }
        if (1800...2100).contains(parsed.value), !token.text.contains(",") { return nil }
        let nounEnd = tokens[noun].range.upperBound
        return NumberMention(
            value: parsed.value, roundedDigits: parsed.zeros,
            qualifier: NumberMention.qualifier(before: position, tokens, read.keys),
            quantity: .count(noun: NumberMention.singular(tokens[noun].text)),
            range: token.range.lowerBound..<nounEnd, sentenceIndex: index,
            text: String(decoding: bytes[token.range.lowerBound..<nounEnd], as: UTF8.self))
    }

    static let words = [
        "25,000", "25,871", "1990", "1,990", "2024", "40", "3.5", "1.2.3", "007", "12", "100.", "5mg", "40%",
        "percent", "Percent", "PERCENT", "perCENT", "percents", "per", "cent", "%", "adults", "Adults", "people",
        "children", "women", "mice", "glass", "cells", "Ünits", "naïves", "years", "mg", "the", "of", "more",
        "than", "at", "least", "about", "nearly", "up", "to", "an", "estimated", "reduced", "fell", "rose",
        "increased", "hair", "loss", "risk", "stroke", "by", "in", "trial", "patients", "–", ",", "(", ")", "it’s",
        "dog’s", "ＰＥＲＣＥＮＴ", "\u{212A}m", "İs",
    ]

    /// 3,000 generated sentences of numerals, "percent" in several cases, count nouns,
    /// qualifiers, change words, units and non-ASCII words.
    @Test func mentionsAreThePlainReadings() {
        var generator = SplitMix(seed: 22)
        var found = 0
        var percentWords = 0
        for _ in 0..<3_000 {
            let count = 1 + Int(generator.next() % 14)
            var sentence = ""
            for place in 0..<count {
                let word = Self.words[Int(generator.next() % UInt64(Self.words.count))]
                if place > 0 { sentence += generator.next() % 9 == 0 ? "  " : " " }
                sentence += word
            }
            sentence += "."
            let read = SentenceText(sentence)
            let plain = read.tokens.indices.compactMap { Self.plainMention(at: $0, read, index: 3) }
            #expect(NumberMention.mentions(in: read, index: 3) == plain, "\(sentence)")
            found += plain.count
            percentWords += plain.filter { $0.text.hasSuffix("percent") || $0.text.hasSuffix("PERCENT") }.count
        }
        // Many counts and changes are found, some of them written with the word "percent".
        #expect(found > 300 && percentWords > 20, "\(found) \(percentWords)")
    }
}
