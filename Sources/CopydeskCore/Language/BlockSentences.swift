import Foundation

/// A block's text read from its sentences, which `SentenceText.all(in:)` reads once for every
/// check, instead of reading the block again.
extension Article {
    /// The index in `sentences` of block `index`'s one sentence when that sentence's text is the
    /// whole of the block's text; nil for a block of several sentences, or none.
    ///
    /// Such a block reads exactly as its sentence: its words and hedge cues are the sentence's,
    /// so they need not be found again. `texts` is `SentenceText.all(in: self)`.
    package func soleSentence(ofBlock index: Int, texts: [SentenceText]) -> Int? {
        let block = sentenceIndices(inBlock: index)
        guard block.count == 1 else { return nil }
        let sentence = block.lowerBound
        // The block's text is read in place (a native string keeps its UTF-8 contiguous).
        let read = texts[sentence].bytes
        let same =
            blocks[index].text.utf8.withContiguousStorageIfAvailable { block in
                read.withUnsafeBufferPointer { read in
                    block.count == read.count
                        && (block.isEmpty || memcmp(block.baseAddress!, read.baseAddress!, block.count) == 0)
                }
            } ?? blocks[index].text.utf8.elementsEqual(read)
        return same ? sentence : nil
    }

    /// A sentence of a block and where its text starts in the block's text.
    package struct Piece {
        package var sentence: Int
        package var offset: Int
    }

    /// The sentences that make up block `index`'s words, when `Words.tokens` of the block's text
    /// is exactly their tokens one after another (ranges moved by `offset`); nil otherwise.
    ///
    /// That holds when each sentence's text is the block's bytes at its range, the sentences do
    /// not overlap, and everything between and around them is ASCII whitespace, with whitespace
    /// on one side where two sentences touch. The tokenizer starts words only at letters, digits
    /// and other multi-byte scalars, and joins them only over `'`, `’`, `-`, and `.` or `,`
    /// between digits: whitespace ends every word, so no word of the block runs across a
    /// sentence's edge or lies outside the sentences, and each sentence's words are read
    /// within it as in its own text. Sentences without text are left out.
    ///
    /// The block's text is read in place (not copied into an array).
    package func pieces(ofBlock index: Int, texts: [SentenceText]) -> [Piece]? {
        var text = blocks[index].text
        return text.withUTF8 { pieces(ofBlock: index, bytes: $0, texts: texts) }
    }

    /// `pieces(ofBlock:texts:)` over the block's text's UTF-8 `bytes`.
    private func pieces(ofBlock index: Int, bytes: UnsafeBufferPointer<UInt8>, texts: [SentenceText]) -> [Piece]? {
        let block = sentences(inBlock: index)
        var pieces: [Piece] = []
        pieces.reserveCapacity(block.count)
        var cursor = 0
        for sentence in block.indices {
            let range = sentences[sentence].textRange
            guard range.lowerBound >= cursor, range.upperBound <= bytes.count,
                texts[sentence].bytes.count == range.count
            else { return nil }
            guard !range.isEmpty else { continue }
            guard bytes[cursor..<range.lowerBound].allSatisfy(Self.isSpace) else { return nil }
            if range.lowerBound == cursor, cursor > 0, !Self.isSpace(bytes[cursor - 1]), !Self.isSpace(bytes[cursor]) {
                return nil
            }
            let same = texts[sentence].bytes.withUnsafeBufferPointer { read in
                memcmp(bytes.baseAddress! + range.lowerBound, read.baseAddress!, range.count) == 0
            }
            guard same else { return nil }
            pieces.append(Piece(sentence: sentence, offset: range.lowerBound))
            cursor = range.upperBound
        }
        guard bytes[cursor...].allSatisfy(Self.isSpace) else { return nil }
        return pieces
    }

    /// `SentenceText(block.text)` for block `index`, put together from its sentences' reads when
    /// `pieces(ofBlock:texts:)` allows; nil otherwise.
    package func read(ofBlock index: Int, texts: [SentenceText]) -> SentenceText? {
        guard let pieces = pieces(ofBlock: index, texts: texts) else { return nil }
        return read(ofBlock: index, pieces: pieces, texts: texts)
    }

    /// `read(ofBlock:texts:)` for a block whose `pieces(ofBlock:texts:)` are known.
    ///
    /// The words' keys are the sentences' keys moved to the block's offsets (`SentenceText(bytes:pieces:texts:)`):
    /// the pieces' texts are the block's bytes at their offsets, so they are the keys the
    /// block's own words would have.
    package func read(ofBlock index: Int, pieces: [Piece], texts: [SentenceText]) -> SentenceText {
        SentenceText(bytes: Array(blocks[index].text.utf8), pieces: pieces, texts: texts)
    }

    /// Where a block's words come from when read from its sentences: its one sentence
    /// (`soleSentence`), its sentences at their offsets (`pieces`), or its own text.
    package enum BlockWords {
        case sentence(Int)
        case pieces([Piece])
        case own
    }

    /// `BlockWords` of every block, by index. The hedging checks, the word index and the hedge
    /// density's word counts each ask it of every block: it is worked out once per article when
    /// `texts` is the article's `SentenceText.all(in:)` (the same array, not only equal), and
    /// anew for any other texts.
    package func blockWords(texts: [SentenceText]) -> [BlockWords] {
        let isArticles =
            SentenceText.existing(in: self).map { all in
                all.withUnsafeBufferPointer { all in
                    texts.withUnsafeBufferPointer { $0.baseAddress == all.baseAddress && $0.count == all.count }
                }
            } ?? false
        guard isArticles else { return computeBlockWords(texts: texts) }
        return Self.blockWordsMemo.value(for: self, key: true) { computeBlockWords(texts: texts) }
    }

    private func computeBlockWords(texts: [SentenceText]) -> [BlockWords] {
        blocks.indices.map { index in
            if let sentence = soleSentence(ofBlock: index, texts: texts) { return .sentence(sentence) }
            if let pieces = pieces(ofBlock: index, texts: texts) { return .pieces(pieces) }
            return .own
        }
    }

    private static let blockWordsMemo = ArticleMemo<Bool, [BlockWords]>()

    /// `blocks[index].wordCount`, counted from the sentences' reads when the block is made of
    /// them (`BlockWords.sentence`, `.pieces`): `Words.count` and `Words.tokens` find the same words.
    package func wordCount(ofBlock index: Int, words: BlockWords, texts: [SentenceText]) -> Int {
        switch words {
        case .sentence(let sentence): texts[sentence].tokens.count
        case .pieces(let pieces): pieces.reduce(0) { $0 + texts[$1.sentence].tokens.count }
        case .own: blocks[index].wordCount
        }
    }

    /// ASCII whitespace: tab, LF, VT, FF, CR and space.
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || (byte >= 0x09 && byte <= 0x0D)
    }
}
