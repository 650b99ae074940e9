import CopydeskCore
import Foundation

/// Where an article cites its sources: which sentences a citation covers (the shared
/// `EvidenceCoverage`, under the policy's citation scope), the marker labels of each sentence,
/// and the reference entries by label.
struct ArticleEvidence: Sendable {
    let coverage: EvidenceCoverage
    private var references: [String: [ReferenceEntry]] = [:]

    init(article: Article, policy: Policy) {
        coverage = EvidenceCoverage.of(article, settings: policy.checks.citations)
        for entry in article.references { references[Self.key(entry.label), default: []].append(entry) }
    }

    static func key(_ label: String) -> String {
        label.lowercased().trimmingCharacters(in: .init(charactersIn: "^[] "))
    }

    /// Whether the sentence at `index` of `Article.sentences` is cited, and the labels of its own markers.
    func citation(forSentenceAt index: Int) -> (cited: Bool, labels: [String]) {
        let labels = (index < coverage.evidence.count ? coverage.evidence[index] : []).compactMap { evidence in
            switch evidence.kind {
            case .footnote, .numberedMarker, .superscript: evidence.detail
            default: nil
            }
        }
        return (coverage.isCited(sentenceAt: index), labels)
    }

    /// The reference entries a set of marker labels points at.
    func entries(for labels: [String]) -> [ReferenceEntry] {
        labels.flatMap { references[Self.key($0)] ?? [] }
    }
}
