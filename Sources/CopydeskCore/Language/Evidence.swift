/// Something in or at a sentence that tells the reader where a claim comes from.
public struct Evidence: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A footnote reference (`[^who]`).
        case footnote
        /// A numbered marker: a parsed `[1]`, or `[1]`, `[1,2]`, `[1–3]` left in the text.
        case numberedMarker = "numbered-marker"
        /// A superscript reference (`<sup>1</sup>`, `¹`).
        case superscript
        /// `(Smith et al., 2019)`, `Smith and Jones (2020)`.
        case authorYear = "author-year"
        /// A link in the sentence, or a URL written out.
        case link
        /// A named source: "according to the World Health Organization", "the CDC reports".
        case namedSource = "named-source"
        case doi
        case pmid

        /// A footnote, a numbered marker or a superscript: a label that points at a reference entry.
        public var isMarker: Bool {
            switch self {
            case .footnote, .numberedMarker, .superscript: true
            default: false
            }
        }
    }

    public var kind: Kind
    /// UTF-8 byte range in the sentence's text; empty where a marker stands (markers are not text).
    public var range: Range<Int>
    /// The marker label, the URL, the DOI or PMID, or the source as written.
    public var detail: String

    public init(kind: Kind, range: Range<Int>, detail: String) {
        self.kind = kind
        self.range = range
        self.detail = detail
    }
}

/// Finds evidence in a sentence's text and in the article's markers and links.
public struct EvidenceFinder: Sendable {
    let sources: PhraseMatcher
    /// Named sources as the lexicon spells them, for a case-sensitive check.
    let sourceSpellings: Set<String>
    /// Which words may start a named source written as one of `sourceSpellings` (see
    /// `SourceStarts`): a sentence without one is not searched for the list's phrases.
    let sourceStarts: SourceStarts

    /// - Parameter namedSources: organisations and journals that count as named wherever they are
    ///   mentioned, spelled with their capitals (`WHO` does not match `who`).
    public init(namedSources: [String] = EvidenceFinder.builtInNamedSources) {
        sources = PhraseMatcher(namedSources)
        sourceSpellings = Set(namedSources.map(EvidenceFinder.spelling))
        sourceStarts = SourceStarts(namedSources, spellings: sourceSpellings)
    }

    /// The built-in list with the policy's `named-sources` edits applied.
    public init(settings: GroupSettings) {
        if let built = Self.built.value(for: settings) {
            self = built
            return
        }
        self.init(namedSources: settings.lexicon("named-sources", EvidenceFinder.builtInNamedSources))
        Self.built.store(self, for: settings)
    }

    /// Evidence written in the text: bracketed numbers, superscript digits, author-year,
    /// URLs, DOI, PMID and named sources.
    public func evidence(inText text: String) -> [Evidence] {
        evidence(in: TextScan(text))
    }

    func evidence(in scan: TextScan) -> [Evidence] {
        // Most sentences hold no evidence, and most of the rest one kind: the lists are joined
        // and sorted only when two of them hold something.
        var found = bracketMarkers(scan)
        Self.join(superscripts(scan), to: &found)
        Self.join(authorYear(scan), to: &found)
        Self.join(identifiers(scan), to: &found)
        Self.join(namedSources(scan), to: &found)
        return Self.sorted(found)
    }

    /// `found += more`, taking `more` as it is when `found` is empty.
    @inline(__always)
    private static func join(_ more: [Evidence], to found: inout [Evidence]) {
        if found.isEmpty {
            found = more
        } else if !more.isEmpty {
            found += more
        }
    }

    /// Everything that supports one of the article's sentences: its text evidence, the citation
    /// markers that stand in or right after it, and the links inside it.
    public func evidence(for sentence: Sentence, in article: Article) -> [Evidence] {
        evidence(
            for: sentence, in: article,
            markers: article.citationMarkers.filter { $0.blockIndex == sentence.blockIndex },
            links: Self.positioned(article.links.filter { $0.blockIndex == sentence.blockIndex }),
            text: TextScan(sentence.text))
    }

    /// The same, given the markers and links of the sentence's block, each sorted by position
    /// (as `Article` keeps them). Both are found by binary search, so a paragraph of thousands
    /// of sentences and markers costs no more per sentence than a short one.
    /// - Parameter text: the sentence's text, read.
    func evidence(
        for sentence: Sentence, in article: Article, markers: [CitationMarker], links: [Link], text: TextScan
    ) -> [Evidence] {
        var found = evidence(in: text)
        placedEvidence(for: sentence, in: article, markers: markers, links: links, into: &found)
        return Self.sorted(found)
    }

    /// What `placedEvidence` reads of a sentence: its block, its range in the block's text and
    /// its length. Read in place from the article's sentences (`SentencePlace(at:in:)`), a
    /// reader hands the finder these instead of a copy of the sentence, which retained its
    /// text and released it, for every sentence asked about.
    struct SentencePlace {
        let blockIndex: Int
        let textRange: Range<Int>
        /// `text.utf8.count`.
        let length: Int

        init(_ sentence: Sentence) {
            blockIndex = sentence.blockIndex
            textRange = sentence.textRange
            length = sentence.text.utf8.count
        }

        /// The place of `sentences[index]`, its fields read where they lie.
        @inline(__always)
        init(at index: Int, in sentences: UnsafeBufferPointer<Sentence>) {
            blockIndex = sentences[index].blockIndex
            textRange = sentences[index].textRange
            length = sentences[index].text.utf8.count
        }
    }

    /// Whether `evidence(for:in:markers:links:text:)` finds anything for the sentence at
    /// `sentence`, answered without making the list: the markers and links placed in the sentence
    /// first (binary searches), then the kinds written in the text, cheapest first, up to the
    /// first found. A cited sentence is mostly answered by its marker, before its words are read
    /// for named sources and identifiers.
    func hasEvidence(
        for sentence: SentencePlace, in article: Article, markers: [CitationMarker], links: [Link], text: TextScan
    ) -> Bool {
        var placed: [Evidence] = []
        placedEvidence(for: sentence, in: article, markers: markers, links: links, into: &placed)
        return !placed.isEmpty || !bracketMarkers(text).isEmpty || !superscripts(text).isEmpty
            || !authorYear(text).isEmpty || !identifiers(text).isEmpty || !namedSources(text).isEmpty
    }

    /// The evidence of `evidence(for:in:markers:links:text:)` that is a marker (a footnote, a
    /// numbered marker or a superscript), in the same order, found without reading the text
    /// for the other kinds (none of them is a marker).
    func markerEvidence(
        for sentence: Sentence, in article: Article, markers: [CitationMarker], links: [Link], text: TextScan
    ) -> [Evidence] {
        // The full list is the text's kinds in the order `evidence(in:)` joins them, then the
        // placed ones, sorted stably: leaving out kinds that are no marker keeps the others' order.
        var found = bracketMarkers(text)
        Self.join(superscripts(text), to: &found)
        placedEvidence(for: sentence, in: article, markers: markers, links: links, into: &found)
        return Self.sorted(found.filter(\.kind.isMarker))
    }

    /// `found` sorted by range, stably, as every evidence list is.
    private static func sorted(_ found: [Evidence]) -> [Evidence] {
        guard found.count > 1 else { return found }
        return found.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
    }

    /// Appends the citation markers that stand in or right after the sentence and the links
    /// inside it, in that order.
    private func placedEvidence(
        for sentence: Sentence, in article: Article, markers: [CitationMarker], links: [Link],
        into found: inout [Evidence]
    ) {
        placedEvidence(for: SentencePlace(sentence), in: article, markers: markers, links: links, into: &found)
    }

    private func placedEvidence(
        for sentence: SentencePlace, in article: Article, markers: [CitationMarker], links: [Link],
        into found: inout [Evidence]
    ) {
        let block = article.sentences(inBlock: sentence.blockIndex)
        let base = sentence.textRange.lowerBound
        let length = sentence.length
        // A marker belongs to the last sentence that starts before it (see `owner`): this one
        // owns offsets in (its start, the next sentence's start], and the block's first
        // sentence also owns those at or before its start.
        let position = block.partitionPoint { $0.textRange.lowerBound < base }
        let isFirst = position == block.startIndex
        let next = block.index(after: position)
        let ownedUpTo = next < block.endIndex ? block[next].textRange.lowerBound : Int.max
        let firstMarker = isFirst ? markers.startIndex : markers.partitionPoint { $0.textOffset <= base }
        for marker in markers[firstMarker...] {
            if marker.textOffset > ownedUpTo { break }
            guard marker.blockIndex == sentence.blockIndex else { continue }
            let offset = max(0, min(marker.textOffset - base, length))
            let kind: Evidence.Kind =
                switch marker.style {
                case .footnote: .footnote
                case .numbered: .numberedMarker
                case .superscript: .superscript
                }
            found.append(Evidence(kind: kind, range: offset..<offset, detail: marker.label))
        }
        // Links in a block do not overlap, so their ends are sorted like their starts.
        let firstLink = links.partitionPoint {
            ($0.textRange?.upperBound ?? Int.min) <= base && $0.textRange?.lowerBound != base
        }
        for link in links[firstLink...] {
            guard let range = link.textRange else { continue }
            if range.lowerBound >= sentence.textRange.upperBound && range.lowerBound != base { break }
            guard link.blockIndex == sentence.blockIndex, range.overlaps(sentence.textRange) || range.lowerBound == base
            else { continue }
            let lower = max(0, range.lowerBound - base)
            let upper = max(lower, min(range.upperBound - base, length))
            found.append(Evidence(kind: .link, range: lower..<upper, detail: link.url))
        }
    }

    /// Links that have a place in their block's text, in text order.
    static func positioned(_ links: [Link]) -> [Link] {
        links.filter { $0.textRange != nil }.sorted { $0.textRange!.lowerBound < $1.textRange!.lowerBound }
    }

    /// The sentence a marker at `offset` of the block's text belongs to: the last one that starts
    /// before it, so a marker after a full stop (`rare.[^cdc] It…`) belongs to the sentence it ends.
    static func owner(of offset: Int, among sentences: ArraySlice<Sentence>) -> Sentence? {
        var owner = sentences.first
        for sentence in sentences where sentence.textRange.lowerBound < offset { owner = sentence }
        return owner
    }

    static func spelling(_ phrase: String) -> String {
        Words.folded(phrase.split(whereSeparator: { $0 == " " }).joined(separator: " "))
    }
}
