import ArticleLoading
import Testing

@testable import CopydeskCore

/// Whether a sentence has evidence, and its markers, answered without making its evidence list,
/// are what the list says.
@Suite struct EvidenceFastPathTests {
    static let articles = [
        """
        A 2022 review found lower inflammation.[^r] The review also found better sleep. It helped 40% of people.

        Fasting cures diabetes. It also reverses ageing. Studies show it works (Smith et al., 2020).

        According to the World Health Organization, salt raises blood pressure.[1] The CDC reports 1 in 4 adults.

        Vitamin D prevents colds [2, 3] and the trial¹ found fewer infections.² See https://example.org/trial.

        Omega-3 lowers triglycerides, doi: 10.1000/xyz123 and PMID 12345678, per [the paper](https://example.org).

        Researchers at Harvard found [^a] benefits [4–6] in adults³ (Lee and Park (2019)).

        Coffee may protect the liver. Nothing here is cited. [the guide](https://example.org/guide) says so.

        [^r]: Espeland D. 2022.
        [^a]: Harvard study. 2021.
        """,
        "Plain text with no evidence at all. None here either.",
        """
        <p>Exercise improves mood.<sup>1</sup> The <a href="https://who.int">WHO</a> advises activity.</p>
        <p>Sleep matters [7]. Dr. Smith said so.</p>
        """,
    ]

    func load(_ text: String) throws -> Article {
        let format: ArticleFormat = text.hasPrefix("<p>") ? .html : .markdown
        return try ArticleLoader().load(path: "evidence-fast-path", bytes: Array(text.utf8), format: format)
    }

    @Test(arguments: articles)
    func hasEvidenceAndMarkersMatchTheList(_ text: String) throws {
        let article = try load(text)
        let finder = EvidenceFinder()
        var full = LazyEvidenceCoverage(article: article, scope: .sentence, finder: finder)
        var fast = LazyEvidenceCoverage(article: article, scope: .sentence, finder: finder)
        var markersFirst = LazyEvidenceCoverage(article: article, scope: .sentence, finder: finder)
        var found = 0
        for index in article.sentences.indices {
            let evidence = full.evidence(ofSentenceAt: index)
            #expect(fast.hasEvidence(sentenceAt: index) == !evidence.isEmpty)
            // Known to have some evidence, its list not made, then the markers, then the list.
            #expect(fast.markerEvidence(ofSentenceAt: index) == evidence.filter(\.kind.isMarker))
            #expect(fast.evidence(ofSentenceAt: index) == evidence)
            // The markers before anything else is known.
            #expect(markersFirst.markerEvidence(ofSentenceAt: index) == evidence.filter(\.kind.isMarker))
            #expect(markersFirst.hasEvidence(sentenceAt: index) == !evidence.isEmpty)
            // The markers once the list is known.
            #expect(full.markerEvidence(ofSentenceAt: index) == evidence.filter(\.kind.isMarker))
            found += evidence.isEmpty ? 0 : 1
        }
        if text.contains("[") { #expect(found > 0) }
    }

    @Test(arguments: articles, [CitationSettings.Scope.sentence, .paragraph])
    func coverageIsTheSameAskedForMarkersFirst(_ text: String, scope: CitationSettings.Scope) throws {
        let article = try load(text)
        let plain = EvidenceCoverage(article: article, scope: scope)
        let markersFirst = EvidenceCoverage(article: article, scope: scope)
        for index in article.sentences.indices { _ = markersFirst.markerEvidence(ofSentenceAt: index) }
        let indices = Array(article.sentences.indices)
        #expect(indices.map(markersFirst.isCited(sentenceAt:)) == indices.map(plain.isCited(sentenceAt:)))
        #expect(markersFirst.markerEvidence(ofSentenceAt: -1).isEmpty)
        #expect(markersFirst.markerEvidence(ofSentenceAt: indices.count).isEmpty)
    }

    /// The texts `identifiers` passes over for links and DOIs hold neither a `/` nor "www.".
    @Test(arguments: [
        "", "w", "ww", "www", "www.", "a www.b", "wwww", "ww.w.", "x/", "/", "no slash here", "see www.example.org",
        "https://example.org", "doi 10.1000/xyz", "wow, www", "www.\u{E9}", "\u{E9}www.", "w w w .", "aw ww.",
    ])
    func linkOrDOIPrefilter(_ text: String) {
        let expected = text.contains("/") || text.contains("www.")
        #expect(EvidenceFinder.mayHoldLinkOrDOI(SentenceBytes(Array(text.utf8))) == expected)
        if !expected {
            #expect(!EvidenceFinder().evidence(inText: text).contains { $0.kind == .link })
        }
    }
}
