import CopydeskCore

/// The text of a stacked hedge with one hedge left: "could potentially" → "could",
/// "It might be that cold exposure could perhaps" → "Cold exposure could".
///
/// Sentence adverbs (perhaps, possibly, potentially…) and clause frames (it might be that,
/// it seems) can go without breaking the sentence; the hedge kept is the first other one.
/// When two hedges remain that cannot go (may suggest), there is no mechanical rewrite.
struct StackedHedgeSuggestion {
    static let removableWords: WordSet = [
        "possibly", "perhaps", "maybe", "arguably", "potentially", "presumably", "probably", "apparently",
        "conceivably", "supposedly", "allegedly", "reportedly", "purportedly", "ostensibly", "plausibly",
        "putatively", "seemingly", "hypothetically",
    ]

    let text: String?

    init(text: String, range: Range<Int>, cues: [HedgeCue]) {
        let removable = cues.map(Self.isRemovable)
        let fixed = cues.indices.filter { !removable[$0] }
        guard fixed.count <= 1 else {
            self.text = nil
            return
        }
        let kept = fixed.first ?? 0
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        var cursor = range.lowerBound
        for (index, cue) in cues.enumerated() where index != kept {
            output += bytes[cursor..<cue.range.lowerBound]
            cursor = cue.range.upperBound
        }
        output += bytes[cursor..<range.upperBound]
        var result = String(decoding: output, as: UTF8.self).split(separator: " ", omittingEmptySubsequences: true)
            .joined(separator: " ")
        // Only a literal " ," can match: no other characters are canonically equivalent to these two.
        if Self.hasSpaceBeforeComma(result) { result = result.replacingOccurrences(of: " ,", with: ",") }
        if let first = bytes[range].first, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z"),
            let head = result.first, head.isLowercase
        {
            result = head.uppercased() + result.dropFirst()
        }
        self.text = result.isEmpty ? nil : result
    }

    static func hasSpaceBeforeComma(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: ","), previous == UInt8(ascii: " ") { return true }
            previous = byte
        }
        return false
    }

    /// Sentence adverbs, and clause frames such as "it might be that", "it is possible" or "it seems".
    static func isRemovable(_ cue: HedgeCue) -> Bool {
        let words = Words.tokens(in: cue.phrase).map(\.text)
        if words.count == 1 { return removableWords.contains(words[0]) }
        return cue.kind == .multiword && words.first == "it"
    }
}
