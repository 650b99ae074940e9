import Foundation
import Testing

@testable import CopydeskCore

/// The claim ledger's classifier reads an article's sentences and their verdicts in place: the
/// same analysis as the sentence and verdict handed over, and the same exclusion and kind.
@Suite struct ClaimStrengthInPlaceTests {
    static let sentences = [
        "Smoking is a risk factor for stroke.", "Coffee reduces the risk of diabetes by 20%.",
        "Further research is needed to confirm whether vitamin D improves mood.",
        "Ketamine’s side effects of the drug were mild.", "Does fasting cure diabetes?", "",
        "Ask your doctor before you start.", "Studies show that fasting reverses type 2 diabetes.",
        "Vitamin D might reduce fatigue, but it does not cure it.", "Obesity was likely linked to diabetes.",
    ]

    @Test func inPlaceAnalysisIsTheSentencesAnalysis() {
        let detector = CheckWorthiness()
        let classifier = ClaimStrengthClassifier()
        let texts = Self.sentences.map { SentenceText($0) }
        let verdicts = texts.map { detector.verdict(on: $0) }
        texts.withUnsafeBufferPointer { texts in
            verdicts.withUnsafeBufferPointer { verdicts in
                for index in texts.indices {
                    let read = texts[index]
                    let wordsAreTokens = !read.bytes.contains(0xE2)
                    #expect(
                        classifier.analyze(sentenceAt: index, of: texts, verdicts: verdicts)
                            == classifier.analyze(read, wordsAreTokens: wordsAreTokens, verdict: verdicts[index]))
                    let summary = CheckWorthiness.Verdict.summary(at: index, in: verdicts)
                    #expect(summary.excluded == (verdicts[index].exclusion != nil))
                    #expect(summary.kind == verdicts[index].assessment?.kind)
                }
            }
        }
    }
}

/// `TextScan.number` reads a number on the token's bytes: the value its word gives.
@Suite struct ScanNumberOnBytesTests {
    @Test(arguments: [
        "In 2019, 1,280 adults took 500mg twice; 3.5% improved.", "Version 1.2.3 shipped 12345678901234567 units.",
        "It rose 5\u{212A} and 7½ points, 40%.", "The 2-fold rise, 3rd time, 0.75 ratio, 10,000,000 people.",
    ])
    func numberIsTheWordsNumber(_ sentence: String) {
        let scan = TextScan(sentence)
        for index in 0..<scan.count where scan.isDigits(index) {
            let word = scan.words[index]
            let expected: Double? =
                TextScan.asciiNumber(word)
                ?? Double(word.prefix { $0.isNumber || $0 == "." || $0 == "," }.replacingOccurrences(of: ",", with: ""))
            #expect(scan.number(index) == expected, "\(word)")
        }
    }
}
