import CopydeskCore
import Foundation

/// Where an article cites its sources: which sentences a citation covers (the shared
/// `EvidenceCoverage`, under the policy's citation scope), the marker labels of each sentence,
/// and the reference entries by label.
struct ArticleEvidence: Sendable {
    let coverage: EvidenceCoverage
    /// The article's reference entries, looked through when they are few (most articles list
    /// a handful, and most never have their entries asked for: a table by key cost a
    /// dictionary and an array per key to make and to free, article after article).
    private let references: [ReferenceEntry]
    /// The entries by key, when there are more than `scannedReferences` (else empty).
    private var byKey: [String: [ReferenceEntry]] = [:]

    /// Up to how many reference entries `entries(for:)` compares keys instead of looking them up.
    static let scannedReferences = 16

    /// - Parameter settings: the policy's citation settings (`policy.checks.citations`).
    init(article: Article, settings: CitationSettings) {
        coverage = EvidenceCoverage.of(article, settings: settings)
        references = article.references
        guard references.count > Self.scannedReferences else { return }
        byKey.reserveCapacity(references.count)
        for entry in references { byKey[Self.key(entry.label), default: []].append(entry) }
    }

    static func key(_ label: String) -> String {
        // Most labels are their own key: lowercase ASCII, nothing to trim.
        if let isKey = label.utf8.withContiguousStorageIfAvailable(isOwnKey), isKey { return label }
        let bytes = Array(label.utf8)
        guard ByteSearch.isASCII(bytes) else { return label.lowercased().trimmingCharacters(in: Self.keyTrimmed) }
        // ASCII: the same folding and trimming on bytes.
        guard let lower = bytes.firstIndex(where: { !isTrimmedByte($0) }),
            let upper = bytes.lastIndex(where: { !isTrimmedByte($0) })
        else { return "" }
        return String(
            decoding: bytes[lower...upper].map { ASCII.lowercased($0) }, as: UTF8.self)
    }

    /// Whether `key` returns the label as it is: ASCII with no capital, neither end trimmed.
    static func isOwnKey(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last, !isTrimmedByte(first), !isTrimmedByte(last) else {
            return false
        }
        return bytes.allSatisfy { $0 < 0x80 && $0 &- UInt8(ascii: "A") >= 26 }
    }

    private static func isTrimmedByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "^") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: " ")
    }

    private static let keyTrimmed = CharacterSet(charactersIn: "^[] ")

    /// Whether the sentence at `index` of `Article.sentences` is cited.
    func isCited(sentenceAt index: Int) -> Bool {
        coverage.isCited(sentenceAt: index)
    }

    /// The labels of the sentence's own citation markers. A sentence with one is cited
    /// (`isCited`: its own evidence covers it), so they are asked for only of a cited sentence,
    /// and only by the rule that reads them (most claims are not looked up for markers).
    func labels(ofSentenceAt index: Int) -> [String] {
        coverage.markerEvidence(ofSentenceAt: index).map(\.detail)
    }

    /// The reference entries a set of marker labels points at.
    func entries(for labels: [String]) -> [ReferenceEntry] {
        guard references.count <= Self.scannedReferences else { return labels.flatMap { byKey[Self.key($0)] ?? [] } }
        // Each label's entries in article order, as the table keeps them.
        var found: [ReferenceEntry] = []
        for label in labels {
            let key = Self.key(label)
            for entry in references where Self.key(entry.label) == key { found.append(entry) }
        }
        return found
    }
}
