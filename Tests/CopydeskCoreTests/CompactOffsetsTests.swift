import Testing

@testable import CopydeskCore

/// `Words.Token` and `TextMap.Run` keep their offsets as 32-bit integers and make their token
/// arrays at their exact size; what they answer stays what the plain `Int` fields answered.
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

    /// Past 64 words the ranges no longer fit the stack buffer: the rest go to an array, and the
    /// tokens are the same, in order, with their ranges.
    @Test(arguments: [0, 1, 63, 64, 65, 130, 1_000])
    func tokensOfTextsLongerThanTheStackBufferAreAllThere(words: Int) {
        let text = (0..<words).map { "W\($0)\u{E9}" }.joined(separator: ", ")
        let tokens = Words.tokens(in: text)
        #expect(tokens.map(\.text) == Self.plainTokens(text))
        #expect(tokens.count == words)
        var offset = 0
        for (index, token) in tokens.enumerated() {
            let length = "w\(index)\u{E9}".utf8.count
            #expect(token.range == offset..<(offset + length))
            offset += length + 2
        }
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
