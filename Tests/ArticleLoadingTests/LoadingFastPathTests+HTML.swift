import CopydeskCore
import Testing

@testable import ArticleLoading

/// The HTML and C-string shortcuts give exactly what the plain ways give.
@Suite struct HTMLFastPathTests {
    @Test func wordsSeparatedBySingleSpacesGoTogether() {
        let literal = Array("one two  three\tfour five\n six".utf8)
        #expect(HTMLTextBuilder.wordsEnd(literal, from: 0, to: literal.count) == 7)  // "one two"
        #expect(HTMLTextBuilder.wordsEnd(literal, from: 9, to: literal.count) == 14)  // "three"
        #expect(HTMLTextBuilder.wordsEnd(literal, from: 15, to: literal.count) == 24)  // "four five"
        #expect(HTMLTextBuilder.wordsEnd(literal, from: 15, to: 20) == 19)  // a space at the limit stays out
    }

    @Test func builderTextAndMapAreThoseOfWordByWordAppends() {
        let literal = Array("  Fasting  works for some people,\n\tnot for all. \u{E9}t\u{E9} ".utf8)
        var builder = HTMLTextBuilder()
        builder.add(
            literal, pieces: [SourceAligner.Piece(text: 0..<literal.count, source: 100..<(100 + literal.count))],
            preserveWhitespace: false)
        #expect(builder.map.text == "Fasting works for some people, not for all. \u{E9}t\u{E9}")
        let runs = builder.map.runs.map { "\($0.textStart)+\($0.textLength)@\($0.sourceStart)+\($0.sourceLength)" }
        #expect(runs == ["0+7@102+7", "7+1@109+2", "8+22@111+22", "30+1@133+2", "31+18@135+18"])
        #expect(builder.firstSource == 102)
        #expect(builder.lastSource == 153)
    }

    @Test func namesAreLoweredOnlyWhenTheyNeedIt() {
        #expect(HTMLTree.lowercased("section") == "section")
        #expect(HTMLTree.lowercased("H1") == "h1")
        #expect(HTMLTree.lowercased("DIV-x") == "div-x")
        #expect(HTMLTree.lowercased("\u{C9}T\u{C9}") == "\u{E9}t\u{E9}")
        #expect(HTMLTree.lowercased("") == "")
    }

    @Test func tagNamesCompareWithoutBeingMade() {
        let cursor = HTMLSourceCursor(source: Array("<SUP class=x></Sup><br/><sub><p2>< p>".utf8))
        let starts = [0, 13, 19, 24, 29, 33]
        #expect(starts.map { cursor.isTag("sup", at: $0) } == [true, true, false, false, false, false])
        #expect(starts.map { cursor.isTag("br", at: $0) } == [false, false, true, false, false, false])
        #expect(cursor.isTag("p2", at: 29))
        #expect(!cursor.isTag("p", at: 29))
        #expect(!cursor.isTag("p", at: 33))
        for start in starts {
            for name in ["sup", "br", "sub", "p2", "p", "s"] {
                #expect(cursor.isTag(name, at: start) == (cursor.tagName(at: start) == name))
            }
        }
    }

    @Test func cStringBytesAreThoseOfTheRepairingString() {
        let cases: [[UInt8]] = [
            Array("plain".utf8), [], Array("caf\u{E9} \u{1F600}".utf8), [0x61, 0xC3], [0xFF, 0x62], [0xED, 0xA0, 0x80],
        ]
        for bytes in cases {
            let expected = Array(String(decoding: bytes, as: UTF8.self).utf8)
            (bytes + [0]).withUnsafeBufferPointer { buffer in
                #expect(CStringBytes.bytes(buffer.baseAddress!) == expected)
                // Read in place: the same bytes, without an array for valid text.
                #expect(CStringBytes.withBytes(buffer.baseAddress!) { Array($0) } == expected)
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    #expect(CStringBytes.bytes(chars.baseAddress!) == expected)
                }
            }
        }
    }

    @Test func longOrDottedHeadingsAreSettledOnBytes() {
        #expect(ArticleDraft.isReferenceHeading("FURTHER READING...:"))
        #expect(ArticleDraft.isReferenceHeading("Notes"))
        #expect(!ArticleDraft.isReferenceHeading("Further reading, and more"))
        #expect(!ArticleDraft.isReferenceHeading(""))
        #expect(!ArticleDraft.isReferenceHeading("::"))
        #expect(ArticleDraft.longestReferenceHeading == 15)
    }
}
