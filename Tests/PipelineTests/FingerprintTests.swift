import CopydeskCore
import Testing

@testable import Pipeline

@Suite struct FingerprintTests {
    /// FNV-1a of `path`, rule, normalised sentence and normalised match joined by U+001F, as 16
    /// hex digits: written out here on its own, so a change to the formula fails this test.
    private func expected(_ parts: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in parts.joined(separator: "\u{1F}").utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    @Test func findingsInOneSentenceShareItsNormalisedTextAndKeepTheirOwnMatch() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("a.md", PipelineTests.article)
        let request = LintRequest(paths: [path], workingDirectory: folder.path)
        let findings = try Pipeline().lint(request).report.files[0].findings
        let sentence = "cold plunges could potentially help you sleep according to some people"
        let byRule = Dictionary(uniqueKeysWithValues: findings.map { ($0.rule, $0.fingerprint) })
        #expect(
            byRule["hedging.stacked-hedge"]
                == expected([path, "hedging.stacked-hedge", sentence, "could potentially"]))
        #expect(
            byRule["hedging.vague-attribution"]
                == expected([path, "hedging.vague-attribution", sentence, "according to some people"]))
        #expect(
            byRule["repetition.duplicate-heading"]
                == expected([path, "repetition.duplicate-heading", "cold plunges", "cold plunges"]))
    }

    @Test func aSentenceWithCapitalsAndNonASCIIWordsHashesItsFoldedWords() throws {
        let folder = try TemporaryFolder()
        let text = "# Notes\n\nIt’s ÉLAN Café Owners’ GUIDE: could potentially help you sleep, ÄÖ naïve x2.\n"
        let path = try folder.write("b.md", text)
        let request = LintRequest(paths: [path], workingDirectory: folder.path)
        let findings = try Pipeline().lint(request).report.files[0].findings
        let sentence = "it's élan café owners guide could potentially help you sleep äö naïve x2"
        let stacked = try #require(findings.first { $0.rule == "hedging.stacked-hedge" })
        #expect(stacked.fingerprint == expected([path, "hedging.stacked-hedge", sentence, "could potentially"]))
    }

    @Test func twoFindingsOfOneCheckInOneSentenceHashTheSameWords() throws {
        let folder = try TemporaryFolder()
        let text = "# Notes\n\nPlunges could potentially help, and Saunas might possibly help too.\n"
        let path = try folder.write("c.md", text)
        let request = LintRequest(paths: [path], workingDirectory: folder.path)
        let findings = try Pipeline().lint(request).report.files[0].findings
        let sentence = "plunges could potentially help and saunas might possibly help too"
        let stacked = findings.filter { $0.rule == "hedging.stacked-hedge" }
        #expect(stacked.map(\.match) == ["could potentially", "might possibly"])
        #expect(
            stacked.map(\.fingerprint) == [
                expected([path, "hedging.stacked-hedge", sentence, "could potentially"]),
                expected([path, "hedging.stacked-hedge", sentence, "might possibly"]),
            ])
    }

    /// The joined words made from the sentence's bytes against joining the word strings.
    @Test(arguments: [
        "", "One", "Cold plunges could POTENTIALLY help.", "ÉLAN Café Owners’ guide", "naïve ÄÖ x2 — 3.5% of B12",
        "It’s the patients’ choice, isn’t it?", "a\u{301}b ZZ 🧪 test", "  spaced   out  words ",
        "Don't X-RAY 3.5, 4,000 [1] (a) B12.",
    ])
    func joinedWordsAreTheWordsJoinedBySpaces(_ text: String) {
        let sentence = SentenceText(text)
        var bytes: [UInt8] = Array("kept".utf8)
        Fingerprint.appendJoinedWords(of: sentence, to: &bytes)
        #expect(bytes == Array(("kept" + sentence.words.joined(separator: " ")).utf8))
    }

    @Test(arguments: [0, 1, 0xF, 0xDEAD_BEEF, UInt64.max, 0x0123_4567_89AB_CDEF])
    func hexIsThePaddedHex(_ value: UInt64) {
        #expect(Fingerprint.hex(value) == value.paddedHex)
    }
}
