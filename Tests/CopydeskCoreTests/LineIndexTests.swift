import TestSupport
import Testing

@testable import CopydeskCore

@Suite struct LineIndexTests {
    @Test func scalarsAreCountedAsLeadBytes() {
        // Long enough for several strides and several 255-word runs of lane counting.
        let pieces = ["a", "\u{E9}", "\u{2014}", "\u{1F600}", "\n", " "]
        var generator = SystemRandomNumberGenerator()
        for length in [0, 5, 100, 1_100, 40_000] {
            let text = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let bytes = Array(text.utf8)
            let index = LineIndex(bytes)
            for _ in 0..<50 {
                let start = Int.random(in: 0...bytes.count, using: &generator)
                let end = Int.random(in: start...bytes.count, using: &generator)
                let expected = bytes[start..<end].filter { $0 & 0xC0 != 0x80 }.count
                #expect(LineIndex.scalarCount(bytes, from: start, to: end) == expected)
                let lineStart = index.lineStarts[index.lineIndex(ofOffset: end)]
                let column = bytes[lineStart..<end].filter { $0 & 0xC0 != 0x80 }.count + 1
                if end < bytes.count, bytes[end] & 0xC0 != 0x80 {
                    #expect(index.position(ofOffset: end).column == column, "\(end)")
                }
            }
        }
        #expect(LineIndex.laneSum(0x8080_8080_8080_8080) == 1_024)
        #expect(LineIndex.laneSum(0x0000_0000_0000_00FF) == 255)
    }

    @Test func columnsCountScalarsWhereMostWordsAreASCII() {
        // Long ASCII runs with a rare multi-byte scalar: the checkpoints step over all-ASCII
        // words without counting them, and must still count every continuation byte.
        var generator = SystemRandomNumberGenerator()
        for length in [31, 32, 33, 1_023, 1_024, 1_057, 9_000] {
            var bytes: [UInt8] = []
            while bytes.count < length {
                switch Int.random(in: 0..<40, using: &generator) {
                case 0: bytes += Array("\u{E9}".utf8)
                case 1: bytes += Array("\u{1F600}".utf8)
                case 2: bytes.append(0x0A)
                default: bytes.append(UInt8(ascii: "a"))
                }
            }
            let index = LineIndex(bytes)
            for end in bytes.indices where bytes[end] & 0xC0 != 0x80 {
                let lineStart = index.lineStarts[index.lineIndex(ofOffset: end)]
                let column = bytes[lineStart..<end].filter { $0 & 0xC0 != 0x80 }.count + 1
                #expect(index.position(ofOffset: end).column == column, "\(end)")
            }
        }
    }

    @Test func lineStartsAreEveryByteAfterALineFeed() {
        // Bytes around 0x0A that a word-at-a-time search could confuse with it.
        let alphabet: [UInt8] = [0x0A, 0x0B, 0x09, 0x8A, 0x01, 0x00, 0xFF, 0x61, 0x0A]
        var generator = SystemRandomNumberGenerator()
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 63, 1_023, 1_024, 1_025, 3_000] {
            for _ in 0..<20 {
                let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
                let expected = [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
                #expect(LineIndex(bytes).lineStarts == expected, "\(bytes)")
            }
        }
    }

    @Test func positionsCountScalarsInColumnsAndBytesInOffsets() {
        let index = LineIndex(Array("héllo\nwörld 😀 x\n".utf8))
        // "x" sits after "wörld 😀 ": ö is 2 bytes, 😀 is 4 bytes.
        let offset = Array("héllo\nwörld 😀 ".utf8).count
        #expect(index.position(ofOffset: offset) == SourcePosition(line: 2, column: 9, offset: offset))
        #expect(index.position(ofOffset: 0) == SourcePosition(line: 1, column: 1, offset: 0))
    }

    @Test(arguments: [1_024, 2_048, 4_096, 5_000])
    func theEndOfALongLastLineCountsItsWholeLine(length: Int) {
        // One line of `length` bytes; then a short line and a long one ending the file.
        let single = LineIndex(Array(String(repeating: "x", count: length).utf8))
        #expect(single.position(ofOffset: length) == SourcePosition(line: 1, column: length + 1, offset: length))
        let text =
            "ab\n" + String(repeating: "é", count: (length - 3) / 2) + String(repeating: "y", count: (length - 3) % 2)
        let bytes = Array(text.utf8)
        let twoLines = LineIndex(bytes)
        let lastLine = (length - 3) / 2 + (length - 3) % 2
        #expect(bytes.count == length)
        #expect(twoLines.position(ofOffset: length) == SourcePosition(line: 2, column: lastLine + 1, offset: length))
        #expect(twoLines.position(ofOffset: length - 1).column == lastLine)
    }

    @Test func crlfFilesReportTheSameLinesAsLF() {
        let lf = LineIndex(Array("a\nbb\nccc".utf8))
        let crlf = LineIndex(Array("a\r\nbb\r\nccc".utf8))
        #expect(lf.position(ofOffset: 6).line == 3)
        #expect(crlf.position(ofOffset: 8) == SourcePosition(line: 3, column: 2, offset: 8))
        #expect(crlf.lineText(2) == "bb")
    }

    @Test func aBOMCountsInOffsetsNotColumns() {
        let index = LineIndex([0xEF, 0xBB, 0xBF] + Array("Title\nx".utf8))
        #expect(index.position(ofOffset: 3) == SourcePosition(line: 1, column: 1, offset: 3))
        #expect(index.position(ofOffset: 5) == SourcePosition(line: 1, column: 3, offset: 5))
        #expect(index.position(ofOffset: 9) == SourcePosition(line: 2, column: 1, offset: 9))
    }

    /// `range(from:to:)` counts an end on the start's line on from the start: the same answer
    /// as two positions, on any bytes (a BOM, CRLF, scalars cut in the middle, long lines,
    /// bounds out of the file or in the wrong order).
    @Test func rangesAreTheirTwoPositions() {
        let pieces = ["a", "b", "\u{E9}", "\u{1F600}", "\n", "\r\n", " ", String(repeating: "x", count: 700)]
        var generator = SystemRandomNumberGenerator()
        for bom in [false, true] {
            for length in [0, 1, 3, 40, 400] {
                let text = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
                let bytes = (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
                let index = LineIndex(bytes)
                for _ in 0..<300 {
                    let start = Int.random(in: -2...(bytes.count + 2), using: &generator)
                    let end = Int.random(in: -2...(bytes.count + 2), using: &generator)
                    let expected = SourceRange(
                        start: index.position(ofOffset: start), end: index.position(ofOffset: max(start, end)))
                    #expect(index.range(from: start, to: end) == expected, "\(start) \(end) \(bytes.count)")
                }
            }
        }
    }

    @Test func cmarkByteColumnsMapToOffsets() {
        let index = LineIndex(Array("é\nab".utf8))
        #expect(index.offset(line: 2, byteColumn: 2) == 4)
    }
}

@Suite struct TextMapTests {
    @Test func verbatimRunsMapByteForByte() {
        var map = TextMap()
        map.append("Hello", sourceOffset: 10)
        map.append(" ", sourceRange: 15..<17)  // a CRLF line break read as a space
        map.append("world", sourceOffset: 17)
        #expect(map.text == "Hello world")
        #expect(map.sourceRange(of: 0..<5) == 10..<15)
        #expect(map.sourceRange(of: 6..<11) == 17..<22)
        #expect(map.sourceRange(of: 4..<7) == 14..<18)
    }

    @Test func replacedRunsCoverTheirWholeSourceSpan() {
        var map = TextMap()
        map.append("a ", sourceOffset: 0)
        map.append("&", sourceRange: 2..<7)  // &amp;
        map.append(" b", sourceOffset: 7)
        #expect(map.sourceRange(of: 2..<3) == 2..<7)
        #expect(map.sourceRange(of: 0..<4) == 0..<8)
        #expect(map.sourceOffset(forEnd: 2) == 2)
    }
}

@Suite struct WordsTests {
    @Test func tokensKeepInnerApostrophesHyphensAndDecimals() {
        let tokens = Words.tokens(in: "It’s a cure-all: 1.28 billion, (e.g. 3,000).")
        #expect(tokens.map(\.text) == ["it’s", "a", "cure-all", "1.28", "billion", "e", "g", "3,000"])
        #expect(tokens[2].range == 9..<17)
    }

    @Test func normalizationIgnoresCasePunctuationAndSpacing() {
        #expect(Words.normalized("The  Claims!") == Words.normalized("the claims"))
        #expect(Words.count(in: "Ketamine, a medication — originally an anesthetic.") == 6)
    }
}

@Suite struct PhraseMatcherTests {
    @Test func longestPhraseWinsAndWholeWordsOnly() {
        let matcher = PhraseMatcher(["may", "may need to", "some studies suggest", "suggest*"])
        let text = "Some studies suggest doses may need to change; dismay is not a hedge. It suggests more."
        let matches = matcher.matches(in: text)
        #expect(matches.map(\.phrase) == ["some studies suggest", "may need to", "suggest*"])
        #expect(matches[0].range == 0..<20)
    }

    @Test func wildcardMatchesAnyOneWord() {
        let matcher = PhraseMatcher(["some * believe"])
        #expect(matcher.matches(in: "Some experts believe it.").first?.range == 0..<20)
        #expect(matcher.matches(in: "Some believe it.").isEmpty)
    }
}

@Suite struct ExampleTests {
    @Test func markersAreStrippedAndTheirOffsetsKept() {
        let example = Example("Café 1️⃣could potentially help, 2️⃣might perhaps.")
        let stripped = example.stripped
        #expect(stripped.text == "Café could potentially help, might perhaps.")
        #expect(stripped.offsets == [6, 30])
    }

    @Test func policySeverityPrefersRuleThenGroupThenDefault() {
        var policy = Policy()
        policy.checks.hedging.common.severity = .error
        policy.checks.hedging.common.rules["hedge-density"] = .off
        #expect(policy.severity(forRule: "hedging.stacked-hedge", category: .hedging, default: .warning) == .error)
        #expect(policy.severity(forRule: "hedging.hedge-cue", category: .hedging, default: .info) == .info)
        #expect(policy.severity(forRule: "hedging.hedge-density", category: .hedging, default: .info) == nil)
        policy.checks.citations.common.enabled = false
        #expect(policy.severity(forRule: "citation.unsupported-claim", category: .citation, default: .warning) == nil)
    }

    @Test func didYouMeanFindsTheClosestName() {
        #expect(DidYouMean.suggestion(for: "sevrity", among: ["severity", "sensitivity"]) == "severity")
        #expect(DidYouMean.suggestion(for: "xyz", among: ["severity"]) == nil)
    }
}

/// Line starts written in memory of their own (`LineIndex.lineStarts(_:count:)`) are those a
/// reading of every byte finds: 0 and the offset after every line feed.
@Suite struct LineStartsFastPathTests {
    @Test func lineStartsAreThoseEveryByteGives() {
        var generator = SplitMix(seed: 0x11E5)
        let pieces: [[UInt8]] = [
            Array("a".utf8), Array("\n".utf8), Array("\r\n".utf8), Array("\r".utf8), Array(" words".utf8),
            Array("caf\u{E9}".utf8), Array(repeating: UInt8(ascii: "x"), count: 90), Array("\n\n\n".utf8),
        ]
        for round in 0..<600 {
            var bytes: [UInt8] = []
            // Up to a few thousand lines, past the starting room (a line every 40 bytes) and its doublings.
            let length = round < 300 ? generator.next(200) : generator.next(20_000)
            while bytes.count < length { bytes += pieces[generator.next(pieces.count)] }
            if round % 7 == 0 { bytes = Array(repeating: 0x0A, count: generator.next(3_000)) }
            var expected = [0]
            for (offset, byte) in bytes.enumerated() where byte == 0x0A { expected.append(offset + 1) }
            #expect(LineIndex(bytes).lineStarts == expected)
        }
        #expect(LineIndex([]).lineStarts == [0])
    }
}
