import Foundation

/// Which of an article's sentences a citation covers, under the policy's citation scope.
///
/// `sentence` scope: a sentence is covered by its own evidence, or when it continues a covered
/// sentence through an anaphor ("The study also found…", "It is especially important…").
/// `paragraph` scope: any evidence in a block covers every sentence of the block.
///
/// Worked out on demand and kept: the readers ask about claim sentences only, so evidence is
/// looked for in those, the sentences they continue and, under `paragraph` scope, their
/// paragraphs, not in every sentence of the article. Copies share what is known.
public struct EvidenceCoverage: Sendable {
    public let scope: CitationSettings.Scope
    private let state: State

    /// The lazy coverage behind a lock, so copies in several readers share it.
    private final class State: @unchecked Sendable {
        let lock = MemoLock()
        /// Read and written only under `lock`, so the runtime's exclusivity checks (a call
        /// each access, for every sentence asked about) are left out.
        @exclusivity(unchecked) var coverage: LazyEvidenceCoverage

        init(_ coverage: LazyEvidenceCoverage) {
            self.coverage = coverage
        }
    }

    public init(article: Article, scope: CitationSettings.Scope = .sentence, finder: EvidenceFinder = EvidenceFinder())
    {
        self.scope = scope
        state = State(LazyEvidenceCoverage(article: article, scope: scope, finder: finder))
    }

    /// The coverage of an article under a policy's citation settings (scope and named sources),
    /// worked out once per article: the citation checks, custom rules and the claim ledger share it.
    package static func of(_ article: Article, settings: CitationSettings) -> EvidenceCoverage {
        memo.value(for: article, key: settings) {
            EvidenceCoverage(article: article, scope: settings.scope, finder: EvidenceFinder(settings: settings.common))
        }
    }

    private static let memo = ArticleMemo<CitationSettings, EvidenceCoverage>()

    /// Whether the sentence at `index` of `Article.sentences` is supported.
    public func isCited(sentenceAt index: Int) -> Bool {
        state.lock.lock()
        defer { state.lock.unlock() }
        return state.coverage.isCited(sentenceAt: index)
    }

    /// The sentence's own evidence (`index` into `Article.sentences`; none outside it).
    public func evidence(ofSentenceAt index: Int) -> [Evidence] {
        state.lock.lock()
        defer { state.lock.unlock() }
        guard index >= 0 && index < state.coverage.article.sentences.count else { return [] }
        return state.coverage.evidence(ofSentenceAt: index)
    }

    /// The markers among the sentence's own evidence (`Evidence.Kind.isMarker`), in the order of
    /// `evidence(ofSentenceAt:)`: the labels that point at reference entries, found without
    /// reading the sentence for the other kinds unless its evidence is already known.
    public func markerEvidence(ofSentenceAt index: Int) -> [Evidence] {
        state.lock.lock()
        defer { state.lock.unlock() }
        guard index >= 0 && index < state.coverage.article.sentences.count else { return [] }
        return state.coverage.markerEvidence(ofSentenceAt: index)
    }

    enum Continuation {
        case none
        /// Opens with a pronoun: "It", "They", "These".
        case pronoun
        /// Opens by naming the source again: "The study", "The researchers".
        case studyReference
    }

    static func continuation(of sentence: String) -> Continuation {
        continuation(of: TextScan(sentence))
    }

    static func continuation(of scan: TextScan) -> Continuation {
        continuation(of: scan.words)
    }

    /// The continuation of a sentence read (`SentenceText.all(in:)`), without making a `TextScan` of it.
    static func continuation(of text: SentenceText) -> Continuation {
        continuation(of: text.words)
    }

    /// - Parameter words: the sentence's words (`TextScan.words`); a word past the end reads as "".
    private static func continuation(of words: SentenceWords) -> Continuation {
        let first = words.isEmpty ? "" : words[0]
        // One lookup rules out the sentences that open with neither list's words (most of them).
        guard openers.contains(first) else { return .none }
        if isDeterminer(first) && EvidenceCoverage.sourceReferences.contains(words.count > 1 ? words[1] : "") {
            return .studyReference
        }
        return isPronoun(first) ? .pronoun : .none
    }

    /// Every word of `isDeterminer` and `isPronoun`.
    private static let openers: WordSet = [
        "the", "this", "that", "these", "those", "such", "both", "each", "it", "they", "their", "its",
    ]

    /// Words that open a reference back to a source: "the study", "these researchers".
    /// (A `switch`, not an array literal: this is asked of every claim sentence.)
    private static func isDeterminer(_ word: String) -> Bool {
        switch word {
        case "the", "this", "that", "these", "those", "such", "both", "each": true
        default: false
        }
    }

    /// Words that open a sentence leaning on the one before: "It", "They", "These".
    private static func isPronoun(_ word: String) -> Bool {
        switch word {
        case "it", "they", "this", "these", "those", "such", "both", "their", "its": true
        default: false
        }
    }

    static let sourceReferences: WordSet = [
        "study", "studies", "trial", "trials", "review", "reviews", "researchers", "authors", "results", "findings",
        "data", "team", "investigators", "analysis", "survey", "report", "same", "paper", "meta-analysis",
        "participants", "scientists", "experts", "agency", "organization", "organisation", "institute", "group",
        "guidance", "guidelines", "committee", "panel", "cohort", "work", "evidence", "figures", "statistics",
    ]
}

/// Coverage worked out on demand: evidence is looked for only in the sentences a question needs
/// (the claim, the sentence it continues, its paragraph under `paragraph` scope).
package struct LazyEvidenceCoverage {
    let article: Article
    let scope: CitationSettings.Scope
    let finder: EvidenceFinder
    /// Each block's citation markers sorted by their offset in its text, and its links that have
    /// a place in its text in text order (`EvidenceFinder.positioned`), for the blocks asked about.
    private var markers: BlockGroups<CitationMarker>
    private var links: BlockGroups<Link>
    private let texts: [SentenceText]
    /// Each sentence's own evidence, for the sentences asked about, kept in `evidenceLists` at
    /// the place `evidenceSlot` gives (`unknown`: not worked out yet; `noEvidence`: none, most
    /// sentences, not kept; `someEvidence`: some, its list not made). A table of optional arrays, one entry per sentence, cost a generic copy to fill
    /// and a generic destroy to free per entry.
    private var evidenceSlot: [Int32]
    private var evidenceLists: [[Evidence]] = []
    /// What is known so far, indexed like `Article.sentences` (nil: not worked out yet).
    private var covered: [Bool?]
    private var blockEvidence: [Int: Bool] = [:]

    package init(article: Article, scope: CitationSettings.Scope, finder: EvidenceFinder) {
        self.article = article
        self.scope = scope
        self.finder = finder
        texts = SentenceText.all(in: article)
        let sentences = article.sentences.count
        evidenceSlot = .filled(with: Self.unknown, count: sentences)
        covered = .filled(with: nil, count: sentences)
        // Markers and links of blocks the article does not have are never asked for.
        let blocks = article.blocks.count
        markers = BlockGroups(article.citationMarkers, blocks: blocks) { $0.blockIndex }
        links = BlockGroups(article.links, blocks: blocks) { $0.blockIndex ?? -1 }
    }

    package mutating func evidence(ofSentenceAt index: Int) -> [Evidence] {
        let slot = evidenceSlot[index]
        if slot >= 0 { return evidenceLists[Int(slot)] }
        if slot == Self.noEvidence { return [] }
        let place = place(ofSentenceAt: index)
        let evidence = article.sentences.withUnsafeBufferPointer { sentences in
            finder.evidence(
                for: sentences[index], in: article, markers: place.markers, links: place.links,
                text: TextScan(texts[index]))
        }
        if evidence.isEmpty {
            evidenceSlot[index] = Self.noEvidence
            return evidence
        }
        evidenceSlot[index] = Int32(evidenceLists.count)
        evidenceLists.append(evidence)
        return evidence
    }

    /// `!evidence(ofSentenceAt: index).isEmpty`, without making the list when it is not known
    /// (`EvidenceFinder.hasEvidence`): coverage asks only whether a sentence has evidence.
    package mutating func hasEvidence(sentenceAt index: Int) -> Bool {
        let slot = evidenceSlot[index]
        if slot >= 0 || slot == Self.someEvidence { return true }
        if slot == Self.noEvidence { return false }
        let place = place(ofSentenceAt: index)
        // The sentence's place read in place, not the sentence copied (see `SentencePlace`).
        let sentence = article.sentences.withUnsafeBufferPointer { EvidenceFinder.SentencePlace(at: index, in: $0) }
        let found = finder.hasEvidence(
            for: sentence, in: article, markers: place.markers, links: place.links, text: TextScan(texts[index]))
        evidenceSlot[index] = found ? Self.someEvidence : Self.noEvidence
        return found
    }

    /// The markers of `evidence(ofSentenceAt: index)`, in its order (`EvidenceFinder.markerEvidence`
    /// unless the list is known).
    package mutating func markerEvidence(ofSentenceAt index: Int) -> [Evidence] {
        let slot = evidenceSlot[index]
        if slot >= 0 { return evidenceLists[Int(slot)].filter(\.kind.isMarker) }
        if slot == Self.noEvidence { return [] }
        let place = place(ofSentenceAt: index)
        return article.sentences.withUnsafeBufferPointer { sentences in
            finder.markerEvidence(
                for: sentences[index], in: article, markers: place.markers, links: place.links,
                text: TextScan(texts[index]))
        }
    }

    /// The block markers and placed links (`EvidenceFinder.positioned`) of the sentence at
    /// `index`: what the finder looks for its evidence in, with the sentence and its text read.
    /// The callers hand the finder the sentence in place and its text read as a temporary: a
    /// place holding a copy of the sentence retained its strings and released them, for every
    /// sentence looked at.
    @inline(__always)
    private mutating func place(ofSentenceAt index: Int) -> (markers: [CitationMarker], links: [Link]) {
        let block = article.sentences[index].blockIndex
        return (
            markers.items(ofBlock: block, in: article.citationMarkers, by: \.textOffset),
            links.items(
                ofBlock: block, in: article.links, where: { $0.textRange != nil }, by: { $0.textRange!.lowerBound })
        )
    }

    /// `evidenceSlot` of a sentence not looked at yet.
    private static let unknown: Int32 = -1
    /// `evidenceSlot` of a sentence without evidence (most sentences; nothing kept).
    private static let noEvidence: Int32 = -2
    /// `evidenceSlot` of a sentence known to have evidence whose list was not made.
    private static let someEvidence: Int32 = -3

    package mutating func isCited(sentenceAt index: Int) -> Bool {
        guard index >= 0 && index < article.sentences.count else { return false }
        if let known = covered[index] { return known }
        // The sentences this one may lean on are settled first, oldest first, so `decide` finds
        // the previous sentence's answer known and a long run of continuations ("It… They…")
        // is worked through in a loop, not a recursion as deep as the run.
        var start = index
        while start > 0, covered[start - 1] == nil,
            EvidenceCoverage.continuation(of: texts[start]) != .none
        {
            start -= 1
        }
        for position in start...index where covered[position] == nil {
            covered[position] = decide(position)
        }
        return covered[index]!
    }

    private mutating func decide(_ index: Int) -> Bool {
        // The sentences' blocks read in place: a sentence copied out retained its strings.
        let block = article.sentences[index].blockIndex
        if hasEvidence(sentenceAt: index) { return true }
        if scope == .paragraph && blockHasEvidence(block) { return true }
        let continuation = EvidenceCoverage.continuation(of: texts[index])
        guard continuation != .none, index > 0 else { return false }
        let previousBlock = article.sentences[index - 1].blockIndex
        let sameBlock = previousBlock == block
        let nextBlock =
            continuation == .studyReference && previousBlock == block - 1
            && article.blocks[previousBlock].isLintable && !article.blocks[previousBlock].isHeading
        return (sameBlock || nextBlock) && isCited(sentenceAt: index - 1)
    }

    private mutating func blockHasEvidence(_ block: Int) -> Bool {
        if let known = blockEvidence[block] { return known }
        var found = false
        let range = article.sentences.indices
        let lower = article.sentences.partitionPoint { $0.blockIndex < block }
        for index in lower..<range.upperBound where article.sentences[index].blockIndex == block {
            if hasEvidence(sentenceAt: index) {
                found = true
                break
            }
        }
        blockEvidence[block] = found
        return found
    }
}

/// An article's items (citation markers, links) grouped by block, and a block's sorted list
/// made when it is asked for.
///
/// The items' indices sit grouped by block (in article order within a block) in one flat
/// table, `order`, and `ends[b]` is where block `b`'s run ends (it starts where block `b - 1`'s
/// ends): most blocks hold no claim, and an array for each block cost an allocation to fill
/// and a release to free, block after block. An article without items gets no table.
///
/// The last block's sorted list is kept: the sentences of a block are asked about one after
/// another (each sentence's evidence is looked for once), so a table of every block's list
/// only added its allocations and their releases. A block asked about again after another
/// gets its list made again, the same list.
private struct BlockGroups<Item> {
    private let order: [Int32]
    private let ends: [Int32]
    private var listBlock = -1
    private var list: [Item] = []

    /// Groups the indices of `items` whose block (`block(item)`) is one of the article's
    /// `blocks` (a counting sort).
    init(_ items: [Item], blocks: Int, by block: (Item) -> Int) {
        guard !items.isEmpty, blocks > 0 else {
            order = []
            ends = []
            return
        }
        // Each block's count, then where its run starts; placing an item moves its block's
        // start past it, so each start ends where the block's run ends.
        var ends = [Int32].filled(with: 0, count: blocks)
        var grouped = 0
        // By index, each item read in place: iterated, every item (a link holds strings) was
        // copied and destroyed, twice.
        for position in items.indices {
            let index = block(items[position])
            guard index >= 0 && index < blocks else { continue }
            ends[index] += 1
            grouped += 1
        }
        var start: Int32 = 0
        for index in 0..<blocks { (ends[index], start) = (start, start + ends[index]) }
        var order = [Int32].filled(with: 0, count: grouped)
        for position in items.indices {
            let index = block(items[position])
            guard index >= 0 && index < blocks else { continue }
            order[Int(ends[index])] = Int32(position)
            ends[index] += 1
        }
        self.order = order
        self.ends = ends
    }

    /// The block's items of `all` (the items grouped) that `keep` keeps, sorted by `key`.
    @inline(__always)
    mutating func items<Key: Comparable>(
        ofBlock block: Int, in all: [Item], where keep: (Item) -> Bool = { _ in true }, by key: (Item) -> Key
    ) -> [Item] {
        guard block >= 0 && block < ends.count else { return [] }
        // Most blocks hold none: nothing is kept for them.
        let range = Int(block > 0 ? ends[block - 1] : 0)..<Int(ends[block])
        guard !range.isEmpty else { return [] }
        if block == listBlock { return list }
        var sorted: [Item] = []
        sorted.reserveCapacity(range.count)
        for position in order[range] where keep(all[Int(position)]) { sorted.append(all[Int(position)]) }
        sorted.sort { key($0) < key($1) }
        (listBlock, list) = (block, sorted)
        return sorted
    }
}
