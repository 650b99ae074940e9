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
}
