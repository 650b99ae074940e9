import CopydeskCore
import Foundation

/// Stable finding fingerprints for baselines: path + rule + the normalised sentence (and
/// match), so a finding keeps its fingerprint when lines are added or removed elsewhere.
enum Fingerprint {
    /// Sets the fingerprint of each of `findings` in `article`, reading the findings in place: a
    /// finding is not copied (a copy retains its eight strings and arrays, and releases them).
    /// A sentence's words are the ones the checks read (`SentenceText.all(in:)`, shared while
    /// the article is linted), joined by spaces into a buffer once for the findings in it (a
    /// check's findings in one sentence come one after another).
    static func assign(to findings: inout [Finding], path: String, article: Article) {
        var sentences: [SentenceText]?
        var joined: [UInt8] = []
        var joinedSentence = -1
        // The joined sentence's bytes when they are all ASCII (nil otherwise): a match that is
        // those bytes normalises to the joined words (`matchIsSentence`).
        var joinedASCII: SentenceBytes?
        var pathHash = FNV1a()
        pathHash.add(path)
        for index in findings.indices {
            var hash = pathHash
            hash.add(findings[index].rule, after: separator)
            hash.add(separator)
            if let sentence = sentenceIndex(holding: findings[index].range.start.offset, in: article) {
                if sentence != joinedSentence {
                    let texts = sentences ?? SentenceText.all(in: article)
                    sentences = texts
                    joined.removeAll(keepingCapacity: true)
                    joinedASCII = texts.withUnsafeBufferPointer {
                        appendJoinedWords(of: $0[sentence], to: &joined) ? $0[sentence].bytes : nil
                    }
                    joinedSentence = sentence
                }
                joined.withUnsafeBufferPointer { hash.add($0) }
                hash.add(separator)
                if let bytes = joinedASCII, matchIs(bytes, findings[index].match) {
                    // The match is the sentence (a repeated sentence, item or one-sentence
                    // paragraph): its normalised words are the joined ones, already made.
                    joined.withUnsafeBufferPointer { hash.add($0) }
                } else {
                    Words.hashNormalized(findings[index].match, into: &hash)
                }
            } else {
                Words.hashNormalized(findings[index].match, into: &hash)
                hash.add(separator)
                Words.hashNormalized(findings[index].match, into: &hash)
            }
            findings[index].setFingerprint(hash: hash.value)
        }
    }

    /// Whether `match` is `bytes`, compared in place: its length first, as most matches are
    /// a few words of a longer sentence.
    static func matchIs(_ bytes: SentenceBytes, _ match: String) -> Bool {
        let utf8 = match.utf8
        guard utf8.count == bytes.count else { return false }
        return utf8.withContiguousStorageIfAvailable { match in
            match.count == 0 || memcmp(match.baseAddress!, bytes.base, match.count) == 0
        } ?? utf8.elementsEqual(UnsafeBufferPointer(start: bytes.base, count: bytes.count))
    }

    /// Appends to `bytes` the sentence's words joined by spaces (`text.words.joined(separator: " ")`),
    /// made from its bytes: an ASCII word is its bytes lowercased (as `Words` makes it), only
    /// another word is read from its string.
    /// Returns whether the sentence's bytes are all ASCII: then a match that is those bytes
    /// normalises to the words appended (`Words.hashNormalized` finds an ASCII text's words as
    /// its tokens were found, and folds them as they are lowercased here).
    @discardableResult
    static func appendJoinedWords(of text: SentenceText, to bytes: inout [UInt8]) -> Bool {
        text.tokens.withUnsafeBufferPointer { tokens in
            text.bytes.withUnsafeBufferPointer { source in
                if ByteSearch.isASCII(source) {
                    appendJoinedASCIIWords(tokens, of: source, to: &bytes)
                    return true
                }
                for index in tokens.indices {
                    if index > 0 { bytes.append(UInt8(ascii: " ")) }
                    let word = UnsafeBufferPointer(rebasing: source[tokens[index].range])
                    if word.allSatisfy({ $0 < 0x80 }) {
                        for byte in word { bytes.append(ASCII.lowercased(byte)) }
                    } else {
                        bytes.append(contentsOf: text.words[index].utf8)
                    }
                }
                return false
            }
        }
    }

    /// `appendJoinedWords` for a sentence whose bytes are all ASCII, so every word is: the
    /// words' bytes lowercased, a space between two, written into room made for all of them at
    /// once (appended byte by byte, each byte cost a capacity and uniqueness check).
    private static func appendJoinedASCIIWords(
        _ tokens: UnsafeBufferPointer<Words.Token>, of source: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]
    ) {
        guard !tokens.isEmpty else { return }
        var count = tokens.count - 1
        for index in tokens.indices { count += tokens[index].range.count }
        let start = bytes.count
        // Spaces throughout: the words are written over them, the separators are left.
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
        bytes.withUnsafeMutableBufferPointer { out in
            var at = start
            for index in tokens.indices {
                for byte in source[tokens[index].range] {
                    out[at] = ASCII.lowercased(byte)
                    at &+= 1
                }
                at &+= 1
            }
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

    /// `value.paddedHex`, each digit worked out (no table read), as a finding's `fingerprint` reads its value.
    static func hex(_ value: UInt64) -> String {
        String(unsafeUninitializedCapacity: 16) { out in
            Finding.writeHex(value, to: out.baseAddress!)
            return 16
        }
    }

    private static let separator = UInt8(0x1F)
}

extension FNV1a {
    /// `separator`, then `text`.
    fileprivate mutating func add(_ text: String, after separator: UInt8) {
        add(separator)
        add(text)
    }
}
