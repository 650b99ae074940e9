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
            let context: [String]
            if let index = sentenceIndex(holding: finding, in: article) {
                let texts = sentences ?? SentenceText.all(in: article)
                sentences = texts
                context = texts[index].words
            } else {
                context = words(finding.match)
            }
            var hash = pathHash
            hash.add(finding.rule, after: separator)
            hash.add(context, after: separator)
            hash.add(words(finding.match), after: separator)
            return hash.value.paddedHex
        }
    }

    /// The words of `Words.normalized(text)`, which joins them by spaces.
    private static func words(_ text: String) -> [String] {
        Words.tokens(in: text).map { Words.folded($0.text) }
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

    /// `separator`, then `words` joined by spaces.
    fileprivate mutating func add(_ words: [String], after separator: UInt8) {
        add(separator)
        for (index, word) in words.enumerated() {
            if index > 0 { add(UInt8(ascii: " ")) }
            add(word)
        }
    }
}
