import TestSupport
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

    /// A gap read in one pass over its bytes in place (`closesClause`) closes a clause where the
    /// three tests of its slice do (`startsClauseByParts`): over many generated texts whose gaps
    /// mix breaks, brackets, bullets, dashes, hyphens, cut sequences and other non-word bytes.
    @Test func aGapReadInPlaceClosesClausesAsItsPartsDo() {
        var random = SplitMix(seed: 23)
        let gaps = [
            " ", "  ", ", ", " - ", "-", " -", "- ", " \u{2014} ", "\u{2014}", "\u{2013}", " \u{2013}", "\u{2022} ",
            "\u{25AA}", " \u{2012} ", " \u{2026} ", "; ", ": ", ". ", "(", ") ", " [", "] ", "\n", " & ", " / ",
            " \u{201C}", "\u{201D} ", " @ ", " \u{00A0}", " -- ", " - - ", "  -  ",
        ]
        let words = ["a", "may", "it", "Studies", "caf\u{E9}", "1.5", "x"]
        var starts = 0
        for _ in 0..<2_000 {
            var text = random.next(4) == 0 ? gaps[random.next(gaps.count)] : ""
            for index in 0..<(1 + random.next(8)) {
                if index > 0 {
                    text += (0..<(1 + random.next(2))).map { _ in gaps[random.next(gaps.count)] }.joined()
                }
                text += words[random.next(words.count)]
            }
            let hedgeText = HedgeText(text)
            for index in 0..<hedgeText.count {
                let startsClause = hedgeText.startsClause(at: index)
                #expect(startsClause == hedgeText.startsClauseByParts(at: index), "\(index) in \(text)")
                if startsClause && index > 0 { starts += 1 }
            }
        }
        #expect(starts > 1000)
    }
}

extension HedgeText {
    /// `startsClause(at:)` read as it was, the gap tested for a clause break, a bullet and a
    /// dash one after another (the tests compare `closesClause` with it).
    func startsClauseByParts(at index: Int) -> Bool {
        guard index > 0 else { return true }
        if isOneSpace(before: index) { return false }
        let gap = gap(before: index)
        if gap.contains(where: Self.isClauseBreak) || hasBullet(before: index) { return true }
        if gap.count >= 3, containsDash(gap) { return true }
        return false
    }

    func hasBullet(before index: Int) -> Bool {
        Self.hasBullet(gap(before: index))
    }

    func containsDash(_ gap: Slice<SentenceBytes>) -> Bool {
        for position in gap.indices {
            // — (E2 80 94) and – (E2 80 93)
            if position + 2 < gap.endIndex, gap[position] == 0xE2, gap[position + 1] == 0x80,
                gap[position + 2] == 0x94 || gap[position + 2] == 0x93
            {
                return true
            }
            if gap[position] == UInt8(ascii: "-"), position > gap.startIndex, position + 1 < gap.endIndex,
                gap[position - 1] == UInt8(ascii: " "), gap[position + 1] == UInt8(ascii: " ")
            {
                return true
            }
        }
        return false
    }
}
