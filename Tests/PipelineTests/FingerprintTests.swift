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
}
