import CopydeskCore
import Testing

@testable import FactChecking

/// The ledger's and the reference reader's shortcuts answer as the full readings do.
struct LedgerFastPathTests {
    @Test(
        arguments: [
            "The drug may help.", "Ask your doctor whether it is right for you.", "He said “it may help” to us.",
            "It “may” help, and perhaps more.", "Coffee prevents dementia.", "",
        ])
    func hedgedAsTheDetectorTells(_ sentence: String) {
        let read = SentenceText(sentence)
        for detector in [HedgeDetector(), HedgeDetector(includeQuotes: true)] {
            let cues = HedgeDetector(includeQuotes: true).cues(in: read)
            #expect(ClaimLedger.isHedged(cues, in: read, by: detector) == detector.isHedged(cues, in: read))
            #expect(ClaimLedger.isHedged(cues, in: read, by: detector) == detector.isHedged(sentence))
        }
    }

    @Test func hedgedExactly() {
        let detector = HedgeDetector()
        func isHedged(_ sentence: String) -> Bool {
            let read = SentenceText(sentence)
            return ClaimLedger.isHedged(HedgeDetector(includeQuotes: true).cues(in: read), in: read, by: detector)
        }
        #expect(isHedged("The drug may help."))
        #expect(!isHedged("Coffee prevents dementia."))
        #expect(!isHedged("He said “it may help” to us."))
    }

    @Test func asciiOffsetsInPlace() {
        func offset(_ needle: String, _ haystack: String) -> Int? {
            Array(needle.utf8).withUnsafeBufferPointer { needle in
                Array(haystack.utf8).withUnsafeBufferPointer { ReferenceLocation.asciiOffset(of: needle, in: $0) }
            }
        }
        #expect(offset("BMJ. 2019.", "Smith J. BMJ. 2019. BMJ. 2019.") == 9)
        #expect(offset("abc", "abc") == 0)
        #expect(offset("", "abc") == 0)
        #expect(offset("abcd", "abc") == 0)
        #expect(offset("x", "abc") == 0)
        #expect(offset("é", "café") == nil)
        #expect(offset("a", "café") == nil)
    }
}
