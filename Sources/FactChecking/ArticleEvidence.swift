import CopydeskCore
import Foundation

/// Where an article cites its sources: citation markers and links by block, reference entries by label.
struct ArticleEvidence: Sendable {
    private var markers: [Int: [(offset: Int, label: String)]] = [:]
    private var links: [Int: [Range<Int>]] = [:]
    private var references: [String: [ReferenceEntry]] = [:]
    let scope: CitationSettings.Scope

    init(article: Article, scope: CitationSettings.Scope) {
        self.scope = scope
        for marker in article.citationMarkers {
            markers[marker.blockIndex, default: []].append((marker.textOffset, marker.label))
        }
        for link in article.links {
            guard let block = link.blockIndex, let range = link.textRange else { continue }
            links[block, default: []].append(range)
        }
        for entry in article.references { references[Self.key(entry.label), default: []].append(entry) }
    }

    static func key(_ label: String) -> String {
        label.lowercased().trimmingCharacters(in: .init(charactersIn: "^[] "))
    }

    /// Whether the sentence is cited, and the labels of its markers. A marker right after the
    /// sentence counts (`…rate.[^1]`); with `scope: paragraph` any citation in the block does.
    func citation(for sentence: Sentence, in article: Article) -> (cited: Bool, labels: [String]) {
        let range = sentence.textRange
        let whole = scope == .paragraph
        let labels = (markers[sentence.blockIndex] ?? []).filter { marker in
            whole || (marker.offset >= range.lowerBound && marker.offset <= range.upperBound + 1)
        }.map(\.label)
        if !labels.isEmpty { return (true, labels) }
        if (links[sentence.blockIndex] ?? []).contains(where: { whole || $0.overlaps(range) }) { return (true, []) }
        let text = whole ? article.blocks[sentence.blockIndex].text : sentence.text
        return (Self.hasCitationText(text), [])
    }

    /// The reference entries a set of marker labels points at.
    func entries(for labels: [String]) -> [ReferenceEntry] {
        labels.flatMap { references[Self.key($0)] ?? [] }
    }

    /// Citation text written into the prose: a URL, a DOI, an author-year or a numbered reference.
    static func hasCitationText(_ text: String) -> Bool {
        let lower = text.lowercased()
        if lower.contains("http://") || lower.contains("https://") || lower.contains("www.") || lower.contains("doi")
            || lower.contains("et al")
        {
            return true
        }
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "[") {
            var next = index + 1
            while next < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[next]) { next += 1 }
            if next > index + 1, next < bytes.count,
                [UInt8(ascii: "]"), UInt8(ascii: ","), UInt8(ascii: "-")].contains(
                    bytes[next])
            {
                return true
            }
        }
        return false
    }
}
