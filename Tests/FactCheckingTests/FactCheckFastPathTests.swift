import ArticleLoading
import CopydeskCore
import Foundation
import TestSupport
import Testing

@testable import FactChecking

/// The fact-check stage's shortcuts give what the plain readings give.
struct FactCheckFastPathTests {
    /// The plain reading of `NumberMention.hasDigit`: one byte at a time.
    static func hasDigitPlainly(_ bytes: [UInt8]) -> Bool {
        bytes.contains { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    static func hasDigit(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer(NumberMention.hasDigit)
    }

    /// Every length up to 50, one byte set at every place (digits, their neighbours `/` and `:`,
    /// bytes above 0x7F, and those bytes minus 0x80), over a background of letters or of spaces.
    @Test func hasDigitIsTheByteLoopAtEveryPlace() {
        let probes: [UInt8] = [
            UInt8(ascii: "0"), UInt8(ascii: "5"), UInt8(ascii: "9"), UInt8(ascii: "/"), UInt8(ascii: ":"),
            0xB0, 0xB9, 0xFF, 0x80, 0x00, UInt8(ascii: "a"), UInt8(ascii: "O"),
        ]
        for background in [UInt8(ascii: "x"), UInt8(ascii: " "), 0xE2] {
            for length in 0...50 {
                let plain = [UInt8](repeating: background, count: length)
                #expect(Self.hasDigit(plain) == Self.hasDigitPlainly(plain))
                for place in 0..<length {
                    for probe in probes {
                        var bytes = plain
                        bytes[place] = probe
                        #expect(Self.hasDigit(bytes) == Self.hasDigitPlainly(bytes), "\(length) \(place) \(probe)")
                    }
                }
            }
        }
    }

    /// Random bytes of random lengths, digits rare, as in prose.
    @Test func hasDigitIsTheByteLoopOnRandomBytes() {
        var generator = SplitMix(seed: 18)
        for _ in 0..<5_000 {
            let length = Int(generator.next() % 90)
            let bytes = (0..<length).map { _ -> UInt8 in
                let value = generator.next()
                return value % 97 == 0 ? UInt8(ascii: "0") + UInt8(value % 10) : UInt8(truncatingIfNeeded: value >> 8)
            }
            #expect(Self.hasDigit(bytes) == Self.hasDigitPlainly(bytes))
        }
    }

    /// A sentence whose bytes hold no digit has no word that opens with one, so `mentions`
    /// skipping it leaves out nothing: the tokens of sentences with and without digits.
    @Test(
        arguments: [
            "About 25,000 adults took part.", "No numbers here at all, only words.", "COVID19 cases rose ¹²³ times.",
            "Ｖ２ and ٣ are no ASCII digits.", "The 1990s saw 40% fewer cases among 3,000 children.", "",
        ])
    func sentencesWithoutDigitsOpenNoNumeral(_ sentence: String) {
        let text = SentenceText(sentence)
        let opensNumeral = text.tokens.contains { token in
            text.bytes[token.range.lowerBound] &- UInt8(ascii: "0") < 10
        }
        if opensNumeral { #expect(Self.hasDigit(Array(text.bytes))) }
        if !Self.hasDigit(Array(text.bytes)) { #expect(NumberMention.mentions(in: text, index: 0).isEmpty) }
    }

    /// `NumberMention.countNoun` as it read each word before it read them on their bytes: the
    /// word's string parsed, its plural `s` and length read as characters.
    static func countNounPlainly(after position: Int, _ read: SentenceText) -> Int? {
        let tokens = read.tokens
        let bytes = read.bytes
        var index = position + 1
        while index < tokens.count, index <= position + 3 {
            let gap = bytes[tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound]
            if gap.contains(where: { $0 != UInt8(ascii: " ") }) { return nil }
            let word = tokens[index].text
            if NumberMention.stopwords.contains(in: read.keys, at: index) || NumberMention.parse(word) != nil
                || NumberMention.timeAndUnits.contains(in: read.keys, at: index)
            {
                return nil
            }
            if NumberMention.irregularPlurals.contains(in: read.keys, at: index)
                || (word.hasSuffix("s") && !word.hasSuffix("ss") && word.count > 3)
            {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Words after numerals: plurals and not, of every case, accented, with combining marks,
    /// numerals of every length, units and stopwords, in random runs of three.
    @Test func countNounsAsTheWordsRead() {
        let numerals = ["25,871", "40", "2000", "1234567890123456789", "7.5", "1.2.3"]
        let words = [
            "adults", "US", "Adults", "ADULTS", "grass", "class", "bus", "gas", "yes", "its", "cafés", "naïves",
            "Ångströms", "s", "ss", "as", "us", "mass", "MASS", "people", "Children", "25", "1,000",
            "12345678901234567",
            "years", "mg", "of", "the", "e\u{301}s", "ś", "résumés", "CAFÉS", "bośs", "1st", "3rds", "dogs", "Dogs",
            "DOGs", "dOgS", "kiss", "kisS", "ab's", "what’s", "sss", "abcs", "abss", "women", "weeks", "x-rays",
        ]
        var generator = SplitMix(seed: 6)
        var nouns = 0
        for _ in 0..<3_000 {
            let numeral = numerals[Int(generator.next() % UInt64(numerals.count))]
            let picked = (0..<3).map { _ in words[Int(generator.next() % UInt64(words.count))] }
            let separator = generator.next() % 9 == 0 ? " , " : " "
            let read = SentenceText("About \(numeral)\(separator)\(picked.joined(separator: " ")) took part.")
            for position in read.tokens.indices
            where read.bytes[read.tokens[position].range.lowerBound] &- UInt8(ascii: "0") < 10 {
                let noun = NumberMention.countNoun(after: position, read.tokens, read.bytes, read.keys)
                #expect(noun == Self.countNounPlainly(after: position, read), "\(read.words)")
                if noun != nil { nouns += 1 }
            }
        }
        #expect(nouns > 300)
    }

    /// A numeral's qualifier is looked for only once the numeral makes a mention: over generated
    /// sentences of qualifiers, numerals (years among them), percentages and count nouns, every
    /// mention's qualifier is the one read before its numeral, and each numeral makes the
    /// mention it makes when its qualifier is read first.
    @Test func qualifiersAreReadForTheMentionsMade() throws {
        let qualifiers = ["", "more than", "over", "at least", "up to", "about", "nearly", "an estimated", "the"]
        let numerals = ["25,871", "25,000", "40", "2019", "1,999", "7.5", "300"]
        let followers = ["adults", "people", "patients", "years", "mg", "%", "percent", "and", "the"]
        let others = ["reduced", "rose", "fell", "the", "risk", "by", "in", "hair", "loss", "and"]
        func pick(_ list: [String], _ generator: inout SplitMix) -> String {
            list[Int(generator.next() % UInt64(list.count))]
        }
        var generator = SplitMix(seed: 20)
        var mentions = 0
        var qualified = 0
        for _ in 0..<2_000 {
            var picked: [String] = []
            for _ in 0..<(1 + Int(generator.next() % 3)) {
                picked += [pick(others, &generator), pick(others, &generator), pick(qualifiers, &generator)]
                let numeral = pick(numerals, &generator) + (generator.next() % 4 == 0 ? "%" : "")
                picked += [numeral, pick(followers, &generator)]
            }
            let read = SentenceText("Here " + picked.filter { !$0.isEmpty }.joined(separator: " ") + ".")
            for mention in NumberMention.mentions(in: read, index: 0) {
                let position = try #require(
                    read.tokens.indices.first { read.tokens[$0].range.lowerBound == mention.range.lowerBound })
                let qualifier = NumberMention.qualifier(before: position, read.tokens, read.keys)
                #expect(mention.qualifier == qualifier, "\(read.words)")
                mentions += 1
                if qualifier != .exact { qualified += 1 }
            }
        }
        #expect(mentions > 500 && qualified > 50)
    }

    /// Articles with every kind of citation marker, in every format, and the examples.
    static var articles: [Article] {
        get throws {
            let loader = ArticleLoader()
            var articles: [Article] = []
            let texts = [
                "Coffee prevents dementia.[^1] It also lowers blood pressure.\n\nThey say so. The study found it [2].\n\n"
                    + "[^1]: Smith J. Coffee and dementia: a cohort study. BMJ. 2019.\n\n## References\n\n"
                    + "2. Ng A. Walking. J Hypertens. 2021.",
                "Walking lowers blood pressure¹ and cuts stroke risk.² These results hold.\n\n"
                    + "Exercise causes weight loss [1, 3]. See https://example.org for more.[^a] [^b]\n\n"
                    + "[^a]: WHO. Report. 2020.\n[^b]: CDC. Report. 2021.",
                "Statins reduce heart attacks (Smith et al., 2019). The trial[^x] showed it.\n\n"
                    + "- Aspirin prevents stroke.[^x]\n- It is cheap.\n\n> Vitamin D cures colds.[^y]\n\n"
                    + "[^x]: Lee K. A randomised trial. Lancet. 2020.\n[^y]: Doe J. Survey. 2018.",
            ]
            for (index, text) in texts.enumerated() {
                articles.append(try loader.load(path: "fixture\(index).md", bytes: Array(text.utf8), format: .markdown))
            }
            let examples = Fixture.root.appendingPathComponent("examples")
            for name in try FileManager.default.contentsOfDirectory(atPath: examples.path).sorted() {
                articles.append(try loader.load(path: examples.appendingPathComponent(name).path))
            }
            return articles
        }
    }

    /// `OverstatedCausality` asks for a claim's marker labels only when it is cited: a sentence
    /// with markers of its own is cited, under either scope.
    @Test(arguments: CitationSettings.Scope.allCases)
    func aSentenceWithMarkersIsCited(_ scope: CitationSettings.Scope) throws {
        var settings = CitationSettings()
        settings.scope = scope
        var labelled = 0
        for article in try Self.articles {
            let evidence = ArticleEvidence(article: article, settings: settings)
            for index in article.sentences.indices where !evidence.labels(ofSentenceAt: index).isEmpty {
                labelled += 1
                #expect(evidence.isCited(sentenceAt: index), "\(article.path): \(article.sentences[index].text)")
            }
        }
        #expect(labelled > 5)
    }
}
