import CopydeskCore

/// The hedge cues of an article as the hedging checks read them: lintable blocks only (code
/// and reference entries never), block quotes only when the policy lints quotes.
struct HedgingScan {
    struct BlockCues {
        /// Index of the block in `Article.blocks` (read there in place: a copy retains its arrays).
        var index: Int
        /// Cues with byte ranges in the block's text.
        var cues: [HedgeCue]
        /// The block's word count (`Article.wordCount(ofBlock:words:texts:)`).
        var words: Int
        /// The block's clauses with their cues, worked out with the cues for a block that the
        /// stacked-hedge and hedged-attribution checks both read clause by clause (see
        /// `readsClauses`); nil for the others, whose clauses are worked out when asked for.
        var clauses: [HedgeClause]? = nil
    }

    let settings: HedgingSettings
    let detector: HedgeDetector

    init(policy: Policy) {
        settings = policy.checks.hedging
        detector = HedgeDetector(policy: policy)
    }

    /// The cues of every block the hedging checks read, worked out once per article and settings.
    func blocks(of article: Article) -> [BlockCues] {
        Self.memo.value(for: article, key: settings) {
            let texts = SentenceText.all(in: article)
            let sentenceCues = detector.sentenceCues(in: article)
            let sources = article.blockWords(texts: texts)
            // By index, each sentence read in place: neither a block nor a sentence's text is
            // copied to be looked at.
            return texts.withUnsafeBufferPointer { read in
                var result: [BlockCues] = []
                result.reserveCapacity(article.blocks.count)
                for index in article.blocks.indices where isRead(blockAt: index, in: article) {
                    let cues = cues(
                        ofBlock: index, from: sources[index], in: article, texts: texts, read: read,
                        sentenceCues: sentenceCues)
                    let words = article.wordCount(ofBlock: index, words: sources[index], texts: texts)
                    // The clauses first: the cues are then moved into the result, not copied
                    // (a retain and a release for every block).
                    let clauses =
                        Self.readsClauses(cues)
                        ? clauses(ofBlock: index, article.blocks[index].text, cues: cues, in: article) : nil
                    result.append(BlockCues(index: index, cues: cues, words: words, clauses: clauses))
                }
                return result
            }
        }
    }

    /// The cues of a block the hedging checks read, whose words come `from` there; `read` is
    /// `texts`' storage.
    private func cues(
        ofBlock index: Int, from source: Article.BlockWords, in article: Article, texts: [SentenceText],
        read: UnsafeBufferPointer<SentenceText>, sentenceCues: [[HedgeCue]]
    ) -> [HedgeCue] {
        switch source {
        case .sentence(let sentence):
            // A block that is one sentence has that sentence's cues, which the claim ledger and
            // the medical-claim checks read anyway. Most have none: they get an empty array,
            // without a copy of the sentence's (a retain and a release) or a call to keep it.
            if sentenceCues[sentence].isEmpty { return [] }
            return detector.cues(fromQuoting: sentenceCues[sentence], in: read, at: sentence)
        case .pieces(let pieces):
            // A block of several sentences takes their cues too, unless a cue may run
            // across a sentence's edge.
            return detector.cues(ofBlock: index, in: article, pieces: pieces, texts: texts, quoting: sentenceCues)
                ?? detector.cues(in: article.read(ofBlock: index, pieces: pieces, texts: texts))
        case .own:
            return detector.cues(in: article.blocks[index].text)
        }
    }

    /// Shared by the four hedging checks, which read the same article with the same settings.
    private static let memo = ArticleMemo<HedgingSettings, [BlockCues]>()

    func isRead(_ block: Block) -> Bool {
        isRead(kind: block.kind, quoteDepth: block.quoteDepth)
    }

    /// `isRead(article.blocks[index])`, the block read in place: passed as a value, each block
    /// was copied (its strings and runs retained and released).
    func isRead(blockAt index: Int, in article: Article) -> Bool {
        isRead(kind: article.blocks[index].kind, quoteDepth: article.blocks[index].quoteDepth)
    }

    private func isRead(kind: Block.Kind, quoteDepth: Int) -> Bool {
        guard kind.isLintable else { return false }
        if settings.lintQuotes { return true }
        if case .quote = kind { return false }
        return quoteDepth == 0
    }

    /// Whether a block with these cues is read clause by clause: by the stacked-hedge check (two
    /// cues or more) or the hedged-attribution check (a vague attribution).
    static func readsClauses(_ cues: [HedgeCue]) -> Bool {
        cues.count >= 2 || cues.contains { $0.kind == .attribution }
    }

    /// The clauses of a block, sentence by sentence, with their cues (byte ranges in the block's text).
    func clauses(of item: BlockCues, in article: Article) -> [HedgeClause] {
        item.clauses ?? clauses(ofBlock: item.index, article.blocks[item.index].text, cues: item.cues, in: article)
    }

    private func clauses(ofBlock index: Int, _ text: String, cues: [HedgeCue], in article: Article) -> [HedgeClause] {
        let bytes = Array(text.utf8)
        let block = article.sentences(inBlock: index)
        let texts = SentenceText.all(in: article)
        // Cues in text order (as the detector gives them) are found for each clause by binary
        // search, as one slice: filtering all of a block's cues for every clause was quadratic
        // in one long paragraph (a 10 MB line: more than half of the run), and made an array
        // for each clause grown cue by cue. Cues out of order are filtered as they were.
        let sorted = Self.isSorted(cues)
        var result: [HedgeClause] = []
        func append(_ clauses: [Range<Int>], offset: Int) {
            // The first sentence's clauses in one allocation (most blocks read so are one
            // sentence); later ones grow the array as appends do.
            if result.isEmpty { result.reserveCapacity(clauses.count) }
            for range in clauses {
                let shifted = (range.lowerBound + offset)..<(range.upperBound + offset)
                guard sorted else {
                    result.append(
                        HedgeClause(range: shifted, cues: cues.filter { shifted.contains($0.range.lowerBound) }))
                    continue
                }
                let first = cues.partitionPoint { $0.range.lowerBound < shifted.lowerBound }
                let end = cues[first...].partitionPoint { $0.range.lowerBound < shifted.upperBound }
                result.append(HedgeClause(range: shifted, cues: first == end ? [] : Array(cues[first..<end])))
            }
        }
        // The block's sentences that lie within its text, each read as it was for every other
        // check when its text is its span of the block; the whole text when none does.
        var anySentence = false
        for sentence in block.indices {
            let range = block[sentence].textRange
            guard range.lowerBound >= 0 && range.upperBound <= bytes.count else { continue }
            anySentence = true
            let clauses =
                ByteSearch.equal(bytes, range, texts[sentence].bytes)
                ? HedgeClauses.ranges(in: texts[sentence])
                : HedgeClauses.ranges(in: String(decoding: bytes[range], as: UTF8.self))
            append(clauses, offset: range.lowerBound)
        }
        if !anySentence { append(HedgeClauses.ranges(in: text), offset: 0) }
        return result
    }

    /// Whether the cues are in text order (by their ranges' starts).
    private static func isSorted(_ cues: [HedgeCue]) -> Bool {
        var index = 1
        while index < cues.count {
            if cues[index - 1].range.lowerBound > cues[index].range.lowerBound { return false }
            index += 1
        }
        return true
    }

    /// `clauses(ofBlock:_:cues:in:)` for the tests.
    func clauses(ofBlock index: Int, in article: Article, cues: [HedgeCue]) -> [HedgeClause] {
        clauses(ofBlock: index, article.blocks[index].text, cues: cues, in: article)
    }
}

extension HedgeCue {
    /// The cue quoted for a message: `'could'`.
    var quoted: String { "'\(phrase)'" }
}

/// "two", "three" … for messages (the number's digits past ten).
///
/// A switch over literals: an array of the eleven words was made and freed at every call.
func countWord(_ count: Int) -> String {
    switch count {
    case 0: "zero"
    case 1: "one"
    case 2: "two"
    case 3: "three"
    case 4: "four"
    case 5: "five"
    case 6: "six"
    case 7: "seven"
    case 8: "eight"
    case 9: "nine"
    case 10: "ten"
    default: String(count)
    }
}
