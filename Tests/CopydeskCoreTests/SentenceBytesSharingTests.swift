import Testing

@testable import CopydeskCore

/// The sentences read together (`SentenceText.read(count:strings:text:)`, as `SentenceText.all(in:)`
/// reads an article's) keep their bytes in one buffer they share: each sentence's bytes, words
/// and keys are the ones a sentence read on its own holds, whatever comes before and after it.
@Suite struct SentenceBytesSharingTests {
    static let pieces = [
        "", " ", "  ", "a", "A", "Word", "words", "CAF\u{C9}", "café", "cafe\u{301}", "don’t", "DON’T", "’", "1.5",
        "12,000", "-", "—", ",", ";", "(95% CI 1.1-2.3)", "ABCDEFGHIJKLMNOPQ", "abcdefgh", "abcdefghi", "🙂",
        "İstanbul", "ΣΟΦΊΑ", "straße", "\u{212A}elvin", "x", "may", "cure-all", "[1]", "¹²", "?", "\"", "'quoted'",
        "https://example.org/a", "10.1000/xyz", "Supercalifragilisticexpialidocious",
    ]

    /// Texts of every kind the pieces make, the same ones on every run.
    static func texts(count: Int, seed: UInt64) -> [String] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in
            let length = next(4) == 0 ? 0 : next(24)
            var text = ""
            for _ in 0..<length {
                text += pieces[next(pieces.count)]
                if next(3) > 0 { text += [" ", " ", ", ", ". ", "  ", ""][next(6)] }
            }
            return text
        }
    }

    static func plain(_ text: String) -> SentenceText {
        let tokens = Words.tokens(in: text)
        return SentenceText(bytes: Array(text.utf8), tokens: tokens, words: tokens.map { Words.folded($0.text) })
    }

    @Test func eachSentenceReadsItsOwnBytesAndWords() {
        for article in 0..<300 {
            let texts = Self.texts(count: article % 17, seed: UInt64(article))
            let reads = WordStrings.borrowing { strings in
                SentenceText.read(count: texts.count, strings: &strings) { texts[$0] }
            }
            #expect(reads.count == texts.count)
            for index in texts.indices {
                let read = reads[index]
                #expect(Array(read.bytes) == Array(texts[index].utf8))
                #expect(read.bytes.count == texts[index].utf8.count)
                #expect(read.bytes.withUnsafeBufferPointer { Array($0) } == Array(texts[index].utf8))
                SentenceTextReadingTests.expectSame(read, Self.plain(texts[index]))
                // Every ASCII word's key reads the word's own bytes, in this sentence's part of the buffer.
                for word in 0..<read.keys.count where read.keys.key(at: word).isASCII {
                    let key = read.keys.key(at: word)
                    let bytes = read.keys.withBytes(of: key) { Array($0) }
                    #expect(bytes.map(ASCII.lowercased) == Array(read.tokens[word].text.utf8))
                }
                if index > 0 { #expect(read.bytes.owner === reads[0].bytes.owner) }
            }
        }
    }

    /// A sentence's bytes stay right when the other sentences' reads are gone, and a block read
    /// from its sentences (`init(bytes:pieces:texts:)`) and keys made from words alone hold
    /// their own bytes.
    @Test func bytesOutliveTheOtherReads() {
        let texts = Self.texts(count: 40, seed: 99)
        var kept: [(Int, SentenceText)] = []
        do {
            let reads = WordStrings.borrowing { strings in
                SentenceText.read(count: texts.count, strings: &strings) { texts[$0] }
            }
            for index in stride(from: 0, to: texts.count, by: 7) { kept.append((index, reads[index])) }
        }
        for (index, read) in kept {
            #expect(Array(read.bytes) == Array(texts[index].utf8))
            SentenceTextReadingTests.expectSame(read, Self.plain(texts[index]))
        }
        let words = ["may", "CAF\u{C9}", "caf\u{E9}", "", "Kelvin", "don't", "abcdefghijklmnopq"]
        let keys = WordKeys(words)
        #expect(Array(keys.bytes) == Array(words.joined().utf8))
        let bytes = Array("abc".utf8)
        let tokens = Words.tokens(in: "abc")
        let alone = SentenceText(bytes: bytes, tokens: tokens, words: tokens.map(\.text))
        #expect(Array(alone.bytes) == bytes)
        #expect(SentenceBytes(bytes) == alone.bytes)
        #expect(SentenceBytes([]).isEmpty)
    }
}
