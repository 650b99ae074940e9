import Testing

@testable import CopydeskCore

/// The bytes that break a sentence or a clause between two words, tested by a switch, are the
/// sets they were: . ! ? : ; and a line break, and for clauses brackets too.
@Suite struct HedgeTextBreakTests {
    @Test func breaksAreExactlyTheirBytes() {
        let sentence = Set(".!?:;\n".utf8)
        let clause = sentence.union("()[]".utf8)
        for byte in UInt8.min...UInt8.max {
            #expect(HedgeText.isSentenceBreak(byte) == sentence.contains(byte), "\(byte)")
            #expect(HedgeText.isClauseBreak(byte) == clause.contains(byte), "\(byte)")
        }
        #expect(HedgeText.breaksSentence(Array("  ; ".utf8)))
        #expect(!HedgeText.breaksSentence(Array(" , ".utf8)))
        #expect(HedgeText.breaksSentence(Array(" \u{2022} ".utf8)))
    }

    /// A gap of one space is read without its slice: it starts no clause and holds no comma,
    /// and the other gaps are read as before.
    @Test func oneSpaceGapsBreakNothing() {
        let text = HedgeText("a b  c, d (e) f \u{2014} g - h\u{2022}i ,j")
        let gaps = (1..<text.count).map { Array(text.gap(before: $0)) }
        for index in 1..<text.count {
            let gap = gaps[index - 1]
            #expect(text.isOneSpace(before: index) == (gap == [UInt8(ascii: " ")]), "\(index)")
            #expect(text.hasComma(before: index) == gap.contains(UInt8(ascii: ",")), "\(index)")
        }
        #expect(text.count == 10)
        #expect((1..<text.count).filter { text.startsClause(at: $0) } == [4, 5, 6, 7, 8])
    }
}
