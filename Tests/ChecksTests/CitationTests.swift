import ArticleLoading
import CopydeskCore
import Testing

@testable import Checks

private func load(_ text: String, format: ArticleFormat = .markdown) throws -> Article {
    try ArticleLoader().load(path: "citation-test", bytes: Array(text.utf8), format: format)
}

private func findings(
    _ type: any Check.Type, in text: String, format: ArticleFormat = .markdown, policy: Policy = Policy()
) throws -> [Finding] {
    type.init(policy: policy).findings(in: try load(text, format: format))
}

/// The text a byte range covers.
private func slice(_ text: String, _ range: Range<Int>) -> String {
    String(decoding: Array(text.utf8)[range], as: UTF8.self)
}

// MARK: - Evidence in the text

@Test(arguments: [
    ("Most side effects are mild [1].", Evidence.Kind.numberedMarker, "[1]"),
    ("Most side effects are mild [1,2].", .numberedMarker, "[1,2]"),
    ("Most side effects are mild [1–3].", .numberedMarker, "[1–3]"),
    ("Most side effects are mild.¹", .superscript, "¹"),
    ("Statins lower cholesterol (Collins et al., 2016).", .authorYear, "(Collins et al., 2016)"),
    ("Smith and Jones (2020) found a 30% drop.", .authorYear, "Smith and Jones (2020)"),
    ("Fish oil did not help (see https://example.org/trial).", .link, "https://example.org/trial"),
    ("The trial is described at doi:10.1001/jama.2018.10359.", .doi, "doi:10.1001"),
    ("The trial is described in 10.1001/jama.2018.10359.", .doi, "10.1001/jama.2018.10359"),
    ("The trial was registered (PMID 30105373).", .pmid, "PMID 30105373"),
    (
        "It affects 1.28 billion adults, according to the World Health Organization.", .namedSource,
        "according to the World Health Organization"
    ),
    ("The CDC reports that 1 in 5 adults has a mental illness.", .namedSource, "CDC"),
    ("A study published in JAMA found lower blood pressure.", .namedSource, "published in JAMA"),
    ("Researchers at Harvard found that ice baths do not speed recovery.", .namedSource, "Researchers at Harvard"),
    ("Dr. Lee, a dermatologist, says stress is a factor.", .namedSource, "Dr. Lee"),
    ("The WHO's data show that 1 in 4 adults is inactive.", .namedSource, "WHO's data"),
    ("The WHO’s data show that 1 in 4 adults is inactive.", .namedSource, "WHO’s data"),
])
func evidenceInText(sentence: String, kind: Evidence.Kind, written: String) {
    let found = EvidenceFinder().evidence(inText: sentence)
    let match = found.first { $0.kind == kind }
    #expect(match.map { slice(sentence, $0.range) } == written, "\(found)")
}

@Test(arguments: [
    "Ketamine has shown promise in treating depression.",
    "Studies show that ice baths speed recovery.",
    "Ice baths are popular in Sri Lanka and Japan.",
    "In a trial of 300 patients in Sri Lanka, the pill lowered blood pressure.",
    "Anxiety Disorders: Ketamine has shown promise.",
    "The window measured 2 m² (about 20 sq ft).",
    "Symptoms improved after 2019 (the year the drug launched).",
])
func noEvidenceInText(sentence: String) {
    #expect(EvidenceFinder().evidence(inText: sentence).isEmpty)
}

@Test func policyAddsNamedSources() {
    var settings = GroupSettings()
    settings.add["named-sources"] = ["Karolinska Institutet"]
    let sentence = "Karolinska Institutet tracked 40,000 adults."
    #expect(EvidenceFinder().evidence(inText: sentence).isEmpty)
    #expect(EvidenceFinder(settings: settings).evidence(inText: sentence).map(\.kind) == [.namedSource])
}

// MARK: - Evidence from the article's markers and links

@Test func footnoteMarkerAtTheEndCoversItsSentenceOnly() throws {
    let article = try load(
        "Serious reactions are rare.[^cdc] Most people recover within a week.\n\n[^cdc]: CDC. 2024.\n")
    let finder = EvidenceFinder()
    let first = finder.evidence(for: article.sentences[0], in: article)
    #expect(first.map(\.kind) == [.footnote])
    #expect(first.map(\.detail) == ["cdc"])
    #expect(finder.evidence(for: article.sentences[1], in: article).isEmpty)
}

@Test func superscriptAndLinkEvidence() throws {
    let text =
        "The pill lowered blood pressure.<sup>1</sup> A [2018 trial](https://doi.org/10.1001/jama.2018.10359) found it.\n"
    let article = try load(text)
    let finder = EvidenceFinder()
    #expect(finder.evidence(for: article.sentences[0], in: article).map(\.kind) == [.superscript])
    let link = finder.evidence(for: article.sentences[1], in: article)
    #expect(link.map(\.kind) == [.link])
    #expect(link.map(\.detail) == ["https://doi.org/10.1001/jama.2018.10359"])
    #expect(link.map { slice(article.sentences[1].text, $0.range) } == ["2018 trial"])
}

// MARK: - Scope

private let scopeArticle = """
    Vitamin C shortens colds.[^1] Zinc lozenges reduce them by a day.

    Echinacea prevents colds in children.

    [^1]: Hemilä H. Vitamin C for preventing and treating the common cold. 2013.

    """

@Test func sentenceScopeLeavesTheNextSentenceUncovered() throws {
    let found = try findings(UnsupportedClaimCheck.self, in: scopeArticle)
    #expect(found.map(\.match) == ["reduce", "prevents"])
    #expect(found.map(\.range.start.line) == [1, 3])
    #expect(found.map(\.range.start.column) == [45, 11])
}

@Test func paragraphScopeCoversTheParagraph() throws {
    var policy = Policy()
    policy.checks.citations.scope = .paragraph
    let found = try findings(UnsupportedClaimCheck.self, in: scopeArticle, policy: policy)
    #expect(found.map(\.match) == ["prevents"])
    let article = try load(scopeArticle)
    let coverage = EvidenceCoverage(article: article, scope: .paragraph)
    #expect(article.sentences.indices.map(coverage.isCited(sentenceAt:)) == [true, true, false])
}

@Test func aSentenceThatContinuesACitedOneIsCovered() throws {
    let text =
        "A 2022 review found lower inflammation.[^r] The review also found better insulin sensitivity.\n\n[^r]: Espeland D. 2022.\n"
    let article = try load(text)
    let coverage = EvidenceCoverage(article: article)
    #expect(article.sentences.indices.map(coverage.isCited(sentenceAt:)) == [true, true])
}

@Test(arguments: [CitationSettings.Scope.sentence, .paragraph])
func coverageIsTheSameWhateverOrderItIsAskedIn(scope: CitationSettings.Scope) throws {
    let text = """
        A 2022 review found lower inflammation.[^r] The review also found better sleep. It helped 40% of people.

        Fasting cures diabetes. It also reverses ageing. Studies show it works (Smith et al., 2020).

        The trial found nothing. See https://example.org/trial for the data. They were 300 adults.

        Coffee prevents cancer in 90% of people. It is also safe.

        [^r]: Espeland D. 2022.
        """
    let article = try load(text)
    let inOrder = EvidenceCoverage(article: article, scope: scope)
    let backwards = EvidenceCoverage(article: article, scope: scope)
    let indices = Array(article.sentences.indices)
    let cited = indices.map(inOrder.isCited(sentenceAt:))
    #expect(indices.reversed().map(backwards.isCited(sentenceAt:)).reversed() == cited)
    #expect(cited.contains(true) && cited.contains(false))
    for index in indices {
        #expect(
            backwards.evidence(ofSentenceAt: index).map(\.range) == inOrder.evidence(ofSentenceAt: index).map(\.range))
    }
    #expect(inOrder.evidence(ofSentenceAt: -1).isEmpty && inOrder.evidence(ofSentenceAt: indices.count).isEmpty)
}

/// The coverage groups the markers and links by block in two flat tables and works out a
/// block's when first asked: each sentence's evidence is the finder's for the whole article,
/// whatever the order of the article's markers and links.
@Test(arguments: [false, true])
func coverageEvidenceIsTheFindersWhateverTheOrderOfMarkersAndLinks(reversed: Bool) throws {
    let text = """
        Fasting cures diabetes.[^a] See [the trial](https://example.org/a) and [data](https://example.org/b).[^b]

        Coffee prevents cancer [1]. It is also safe, says [the WHO](https://who.int).[^a]

        A [link](https://example.org/c) here. And [^b] there.

        [^a]: Smith J. 2020.
        [^b]: Jones K. 2021.
        """
    let article = try load(text)
    var asked = article
    if reversed {
        asked.links.reverse()
        asked.citationMarkers.reverse()
    }
    #expect(article.links.count > 2 && article.citationMarkers.count > 2)
    let coverage = EvidenceCoverage(article: asked)
    let finder = EvidenceFinder()
    for (index, sentence) in article.sentences.enumerated().reversed() {
        #expect(coverage.evidence(ofSentenceAt: index) == finder.evidence(for: sentence, in: article))
    }
}

@Test func aLongRunOfContinuationsIsWorkedThroughWithoutDeepRecursion() throws {
    let text =
        "A 2022 review found lower inflammation.[^r] " + String(repeating: "It also found more. ", count: 20_000)
        + "\n\n[^r]: Espeland D. 2022.\n"
    let article = try load(text)
    let coverage = EvidenceCoverage(article: article)
    #expect(article.sentences.count == 20_001)
    #expect(coverage.isCited(sentenceAt: 20_000))
    #expect(coverage.isCited(sentenceAt: 10_000))
}

// MARK: - Claims, questions, advice

@Test func messagesNameTheKindOfClaimAndWhatToAdd() throws {
    let text = """
        High blood pressure affects about 1.28 billion adults aged 30 to 79.

        A short cold plunge is safe for most healthy adults.

        """
    let found = try findings(UnsupportedClaimCheck.self, in: text)
    #expect(
        found.map(\.message) == [
            "statistic with no citation: add the source of '1.28 billion' (a footnote, a link or a named source)",
            "safety claim with no citation: cite the safety data or guidance behind 'is safe'",
        ])
    #expect(found.map(\.severity) == [.warning, .warning])
}

@Test func oneCitationFindingPerSentence() throws {
    let text = "Scientists say daily ice baths burn 500 extra calories a day.\n"
    let vague = try findings(VagueAttributionCheck.self, in: text)
    #expect(
        vague.map(\.message) == [
            "claim attributed to unnamed sources ('Scientists say'): name the study or experts and cite them"
        ])
    #expect(vague.map(\.range.start.column) == [1])
    #expect(try findings(UnsupportedClaimCheck.self, in: text).isEmpty)
    // With the vague-attribution rule off, the sentence is still reported once.
    var policy = Policy()
    policy.checks.citations.common.rules["vague-attribution"] = .off
    #expect(try findings(UnsupportedClaimCheck.self, in: text, policy: policy).map(\.match) == ["Scientists say"])
}

@Test(arguments: [
    "Does ketamine cause hair loss?",
    "Do studies show that ice baths burn 500 calories?",
    "Ask your doctor whether statins reduce your risk.",
    "If hair loss becomes a concern, ask your provider about treatments that may have a lower risk of side effects.",
    "Never plunge alone, because cold water causes a gasp reflex.",
    "Remember, prioritizing your mental health can help you make informed decisions.",
    "In this article, we will look at whether ketamine causes hair loss.",
    "Here are some of the most commonly reported side effects:",
    "The question of whether ketamine causes hair loss remains complex.",
    "More research is needed before ketamine can be recommended.",
    "There is no cure for hepatitis B.",
    "Talk therapy can help people manage anxiety.",
])
func noFindingOnQuestionsAdviceOrDescriptions(sentence: String) throws {
    let text = sentence + "\n"
    #expect(try findings(UnsupportedClaimCheck.self, in: text).isEmpty)
    #expect(try findings(VagueAttributionCheck.self, in: text).isEmpty)
}

@Test func headingsAndCodeAreNotClaims() throws {
    let text = "# Cold plunges reduce inflammation by 40%\n\n```\nstudies show this cures everything\n```\n"
    #expect(try findings(UnsupportedClaimCheck.self, in: text).isEmpty)
    #expect(try findings(VagueAttributionCheck.self, in: text).isEmpty)
}

@Test func listItemsAndQuotesAreProse() throws {
    let text = "- Research indicates that ketamine works within hours.\n\n> Experts agree that ice baths are safe.\n"
    let found = try findings(VagueAttributionCheck.self, in: text)
    #expect(found.map(\.match) == ["Research indicates", "Experts agree"])
    #expect(found.map(\.range.start.line) == [1, 3])
}

@Test(arguments: [
    ("Insomnia affects up to 30% of adults.", Claim.Kind.statistic, "30%"),
    ("About 9 out of 10 people recover.", .statistic, "9 out of 10"),
    ("One in four adults has high blood pressure.", .statistic, "One in four"),
    ("The usual dose is 500 mg twice a day.", .statistic, "500 mg"),
    ("Ketamine produces antidepressant effects within hours.", .statistic, "within hours"),
    ("A 2019 review pooled 40 trials.", .research, "A 2019 review"),
    ("The trial found fewer strokes.", .research, "trial found"),
    ("Exercise has been shown to lift mood.", .research, "has been shown to"),
    ("Statins lower the risk of a second heart attack.", .efficacy, "lower"),
    ("Daily ice baths burn 500 extra calories.", .efficacy, "burn 500 extra calories"),
    ("The vaccine is safe for pregnant women.", .safety, "is safe"),
    ("Smoking increases the risk of heart disease.", .causal, "increases the risk"),
    ("Sleep is the most effective way to recover.", .other, "the most effective"),
])
func claimKinds(sentence: String, kind: Claim.Kind, cue: String) throws {
    let assessment = try #require(CheckWorthiness().assess(sentence))
    #expect(assessment.kind == kind)
    #expect(slice(sentence, assessment.primary.range) == cue)
    #expect(assessment.primary.cue == cue)
}

@Test(arguments: [
    ("Does ketamine cause hair loss?", CheckWorthiness.Exclusion.question),
    ("Ask your pharmacist if you are unsure.", .advice),
    ("People with heart disease should talk to a doctor first.", .advice),
    ("In this article, we will explore the research.", .articleDescription),
    ("Here’s a brief overview of its use:", .articleDescription),
])
func exclusions(sentence: String, exclusion: CheckWorthiness.Exclusion) {
    #expect(CheckWorthiness().exclusion(of: sentence) == exclusion)
    #expect(CheckWorthiness().assess(sentence) == nil)
}

@Test func vagueAttributionsNeedAnUnnamedSubject() throws {
    let worthiness = CheckWorthiness()
    #expect(
        worthiness.assess("Some studies suggest ketamine can help.")?.vagueAttribution?.cue == "Some studies suggest")
    #expect(
        worthiness.assess("Many athletes believe that ice baths help.")?.vagueAttribution?.cue
            == "Many athletes believe")
    // The subject is the review, not the 104 studies; the researchers are named.
    #expect(worthiness.assess("A review of 104 studies found lower inflammation.")?.vagueAttribution == nil)
    #expect(worthiness.assess("Researchers at Harvard found that sleep improves memory.")?.vagueAttribution == nil)
    // People who report an experience are not cited as authorities.
    #expect(worthiness.assess("Some patients report feeling dizzy.") == nil)
}

// MARK: - Reference entries

@Test func danglingFootnoteMarkers() throws {
    let text = "Influenza is common.[^who] Most people recover within a week.[^cdc]\n\n[^who]: WHO. 2023.\n"
    let found = try findings(DanglingReferenceCheck.self, in: text)
    #expect(found.map(\.message) == ["citation marker '[^cdc]' has no reference entry: add the entry or fix the label"])
    #expect(found.map(\.match) == ["[^cdc]"])
    #expect(found.map(\.range.start.column) == [62])
    #expect(try findings(UnusedReferenceCheck.self, in: text).isEmpty)
}

@Test func unusedFootnoteDefinition() throws {
    let text = "Influenza is common.[^who]\n\n[^who]: WHO. 2023.\n[^cdc]: CDC. Key facts. 2024.\n"
    let found = try findings(UnusedReferenceCheck.self, in: text)
    #expect(
        found.map(\.message) == [
            "reference 'cdc' is never cited in the text: cite it where the text relies on it or remove it"
        ])
    #expect(found.map(\.range.start.line) == [4])
    #expect(found.map(\.severity) == [.info])
    #expect(try findings(DanglingReferenceCheck.self, in: text).isEmpty)
}

/// An article as the HTML loader gives it: superscript markers and an anchored reference list.
private func superscriptArticle(markers: [String], references: [String]) -> Article {
    let text = "The pill lowered blood pressure. Side effects were mild."
    var map = TextMap()
    map.append(text, sourceOffset: 3)
    let entryText = "Webster R, et al. JAMA. 2018."
    var html = "<p>" + text + "</p>\n<ol>"
    var entryStarts: [Int] = []
    for _ in references {
        html += "<li>"
        entryStarts.append(html.utf8.count)
        html += entryText + "</li>"
    }
    html += "</ol>\n"
    let source = Array(html.utf8)
    let lines = LineIndex(source)
    var blocks = [Block(kind: .paragraph, map: map, range: lines.range(from: 0, to: 63))]
    var entries: [ReferenceEntry] = []
    for (label, start) in zip(references, entryStarts) {
        var entryMap = TextMap()
        entryMap.append(entryText, sourceOffset: start)
        let range = lines.range(from: start, to: start + entryText.utf8.count)
        blocks.append(Block(kind: .reference, map: entryMap, range: range, section: "References"))
        entries.append(ReferenceEntry(label: label, text: entryText, range: range))
    }
    let citationMarkers = markers.enumerated().map { index, label in
        let offset = index == 0 ? 32 : 56
        return CitationMarker(
            label: label, style: .superscript, blockIndex: 0, textOffset: offset,
            range: lines.range(from: 3 + offset, to: 3 + offset))
    }
    return Article(
        path: "pill.html", format: .html, source: source, blocks: blocks, citationMarkers: citationMarkers,
        references: entries)
}

@Test func superscriptMarkersMatchAnchoredReferences() {
    let article = superscriptArticle(markers: ["1", "2"], references: ["r1", "ref-3"])
    let dangling = DanglingReferenceCheck(policy: Policy()).findings(in: article)
    #expect(dangling.map(\.message) == ["citation marker '2' has no reference entry: add the entry or fix the label"])
    let unused = UnusedReferenceCheck(policy: Policy()).findings(in: article)
    #expect(
        unused.map(\.message) == [
            "reference 'ref-3' is never cited in the text: cite it where the text relies on it or remove it"
        ])
}

@Test func superscriptMarkersWithoutAReferenceListAreNotChecked() {
    let article = superscriptArticle(markers: ["1"], references: [])
    #expect(DanglingReferenceCheck(policy: Policy()).findings(in: article).isEmpty)
}

@Test func furtherReadingListsAreNotUnusedReferences() throws {
    let text = """
        Statins lower cholesterol [1].

        ## References

        1. Collins R, et al. Lancet. 2016.
        2. Mihaylova B, et al. Lancet. 2012.

        ## Further reading

        1. A patient's guide to cholesterol.
        2. Living with heart disease.

        """
    let found = try findings(UnusedReferenceCheck.self, in: text)
    #expect(
        found.map(\.message) == [
            "reference '2' is never cited in the text: cite it where the text relies on it or remove it"
        ])
    #expect(found.map(\.range.start.line) == [6])
    #expect(found.map(\.section) == ["References"])
}

@Test func markerRangesExpand() {
    #expect(ReferenceLabels.keys(of: "1,2") == ["1", "2"])
    #expect(ReferenceLabels.keys(of: "1–3") == ["1", "2", "3"])
    #expect(ReferenceLabels.keys(of: "2, 5-6") == ["2", "5", "6"])
    #expect(ReferenceLabels.keys(of: "^Tipton") == ["tipton"])
    #expect(ReferenceLabels.matches("1", "cite-note-1"))
    #expect(!ReferenceLabels.matches("1", "smith2001"))
    #expect(!ReferenceLabels.matches("1", "11"))
}

@Test func policyLexiconEditsReachTheChecks() throws {
    let text = "Cold plunges rejuvenate the skin.\n"
    #expect(try findings(UnsupportedClaimCheck.self, in: text).isEmpty)
    var policy = Policy()
    policy.checks.citations.common.add["efficacy"] = ["rejuvenate*"]
    #expect(try findings(UnsupportedClaimCheck.self, in: text, policy: policy).map(\.match) == ["rejuvenate"])
    policy.checks.citations.common.remove["efficacy"] = ["rejuvenate*"]
    #expect(try findings(UnsupportedClaimCheck.self, in: text, policy: policy).isEmpty)
    #expect(CitationLexicons.names.contains("named-sources"))
    #expect(CitationLexicons.names.contains("vague-attributions"))
}

@Test(arguments: [
    // Someone else's words, reported in quotation marks.
    "I saw a video that said, “Creatine causes hair loss.”",
    // Stacked hedges: the hedging checks report these.
    "It might be that cold exposure could perhaps improve sleep.",
    // Advice-like superlatives are not claims.
    "The best way to find out is to keep a diary.",
    // Negated claims.
    "No studies have shown that biotin prevents hair loss.",
    "There is no evidence that ice baths cure anxiety.",
    // Nouns that look like claim verbs.
    "Migraine triggers include stress and lack of sleep.",
    "Results in mice were promising.",
])
func notCheckWorthy(sentence: String) {
    #expect(CheckWorthiness().assess(sentence) == nil)
}

@Test func trailingAttributionsAreVague() {
    let worthiness = CheckWorthiness()
    #expect(worthiness.assess("Cold plunges boost immunity, experts say.")?.vagueAttribution?.cue == "experts say")
    #expect(worthiness.assess("Cold plunges boost immunity, say experts.")?.vagueAttribution?.cue == "say experts")
    #expect(worthiness.assess("Cold plunges boost immunity, say scientists at Harvard.")?.vagueAttribution == nil)
}

@Test func sideEffectsThatPassAreNotOutcomeClaims() {
    #expect(CheckWorthiness().assess("Side effects usually go away within a day or two.") == nil)
    #expect(CheckWorthiness().assess("Most people recover within a week.")?.primary.cue == "within a week")
}
