import ArticleLoading
import Foundation
import Testing

@Suite struct SentenceSegmenterTests {
    private func split(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return SentenceSegmenter().sentences(in: text).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test(
        arguments: [
            (
                "Smith et al. found a link. The effect was small.",
                ["Smith et al. found a link.", "The effect was small."]
            ),
            (
                "Foods high in fibre, e.g. oats, help. Others do not.",
                ["Foods high in fibre, e.g. oats, help.", "Others do not."]
            ),
            ("Some drugs, i.e. statins, lower it. Ask first.", ["Some drugs, i.e. statins, lower it.", "Ask first."]),
            (
                "Dr. Patel and Mr. Jones agreed. Mrs. Lee did not.",
                ["Dr. Patel and Mr. Jones agreed.", "Mrs. Lee did not."]
            ),
            (
                "Rates in the U.S. and the U.K. differ. Both rose.",
                ["Rates in the U.S. and the U.K. differ.", "Both rose."]
            ),
            ("Diet vs. exercise is a false choice. Do both.", ["Diet vs. exercise is a false choice.", "Do both."]),
            ("It takes approx. 20 minutes. Then rest.", ["It takes approx. 20 minutes.", "Then rest."]),
            ("See Fig. 2 for details. No. 5 is missing.", ["See Fig. 2 for details.", "No. 5 is missing."]),
            ("The answer was no. Then we left.", ["The answer was no.", "Then we left."]),
            ("They met on St. Mark's Road. It rained.", ["They met on St. Mark's Road.", "It rained."]),
            (
                "About 1.28 billion adults have it. Version v2.0.1 fixed it.",
                ["About 1.28 billion adults have it.", "Version v2.0.1 fixed it."]
            ),
            ("Risk fell by half.[1] Costs rose.", ["Risk fell by half.[1]", "Costs rose."]),
            ("Risk fell by half. [1,2] Costs rose.", ["Risk fell by half. [1,2]", "Costs rose."]),
            ("Risk fell.[^trial] Costs rose.", ["Risk fell.[^trial]", "Costs rose."]),
            ("Risk fell (Smith et al., 2019). Costs rose.", ["Risk fell (Smith et al., 2019).", "Costs rose."]),
            ("She said \"stop now.\" He stopped.", ["She said \"stop now.\"", "He stopped."]),
            ("She said “stop now.” He stopped.", ["She said “stop now.”", "He stopped."]),
            ("It worked (mostly.) Then it failed.", ["It worked (mostly.)", "Then it failed."]),
            ("Does it work? Yes! It does.", ["Does it work?", "Yes!", "It does."]),
            ("Wait... Then it came. And then… Silence.", ["Wait...", "Then it came.", "And then…", "Silence."]),
            ("It trailed off... and then resumed.", ["It trailed off... and then resumed."]),
            ("Anxiety Disorders: rapid relief", ["Anxiety Disorders: rapid relief"]),
            ("  Leading and trailing spaces.   Second.  ", ["Leading and trailing spaces.", "Second."]),
            ("Vitamin D. The sunshine vitamin.", ["Vitamin D.", "The sunshine vitamin."]),
            ("Visit example.com. Then call.", ["Visit example.com.", "Then call."]),
            ("Élan vital. Über alles. été passé.", ["Élan vital.", "Über alles. été passé."]),
            ("Costs rose 5%. 2020 was worse.", ["Costs rose 5%.", "2020 was worse."]),
            ("", []),
        ] as [(String, [String])])
    func splits(_ text: String, _ expected: [String]) {
        #expect(split(text) == expected)
    }

    @Test func endlessSentencesAreCutAtClauseMarksOrSpaces() {
        let limit = SentenceSegmenter.maxSentenceBytes
        // 10 words of 5 bytes + comma-space, no full stop: cut after a comma each time.
        let clause = "alpha beta gamma delta omega, "
        let text = String(repeating: clause, count: 3 * limit / clause.utf8.count)
        let pieces = split(text)
        #expect(pieces.count == 3 || pieces.count == 4)
        #expect(pieces.allSatisfy { $0.utf8.count <= limit })
        #expect(pieces.dropLast().allSatisfy { $0.hasSuffix(",") })
        #expect(pieces.joined(separator: " ") == text.trimmingCharacters(in: .whitespaces))
        // No clause mark: cut at a space.
        let words = String(repeating: "sleep well ", count: limit / 5)
        #expect(split(words).allSatisfy { $0.utf8.count <= limit && ($0.hasSuffix("sleep") || $0.hasSuffix("well")) })
        // No space either: cut between characters, never inside one.
        let solid = String(repeating: "é", count: limit)
        let cut = split(solid)
        #expect(cut.count == 2)
        #expect(cut.joined() == solid)
        // Ordinary sentences are untouched.
        #expect(split("A short one. Another.") == ["A short one.", "Another."])
    }

    @Test func rangesAreUTF8ByteRanges() {
        let text = "Café é. Next — one."
        let ranges = SentenceSegmenter().sentences(in: text)
        #expect(ranges == [0..<9, 10..<23])
    }
}
