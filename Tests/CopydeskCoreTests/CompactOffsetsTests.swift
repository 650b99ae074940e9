import Foundation
import Testing

@testable import CopydeskCore

/// `Words.Token` and `TextMap.Run` keep their offsets as 32-bit integers; what they answer
/// stays what the plain `Int` fields answered.
@Suite struct CompactOffsetsTests {
    /// The words `Words.tokens` finds, read the plain way: a scalar at a time, lowercased.
    private static func plainTokens(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    @Test func aTokenKeepsItsRangeThroughThirtyTwoBitOffsets() {
        var token = Words.Token(text: "far", range: 2_000_000_000..<2_000_000_003)
        #expect(token.range == 2_000_000_000..<2_000_000_003)
        token.range = 7..<10
        #expect(token.range == 7..<10)
        #expect(token == Words.Token(text: "far", range: 7..<10))
        #expect(token != Words.Token(text: "far", range: 7..<11))
        #expect(MemoryLayout<Words.Token>.size == 24)
    }

    /// Room is reserved for a word every five bytes: texts of short words outgrow it, and
    /// their tokens are all there, in order, with their ranges.
    @Test(arguments: [
        (0, "W\u{E9}", ", "), (1, "W\u{E9}", ", "), (64, "Wx\u{E9}", ", "), (1_000, "W\u{E9}", ", "),
        (300, "A", " "), (300, "b", "\u{2014}"),
    ])
    func tokensOfTextsDenserThanTheReservedRoomAreAllThere(words: Int, word: String, separator: String) {
        let text = Array(repeating: word, count: words).joined(separator: separator)
        let tokens = Words.tokens(in: text)
        #expect(tokens.map(\.text) == Self.plainTokens(text))
        #expect(tokens.count == words)
        let step = word.utf8.count + separator.utf8.count
        #expect(tokens.map(\.range) == (0..<words).map { ($0 * step)..<($0 * step + word.utf8.count) })
    }

    @Test func aRunKeepsItsValuesThroughThirtyTwoBitIntegers() {
        var run = TextMap.Run(textStart: 5, textLength: 1, sourceStart: 2_147_483_000, sourceLength: 6)
        #expect(run.textStart == 5)
        #expect(run.textLength == 1)
        #expect(run.sourceStart == 2_147_483_000)
        #expect(run.sourceLength == 6)
        #expect(!run.isVerbatim)
        run.textLength += 5
        #expect(run.isVerbatim)
        #expect(run == TextMap.Run(textStart: 5, textLength: 6, sourceStart: 2_147_483_000, sourceLength: 6))
        #expect(MemoryLayout<TextMap.Run>.size == 16)
    }

    @Test func aMapFarIntoALargeFileAnswersItsSourceOffsets() {
        var map = TextMap()
        map.append("ab", sourceOffset: 2_100_000_000)
        map.append(" ", sourceRange: 2_100_000_002..<2_100_000_004)
        map.append("cd", sourceOffset: 2_100_000_004)
        #expect(map.sourceRange(of: 0..<5) == 2_100_000_000..<2_100_000_006)
        #expect(map.sourceOffset(forStart: 3) == 2_100_000_004)
        #expect(map.sourceOffset(forEnd: 3) == 2_100_000_004)
        #expect(map.runs.count == 3)
    }
}

/// `SourcePosition` keeps line, column and offset as 32-bit integers and reads and writes the
/// same JSON as before.
@Suite struct CompactPositionTests {
    @Test func aPositionIsTwelveBytesAndARangeTwentyFour() {
        #expect(MemoryLayout<SourcePosition>.size == 12)
        #expect(MemoryLayout<SourceRange>.size == 24)
    }

    @Test func valuesUpToTheSupportedSizeRoundTrip() throws {
        var position = SourcePosition(line: 3, column: 7, offset: 2_147_483_647)
        #expect(position.offset == 2_147_483_647)
        position.line += 1
        position.column = 1
        #expect(position == SourcePosition(line: 4, column: 1, offset: 2_147_483_647))
        #expect(SourcePosition(line: 9, column: 9, offset: 10) < SourcePosition(line: 1, column: 1, offset: 11))
        let range = SourceRange(start: SourcePosition(line: 1, column: 2, offset: 1), end: position)
        let json = try JSONEncoder.sorted.encode(range)
        #expect(
            String(decoding: json, as: UTF8.self)
                == #"{"end":{"column":1,"line":4,"offset":2147483647},"start":{"column":2,"line":1,"offset":1}}"#)
        #expect(try JSONDecoder().decode(SourceRange.self, from: json) == range)
    }

    @Test func aNumberPastThirtyTwoBitsIsNotDecoded() {
        let json = Data(#"{"line":1,"column":1,"offset":2147483648}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(SourcePosition.self, from: json) }
    }
}

extension JSONEncoder {
    fileprivate static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }
}
