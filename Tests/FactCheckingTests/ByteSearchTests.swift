import CopydeskCore
import Foundation
import Testing

@testable import FactChecking

/// The byte-level fast paths of the fact-check stage give Foundation's answers, including on
/// text where canonical equivalence matters (combining marks, joiners, full-width letters).
struct ByteSearchTests {
    static let texts = [
        "Smith J. BMJ. 2019. doi:10.1136/bmj.l1", "doi\u{301}", "\u{301}doi", "x\u{200D}doi", "\u{600}doi",
        "ｄｏｉ", "n.d.", "n.d.\u{301}", "see https://who.int", "ｈttp://x", "www.cdc.gov", "café doi", "no source", "",
    ]

    @Test func containsFindsAByteAnywhere() {
        #expect(ByteSearch.contains(UInt8(ascii: "-"), in: Array("well-known".utf8)))
        #expect(!ByteSearch.contains(UInt8(ascii: "-"), in: Array("well known".utf8)))
        #expect(ByteSearch.contains(0xE2, in: Array("doesn’t".utf8)))
        #expect(!ByteSearch.contains(0xE2, in: []))
    }

    @Test func equalComparesARangeWithOtherBytes() {
        let bytes = Array("Hi there. Go on.".utf8)
        for lower in 0...bytes.count {
            for upper in lower...bytes.count {
                for other in [Array(bytes[lower..<upper]), Array("Go on.".utf8), [], Array("Hi there. Go on!".utf8)] {
                    #expect(ByteSearch.equal(bytes, lower..<upper, other) == bytes[lower..<upper].elementsEqual(other))
                }
            }
        }
        #expect(ByteSearch.equal(bytes, 10..<16, Array("Go on.".utf8)))
        #expect(!ByteSearch.equal(bytes, 10..<16, Array("Go on!".utf8)))
    }

    @Test(arguments: texts) func containsAnswersAsFoundationDoes(_ text: String) {
        for needle in ["n.d.", "http://", "https://", "www.", "doi"] {
            let answer = ByteSearch.contains(ascii: Array(needle.utf8), in: Array(text.utf8)) ?? text.contains(needle)
            #expect(answer == text.contains(needle), "\(needle) in \(text)")
        }
    }

    @Test func containsLeavesAMatchBesideNonASCIIBytesToFoundation() {
        #expect(ByteSearch.contains(ascii: Array("doi".utf8), in: Array("a doi b".utf8)) == true)
        #expect(ByteSearch.contains(ascii: Array("doi".utf8), in: Array("ｄｏｉ".utf8)) == false)
        #expect(ByteSearch.contains(ascii: Array("doi".utf8), in: Array("doi\u{301}".utf8)) == nil)
        #expect(ByteSearch.contains(ascii: Array("doi".utf8), in: Array("\u{301}doi".utf8)) == nil)
    }

    @Test func firstOffsetIsTheFirstByteMatch() {
        #expect(ByteSearch.firstOffset(of: Array("ab".utf8), in: Array("xaabab".utf8)) == 2)
        #expect(ByteSearch.firstOffset(of: Array("ab".utf8), in: Array("xa".utf8)) == nil)
        #expect(ByteSearch.firstOffset(of: [], in: Array("x".utf8)) == nil)
    }

    @Test func referenceOffsetsAreFoundationsOffsets() {
        let cases = [
            ("1. Smith J. 2019.", "Smith J. 2019."), ("Lee H – 2020", "2020"), ("abc", ""), ("abc", "abd"),
            ("e\u{301}x", "éx"), ("x é", "e\u{301}"),
        ]
        for (block, text) in cases {
            let expected = block.range(of: text).map { block.utf8.distance(from: block.startIndex, to: $0.lowerBound) }
            #expect(ReferenceLocation.offset(of: text, in: block) == expected ?? 0, "\(text) in \(block)")
        }
    }

    @Test func labelKeysAreFoundationsKeys() {
        for label in ["^1", "[Who] ", "^^", "CDC-2020", "Müller", "ÉTUDE", " ", ""] {
            #expect(
                ArticleEvidence.key(label) == label.lowercased().trimmingCharacters(in: .init(charactersIn: "^[] ")))
        }
    }

    @Test func numeralsAreReadOnBytes() {
        #expect(NumberMention.parse("25,000").map { [$0.value, Double($0.zeros)] } == [25_000, 3])
        #expect(NumberMention.parse("1.50").map { [$0.value, Double($0.zeros)] } == [1.5, 0])
        #expect(NumberMention.parse("300").map { [$0.value, Double($0.zeros)] } == [300, 2])
        #expect(NumberMention.parse("1,2,3").map { [$0.value, Double($0.zeros)] } == [123, 0])
        #expect(NumberMention.parse("5½") == nil)
        #expect(NumberMention.parse("1.2.3") == nil)
        #expect(NumberMention.parse("adults") == nil)
    }
}
