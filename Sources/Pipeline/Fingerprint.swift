import CopydeskCore

/// Stable finding fingerprints for baselines: path + rule + the normalised sentence (and
/// match), so a finding keeps its fingerprint when lines are added or removed elsewhere.
enum Fingerprint {
    static func make(path: String, finding: Finding, article: Article) -> String {
        // Sentences are in document order: the last one starting at or before the finding holds it.
        let offset = finding.range.start.offset
        let after = article.sentences.partitionPoint { $0.range.start.offset <= offset }
        let candidate = after > 0 ? article.sentences[after - 1] : nil
        let sentence = candidate.flatMap { offset < max($0.range.end.offset, $0.range.start.offset + 1) ? $0 : nil }
        let context = sentence.map { Words.normalized($0.text) } ?? Words.normalized(finding.match)
        return hex(fnv1a([path, finding.rule, context, Words.normalized(finding.match)].joined(separator: "\u{1F}")))
    }

    /// 64-bit FNV-1a over UTF-8.
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
