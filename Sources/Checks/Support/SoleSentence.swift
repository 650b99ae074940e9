import CopydeskCore
import Foundation

extension Article {
    /// The index in `sentences` of block `index`'s one sentence when that sentence's text is the
    /// whole of the block's text; nil for a block of several sentences, or none.
    ///
    /// Such a block reads exactly as its sentence (`SentenceText.all(in:)`, read once for every
    /// check): its words and hedge cues are the sentence's, so they need not be found again.
    /// `texts` is `SentenceText.all(in: self)`.
    func soleSentence(ofBlock index: Int, texts: [SentenceText]) -> Int? {
        let sentences = sentences(inBlock: index)
        guard sentences.count == 1, let sentence = sentences.indices.first else { return nil }
        var text = blocks[index].text
        let same = text.withUTF8 { block in
            texts[sentence].bytes.withUnsafeBufferPointer { read in
                block.count == read.count
                    && (block.isEmpty || memcmp(block.baseAddress!, read.baseAddress!, block.count) == 0)
            }
        }
        return same ? sentence : nil
    }
}
