import CopydeskCore
import TestSupport
import Testing

@testable import Checks

/// The hedging checks' cues per block, read from the shared sentence cues where a block is one sentence.
@Suite struct HedgingScanTests {
    private static let source = """
        # Ketamine May Cause Hair Loss

        He said "this may help" and “it could work”, but it might not.

        Some studies suggest ketamine can help. It could also lower costs.

        The team called for more. Research is needed, and it may help.

        > "It could possibly work," one reader wrote.

        - Doses may need to be adjusted.
        - In May the guidance changed.

        ```
        it may cure everything
        ```

        """

    /// `block:kind:phrase@start` for every cue of every block read.
    private func cues(_ scan: HedgingScan, _ article: Article) -> [String] {
        scan.blocks(of: article).flatMap { item in
            item.cues.map { "\(item.index):\($0.kind.rawValue):\($0.phrase)@\($0.range.lowerBound)" }
        }
    }

    /// The cues the detector finds in each block's whole text, in the same form.
    private func wholeBlockCues(_ scan: HedgingScan, _ article: Article) -> [String] {
        article.blocks.indices.filter { scan.isRead(article.blocks[$0]) }.flatMap { index in
            scan.detector.cues(in: article.blocks[index].text).map {
                "\(index):\($0.kind.rawValue):\($0.phrase)@\($0.range.lowerBound)"
            }
        }
    }

    /// A block's clauses with their cues, each clause's cues a slice of the block's sorted cues,
    /// are what filtering every cue for every clause gave, for the blocks' own cues, for cues
    /// out of order and for many cues (over generated articles of hedged sentences).
    @Test func clausesTakeTheirCuesAsFilteringDid() throws {
        var random = SplitMix(state: 29)
        let pieces = [
            "it may help", "some studies suggest", "it could possibly work", "perhaps", "the drug works",
            "although it might", "which may", "and", "; ", ", ", " — ", ": ", "(it may)", "in May", "could",
            "it is unclear whether", "arguably", "seems to", "\u{201C}may\u{201D}",
        ]
        let scan = HedgingScan(policy: Policy())
        var clauses = 0
        for _ in 0..<60 {
            let paragraphs = (0..<(1 + Int(random.next() % 4))).map { _ in
                (0..<(1 + Int(random.next() % 4))).map { _ in
                    (0..<(2 + Int(random.next() % 12))).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
                        .joined(separator: " ").capitalized + "."
                }.joined(separator: " ")
            }
            let article = try Fixture.article(paragraphs.joined(separator: "\n\n") + "\n")
            for item in scan.blocks(of: article) {
                let cues = item.cues
                let reversed = Array(cues.reversed())
                let many = Array(repeating: cues, count: 20).flatMap { $0 }
                for given in [cues, reversed, many, many.sorted { $0.range.lowerBound < $1.range.lowerBound }] {
                    let fast = scan.clauses(ofBlock: item.index, in: article, cues: given)
                    #expect(fast == scan.clausesByFilter(ofBlock: item.index, in: article, cues: given))
                    clauses += fast.count
                }
            }
        }
        #expect(clauses > 500)
    }

    /// Over generated articles (one-sentence blocks with and without cues, quotes among them,
    /// blocks of several sentences, list items and headings), with and without quotes linted:
    /// every block's cues are the detector's cues of its whole text (a one-sentence block
    /// without sentence cues takes an empty array, the others their sentence's), and the
    /// clauses kept with them are those worked out when asked for.
    @Test func generatedBlocksHaveTheirWholeTextsCuesAndClauses() throws {
        var random = SplitMix(state: 31)
        let pieces = [
            "it may help", "some studies suggest", "the drug works", "plain words", "perhaps", "and", ", ",
            "\"it could work\"", "\u{201C}may\u{201D}", "in May", "which may", "research is needed", "cats",
        ]
        var quoted = Policy()
        quoted.checks.hedging.lintQuotes = true
        var blocks = 0
        for policy in [Policy(), quoted] {
            let scan = HedgingScan(policy: policy)
            for _ in 0..<60 {
                let paragraphs = (0..<(1 + Int(random.next() % 6))).map { _ in
                    let sentences = (0..<(1 + Int(random.next() % 3))).map { _ in
                        let count = 1 + Int(random.next() % 8)
                        return (0..<count).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
                            .joined(separator: " ").capitalized + "."
                    }.joined(separator: " ")
                    return ["", "- ", "## ", "> "][Int(random.next() % 4)] + sentences
                }
                let article = try Fixture.article(paragraphs.joined(separator: "\n\n") + "\n")
                #expect(cues(scan, article) == wholeBlockCues(scan, article))
                for item in scan.blocks(of: article) {
                    let expected =
                        HedgingScan.readsClauses(item.cues)
                        ? scan.clauses(ofBlock: item.index, in: article, cues: item.cues) : nil
                    #expect(item.clauses == expected)
                    blocks += 1
                }
            }
        }
        #expect(blocks > 300)
    }

    @Test func blockCuesAreTheCuesOfTheWholeBlockText() throws {
        let article = try Fixture.article(Self.source)
        let scan = HedgingScan(policy: Policy())
        let found = cues(scan, article)
        #expect(
            found == [
                "0:modal:May@9", "1:modal:might not@56", "2:attribution:Some studies suggest@0",
                "2:modal:could@43", "3:multiword:more. Research is needed@20", "3:modal:may@53",
                "5:modal:may@6",
            ])
        #expect(found == wholeBlockCues(scan, article))
    }

    @Test func quotedCuesCountWhenThePolicyLintsQuotes() throws {
        let article = try Fixture.article(Self.source)
        var policy = Policy()
        policy.checks.hedging.lintQuotes = true
        let scan = HedgingScan(policy: policy)
        let found = cues(scan, article)
        #expect(
            found == [
                "0:modal:May@9", "1:modal:may@14", "1:modal:could@34", "1:modal:might not@56",
                "2:attribution:Some studies suggest@0", "2:modal:could@43", "3:multiword:more. Research is needed@20",
                "3:modal:may@53", "4:modal:could@4", "4:adverb:possibly@10", "5:modal:may@6",
            ])
        #expect(found == wholeBlockCues(scan, article))
    }

    /// Blocks of several sentences whose cues could run across a sentence's edge, and others.
    private static let edges = """
        The team called for more. Research is needed, and it may help.

        It works, according to. Some experts say it could help.

        They found a number. Of studies suggest it might work.

        Many people feel. That it could help is unclear.

        It rained in April. And May brought sun. It may help.

        Trials stopped early. May results follow? Perhaps they will.

        Some studies suggest it works. Others might disagree. It could possibly help.

        He said "it may. Work", and "it could." Then it might.

        - First it might help. Then it could possibly stop.
        - Nothing here hedges. Nothing at all.

        """

    @Test func blocksOfSeveralSentencesReadAsTheWholeBlockText() throws {
        let article = try Fixture.article(Self.edges)
        for lintQuotes in [false, true] {
            var policy = Policy()
            policy.checks.hedging.lintQuotes = lintQuotes
            let scan = HedgingScan(policy: policy)
            #expect(cues(scan, article) == wholeBlockCues(scan, article))
        }
    }

    @Test func sentenceCuesAreJoinedOnlyWhereNoCueCanCrossAnEdge() throws {
        let article = try Fixture.article(Self.edges)
        let detector = HedgeDetector(settings: Policy().checks.hedging)
        let texts = SentenceText.all(in: article)
        let quoting = detector.sentenceCues(in: article)
        let joined = article.blocks.indices.map { index -> Bool? in
            guard let pieces = article.pieces(ofBlock: index, texts: texts) else { return nil }
            return detector.cues(ofBlock: index, in: article, pieces: pieces, texts: texts, quoting: quoting) != nil
        }
        // A crossing entry ("more research is needed"), "according to", a quantity noun before
        // "of", "feel that" and "may" near an edge ("May results", "it may. Work") are read
        // whole; the others are joined.
        #expect(joined == [false, false, false, false, false, false, true, false, true, true])
    }

    @Test func onlyABlockThatIsOneSentenceTakesItsSentencesCues() throws {
        let article = try Fixture.article("One sentence only.\n\nTwo sentences. Here they are.\n\n## A heading\n")
        let texts = SentenceText.all(in: article)
        let sole = article.blocks.indices.map { article.soleSentence(ofBlock: $0, texts: texts) }
        #expect(sole == [0, nil, 3])
    }
}

/// A block's clauses take their cues by binary search over the block's cues (in text order);
/// the answer is the plain one: every cue whose start lies in the clause, in order.
@Suite struct HedgingScanClauseCueTests {
    @Test func eachClauseHasTheCuesThatStartInIt() throws {
        let sentence = "The trial may help, and it could perhaps work; some say it might. "
        let long = String(repeating: sentence, count: 40) + "No hedge here. It may, or may not."
        let article = try Fixture.article("# Title\n\n\(long)\n\nOne may. Two could, three might.\n")
        let scan = HedgingScan(policy: Policy())
        let items = scan.blocks(of: article).filter { $0.cues.count >= 2 }
        #expect(items.count == 2)
        var clauseCounts: [Int] = []
        for item in items {
            let clauses = scan.clauses(of: item, in: article)
            clauseCounts.append(clauses.count)
            for clause in clauses {
                #expect(clause.cues == item.cues.filter { clause.range.contains($0.range.lowerBound) })
            }
            #expect(clauses.reduce(0) { $0 + $1.cues.count } == item.cues.count)
        }
        #expect(clauseCounts[0] > 80)
        #expect(clauseCounts[1] == 2)
    }
}

extension HedgingScan {
    /// `clauses(of:in:)` as it was worked out, every clause's cues filtered from all of the
    /// block's (for many sorted cues, found by binary search): what the tests compare with.
    func clausesByFilter(ofBlock index: Int, in article: Article, cues: [HedgeCue]) -> [HedgeClause] {
        let text = article.blocks[index].text
        let bytes = Array(text.utf8)
        let block = article.sentences(inBlock: index)
        let sentences = block.indices.filter {
            block[$0].textRange.lowerBound >= 0 && block[$0].textRange.upperBound <= bytes.count
        }
        let texts = SentenceText.all(in: article)
        let spans: [(clauses: [Range<Int>], offset: Int)] =
            sentences.isEmpty
            ? [(HedgeClauses.ranges(in: text), 0)]
            : sentences.map { index in
                let range = block[index].textRange
                let clauses =
                    ByteSearch.equal(bytes, range, texts[index].bytes)
                    ? HedgeClauses.ranges(in: texts[index])
                    : HedgeClauses.ranges(in: String(decoding: bytes[range], as: UTF8.self))
                return (clauses, range.lowerBound)
            }
        let searched =
            cues.count > 16 && zip(cues, cues.dropFirst()).allSatisfy { $0.range.lowerBound <= $1.range.lowerBound }
        var result: [HedgeClause] = []
        for span in spans {
            for range in span.clauses {
                let shifted = (range.lowerBound + span.offset)..<(range.upperBound + span.offset)
                guard searched else {
                    result.append(
                        HedgeClause(range: shifted, cues: cues.filter { shifted.contains($0.range.lowerBound) }))
                    continue
                }
                let first = cues.partitionPoint { $0.range.lowerBound < shifted.lowerBound }
                let end = cues[first...].partitionPoint { $0.range.lowerBound < shifted.upperBound }
                result.append(HedgeClause(range: shifted, cues: Array(cues[first..<end])))
            }
        }
        return result
    }
}
