import CopydeskCore

/// Stable finding fingerprints for baselines: path + rule + the normalised sentence (and
/// match), so a finding keeps its fingerprint when lines are added or removed elsewhere.
enum Fingerprint {
    /// The fingerprints of `findings` in `article`, in order. A sentence's words are the ones
    /// the checks read (`SentenceText.all(in:)`, shared while the article is linted).
    static func make(path: String, findings: [Finding], article: Article) -> [String] {
        var sentences: [SentenceText]?
        var pathHash = FNV1a()
        pathHash.add(path)
        return findings.map { finding in
            var hash = pathHash
            hash.add(finding.rule, after: separator)
            hash.add(separator)
            if let index = sentenceIndex(holding: finding, in: article) {
                let texts = sentences ?? SentenceText.all(in: article)
                sentences = texts
                hash.add(texts[index].words)
            } else {
                Words.hashNormalized(finding.match, into: &hash)
            }
            hash.add(separator)
            Words.hashNormalized(finding.match, into: &hash)
            return hash.value.paddedHex
        }
    }

    /// The sentence holding the finding's start: the last one starting at or before it (sentences
    /// are in document order), if it has not ended by then.
    private static func sentenceIndex(holding finding: Finding, in article: Article) -> Int? {
        let offset = finding.range.start.offset
        let after = article.sentences.partitionPoint { $0.range.start.offset <= offset }
        guard after > 0 else { return nil }
        let range = article.sentences[after - 1].range
        return offset < max(range.end.offset, range.start.offset + 1) ? after - 1 : nil
    }

    private static let separator = UInt8(0x1F)
}

extension FNV1a {
    /// `separator`, then `text`.
    fileprivate mutating func add(_ text: String, after separator: UInt8) {
        add(separator)
        add(text)
    }

    /// `words` joined by spaces.
    fileprivate mutating func add(_ words: [String]) {
        for (index, word) in words.enumerated() {
            if index > 0 { add(UInt8(ascii: " ")) }
            add(word)
        }
    }
}
