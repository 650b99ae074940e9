import CopydeskCore

/// Stable finding fingerprints for baselines: path + rule + the normalised sentence (and
/// match), so a finding keeps its fingerprint when lines are added or removed elsewhere.
enum Fingerprint {
    /// Sets the fingerprint of each of `findings` in `article`, reading the findings in place: a
    /// finding is not copied (a copy retains its eight strings and arrays, and releases them).
    /// A sentence's words are the ones the checks read (`SentenceText.all(in:)`, shared while
    /// the article is linted).
    static func assign(to findings: inout [Finding], path: String, article: Article) {
        var sentences: [SentenceText]?
        // The last finding's sentence, and its words joined by spaces once a second finding
        // in it comes (a check's findings in one sentence come one after another; most
        // sentences of real articles hold one finding, whose words are hashed one by one).
        var last: (sentence: Int, joined: String?)?
        var pathHash = FNV1a()
        pathHash.add(path)
        for index in findings.indices {
            var hash = pathHash
            hash.add(findings[index].rule, after: separator)
            hash.add(separator)
            if let sentence = sentenceIndex(holding: findings[index].range.start.offset, in: article) {
                let texts = sentences ?? SentenceText.all(in: article)
                sentences = texts
                if let previous = last, previous.sentence == sentence {
                    let joined = previous.joined ?? joinedWords(of: texts[sentence])
                    last = (sentence, joined)
                    hash.add(joined)
                } else {
                    last = (sentence, nil)
                    hash.add(texts[sentence].words)
                }
            } else {
                Words.hashNormalized(findings[index].match, into: &hash)
            }
            hash.add(separator)
            Words.hashNormalized(findings[index].match, into: &hash)
            findings[index].fingerprint = hex(hash.value)
        }
    }

    /// The sentence holding the finding's start: the last one starting at or before it (sentences
    /// are in document order), if it has not ended by then.
    private static func sentenceIndex(holding offset: Int, in article: Article) -> Int? {
        let after = article.sentences.partitionPoint { $0.range.start.offset <= offset }
        guard after > 0 else { return nil }
        let range = article.sentences[after - 1].range
        return offset < max(range.end.offset, range.start.offset + 1) ? after - 1 : nil
    }

    /// `text.words.joined(separator: " ")`, made from the sentence's bytes: an ASCII word is
    /// its bytes lowercased (as `Words` makes it), only another word is read from its string.
    static func joinedWords(of text: SentenceText) -> String {
        let tokens = text.tokens
        return String(unsafeUninitializedCapacity: Self.joinedCapacity(of: text)) { out in
            var count = 0
            text.bytes.withUnsafeBufferPointer { bytes in
                for index in tokens.indices {
                    if index > 0 {
                        out[count] = UInt8(ascii: " ")
                        count += 1
                    }
                    let word = UnsafeBufferPointer(rebasing: bytes[tokens[index].range])
                    if word.allSatisfy({ $0 < 0x80 }) {
                        for byte in word {
                            out[count] = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
                            count += 1
                        }
                    } else {
                        for byte in text.words[index].utf8 {
                            out[count] = byte
                            count += 1
                        }
                    }
                }
            }
            return count
        }
    }

    /// `value.paddedHex`, each digit worked out (no table read).
    static func hex(_ value: UInt64) -> String {
        String(unsafeUninitializedCapacity: 16) { out in
            for index in 0..<16 {
                let digit = UInt8(truncatingIfNeeded: value >> (60 - 4 * UInt64(index))) & 0xF
                out[index] = digit < 10 ? digit &+ UInt8(ascii: "0") : digit &+ (UInt8(ascii: "a") - 10)
            }
            return 16
        }
    }

    /// The length of `joinedWords(of: text)`: the ASCII words' lengths, the others' strings'.
    private static func joinedCapacity(of text: SentenceText) -> Int {
        var count = max(0, text.tokens.count - 1)
        for index in text.tokens.indices {
            let range = text.tokens[index].range
            let ascii = text.bytes[range].allSatisfy { $0 < 0x80 }
            count += ascii ? range.count : text.words[index].utf8.count
        }
        return count
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
