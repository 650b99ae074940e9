import CopydeskCore
import Testing

@testable import FactChecking

struct NumberConsistencyTests {
    func findings(_ text: String) throws -> [Finding] {
        try Fixture.run(text).findings.filter { $0.rule == "fact-check.inconsistent-number" }
    }

    @Test func countsOfTheSameNounThatDisagree() throws {
        let findings = try findings("The study followed 25,871 adults.\n\nIn all, 25,000 adults gave samples.\n")
        #expect(
            findings.map(\.summary) == [
                "3:9 fact-check.inconsistent-number '25,000 adults' here but '25,871 adults' on line 1; use one figure or say why they differ"
            ])
        #expect(findings.first?.match == "25,000 adults")
        #expect(
            findings.first?.related.map { "\($0.message) \($0.range.start.line):\($0.range.start.column)" } == [
                "first stated as '25,871 adults' 1:20"
            ])
    }

    @Test func percentageChangesOfTheSameSubject() throws {
        let text =
            "Minoxidil reduced hair loss by 40% in the trial.\n\nIn that trial, hair loss fell by 30% with minoxidil.\n"
        #expect(
            try findings(text).map(\.summary) == [
                "3:34 fact-check.inconsistent-number '30%' here but '40%' on line 1; use one figure or say why they differ"
            ])
    }

    @Test(
        "numbers that agree, or are about different quantities",
        arguments: [
            "The study followed 25,871 adults.\n\nAbout 26,000 adults gave samples.\n",
            "The study followed 25,871 adults.\n\nMore than 25,000 adults gave samples.\n",
            "The study followed 25,871 adults.\n\nNearly 26,000 adults gave samples.\n",
            "The study followed 25,871 adults.\n\nOf them, 12,000 adults were women.\n",
            "The drug cut the risk of stroke by 40%.\n\nIt cut the risk of heart attack by 30%.\n",
            "Deaths fell by 40%.\n\nAdmissions rose by 30%.\n",
            "The trial lasted 12 weeks.\n\nThe follow-up lasted 10 weeks.\n",
            "In 2019, 300 patients enrolled; 290 patients finished.\n",
            "Smoking fell from 2010 to 2020.\n\nIn 2021 it fell again.\n",
        ])
    func agree(text: String) throws {
        #expect(try findings(text).isEmpty, "\(text)")
    }

    @Test func eachLaterStatementIsReportedOnce() throws {
        let text =
            "We enrolled 1,200 patients.\n\nThe 1,100 patients were followed.\n\nAll 1,100 patients gave consent.\n"
        #expect(try findings(text).map(\.range.start.line) == [3, 5])
    }

    /// Counts of twenty nouns, each stated once: no conflict among them, nor with the texts above.
    static let filler = [
        "apples", "bananas", "cherries", "dogs", "eggs", "figs", "grapes", "hats", "igloos", "jackets", "kites",
        "lemons", "mangoes", "nests", "oranges", "pears", "quilts", "rabbits", "scarves", "tables",
    ].enumerated().map { "\n\nThe shop sold \(40 + $0.offset) \($0.element)." }.joined()

    /// A few mentions are compared without a table of each kind's mentions, many through one:
    /// both find the same conflicts (the filler, after the text, pushes it past the first way).
    @Test(
        "few and many mentions find the same conflicts",
        arguments: [
            "We enrolled 1,200 patients.\n\nThe 1,100 patients were followed.\n\nAll 1,100 patients gave consent.",
            "The study followed 25,871 adults.\n\nIn all, 25,000 adults gave samples.",
            "Minoxidil reduced hair loss by 40% in the trial.\n\nIn that trial, hair loss fell by 30% with minoxidil.",
            "The study followed 25,871 adults.\n\nAbout 26,000 adults gave samples.",
            "In 2019, 300 patients enrolled; 290 patients finished.\n\nLater 250 patients stayed.",
        ])
    func fewAndManyMentions(text: String) throws {
        let filler = try Fixture.article(Self.filler)
        let read = SentenceText.all(in: filler)
        let count = read.indices.map { NumberMention.mentions(in: read[$0], index: $0).count }.reduce(0, +)
        #expect(count > NumberConsistency.comparedMentions)
        let few = try findings(text + "\n").map(\.summary)
        #expect(try findings(text + Self.filler + "\n").map(\.summary) == few)
    }
}

struct ReferenceConsistencyTests {
    func findings(_ text: String, format: ArticleFormat = .markdown) throws -> [String] {
        try Fixture.run(text, format: format).findings.filter {
            ["fact-check.incomplete-reference", "fact-check.malformed-doi", "fact-check.duplicate-footnote"]
                .contains($0.rule)
        }.map(\.summary)
    }

    @Test func missingYearAndSource() throws {
        let text =
            "One.[^a] Two.[^b] Three.[^c]\n\n[^a]: Doll R. Mortality in relation to smoking.\n[^b]: Doll R. Smoking. BMJ.\n[^c]: Doll R. Smoking. 1954.\n"
        #expect(
            try findings(text) == [
                "3:1 fact-check.incomplete-reference reference 'a' has no year and no source; add the year and the journal, publisher, DOI or URL",
                "4:1 fact-check.incomplete-reference reference 'b' has no year; add the year",
                "5:1 fact-check.incomplete-reference reference 'c' has no source; add the journal, publisher, DOI or URL",
            ])
    }

    @Test func completeReferencesPass() throws {
        let text = """
            One.[^a] Two.[^b] Three.[^c]

            [^a]: Doll R, Hill AB. Mortality in relation to smoking. BMJ. 1954;1:1451.
            [^b]: NHS. Stop smoking treatments. 2022. https://www.nhs.uk/live-well/quit-smoking/
            [^c]: Smith J. Diet and sleep. Sleep Med Rev. 2020;12(3):45-67.

            """
        #expect(try findings(text).isEmpty)
    }

    @Test func malformedDOIsPointAtTheDOI() throws {
        let text =
            "One.[^a] Two.[^b]\n\n[^a]: Poole R. Coffee. BMJ. 2017. doi:10.1136bmj.j5024\n[^b]: Poole R. Coffee. BMJ. 2017. https://doi.org/10.1136/bmj.j5024\n"
        #expect(
            try findings(text) == [
                "3:39 fact-check.malformed-doi malformed DOI '10.1136bmj.j5024'; a DOI reads 10.<registrant>/<suffix>, e.g. 10.1136/bmj.j5024"
            ])
    }

    @Test func aLaterEntryIsReadInItsOwnBlock() throws {
        // Each entry's DOI is placed, and its links counted, in its own footnote or list item,
        // not in the first entry's.
        let footnotes =
            "One.[^a] Two.[^b] Three.[^c]\n\n[^a]: WHO. [Report](https://www.who.int/report). 2020.\n[^b]: Doll R. Smoking. 1954.\n[^c]: Poole R. Coffee. BMJ. 2017. doi:10.1136bmj.j5024\n"
        #expect(
            try findings(footnotes) == [
                "4:1 fact-check.incomplete-reference reference 'b' has no source; add the journal, publisher, DOI or URL",
                "5:39 fact-check.malformed-doi malformed DOI '10.1136bmj.j5024'; a DOI reads 10.<registrant>/<suffix>, e.g. 10.1136/bmj.j5024",
            ])
        let list =
            "One [1]. Two [2].\n\n## References\n\n1. Doll R. Smoking. BMJ. 1954.\n2. Poole R. Coffee. BMJ. 2017. doi:10.1136bmj.j5024\n"
        #expect(
            try findings(list) == [
                "6:36 fact-check.malformed-doi malformed DOI '10.1136bmj.j5024'; a DOI reads 10.<registrant>/<suffix>, e.g. 10.1136/bmj.j5024"
            ])
    }

    @Test func duplicateFootnoteInMarkdownAndInAReferenceList() throws {
        let markdown = "One.[^1]\n\n[^1]: WHO. Report. 2020.\n\n[^1]: CDC. Report. 2021.\n\n```\n[^1]: in code\n```\n"
        #expect(
            try findings(markdown) == [
                "5:1 fact-check.duplicate-footnote footnote '1' is defined twice; give each source its own label"
            ])
        // A label repeated only in code, and labels that never repeat: nothing to report.
        #expect(try findings("One.[^1]\n\n[^1]: WHO. Report. 2020.\n\n```\n[^1]: in code\n```\n") == [])
        #expect(try findings("One.[^1] Two.[^2]\n\n[^1]: WHO. Report. 2020.\n[^2]: CDC. Report. 2021.\n") == [])
        // A reference list that repeats a label (the loaders number plain lists themselves).
        let source = Array("Text.\n[1] WHO. Report. 2020.\n[1] CDC. Report. 2021.\n".utf8)
        let lines = LineIndex(source)
        let article = Article(
            path: "list.txt", format: .text, source: source,
            references: [
                ReferenceEntry(label: "1", text: "WHO. Report. 2020.", range: lines.range(from: 6, to: 28)),
                ReferenceEntry(label: "1", text: "CDC. Report. 2021.", range: lines.range(from: 29, to: 51)),
            ])
        let findings = FactCheckStage(policy: Policy()).run(on: article).findings
        #expect(
            findings.map(\.summary) == [
                "3:1 fact-check.duplicate-footnote reference '1' is defined twice; give each source its own label"
            ])
        #expect(findings.first?.related.map(\.range.start.line) == [2])
    }

    @Test func validDOIForms() {
        #expect(ReferenceFields.isValidDOI(Array("10.1136/bmj.j5024".utf8)))
        #expect(ReferenceFields.isValidDOI(Array("10.1002/14651858.CD004407.pub5".utf8)))
        #expect(ReferenceFields.isValidDOI(Array("10.1000.10/abc".utf8)))
        #expect(!ReferenceFields.isValidDOI(Array("10.113/bmj".utf8)))
        #expect(!ReferenceFields.isValidDOI(Array("10.1136/".utf8)))
        #expect(!ReferenceFields.isValidDOI(Array("11.1136/bmj".utf8)))
    }
}

struct FirstRangesTests {
    /// Few keys are compared one by one, more move to a dictionary: both give the range first
    /// recorded under a key, as a dictionary does.
    @Test(arguments: [3, FirstRanges.listedKeys, FirstRanges.listedKeys + 1, 50])
    func firstRangeUnderEachKey(keys: Int) {
        var ranges = FirstRanges()
        var expected: [String: SourceRange] = [:]
        for step in 0..<(3 * keys) {
            let key = "k\((step * 7) % keys)"
            let position = SourcePosition(line: step + 1, column: 1, offset: step)
            let range = SourceRange(start: position, end: position)
            #expect(ranges.first(under: key, else: range) == expected[key], "\(keys) keys, step \(step)")
            if expected[key] == nil { expected[key] = range }
        }
    }
}

struct RepeatedFootnoteLabelTests {
    /// Whether two `[^label]:` lines have labels with one key, read with strings and keys.
    static func expected(_ source: String) -> Bool {
        let bytes = Array(source.utf8)
        var keys: [String] = []
        ReferenceConsistency.forEachFootnoteDefinition(in: bytes, lineStarts: LineIndex(bytes).lineStarts) { label in
            keys.append(ArticleEvidence.key(String(decoding: bytes[label], as: UTF8.self)))
            return true
        }
        return Set(keys).count < keys.count
    }

    /// Labels that are their own keys are compared as bytes: the same answer as their keys give,
    /// or none (nil) when a label is not its own key or there are too many.
    @Test(arguments: [
        "[^a]: One.\n[^b]: Two.\n", "[^a]: One.\n[^a]: Two.\n", "[^ab]: One.\n[^a]: Two.\n[^abc]: x\n",
        "[^a]: One.\n[^A]: Two.\n", "[^who-2020]: x\n  [^who-2020]: y\n", "[^a]: x\n[^ a]: y\n",
        (0..<20).map { "[^n\($0)]: x\n" }.joined(), (0..<20).map { "[^n\($0 % 15)]: x\n" }.joined(),
        "text [^a]: not a definition\n[^a]: x\n",
    ])
    func ownKeyLabelsAsBytes(_ source: String) throws {
        let bytes = Array(source.utf8)
        let fast = ReferenceConsistency.hasRepeatedOwnKeyLabel(in: bytes, lineStarts: LineIndex(bytes).lineStarts)
        if let fast { #expect(fast == Self.expected(source), "\(source)") }
        let article = try Fixture.article(source)
        #expect(ReferenceConsistency.hasRepeatedFootnoteLabel(in: article) == Self.expected(source), "\(source)")
    }

    @Test func lowercaseLabelsTakeTheBytePath() {
        let source = Array("[^a]: x\n[^b]: y\n[^a]: z\n".utf8)
        #expect(
            ReferenceConsistency.hasRepeatedOwnKeyLabel(in: source, lineStarts: LineIndex(source).lineStarts) == true)
        let upper = Array("[^a]: x\n[^B]: y\n".utf8)
        #expect(ReferenceConsistency.hasRepeatedOwnKeyLabel(in: upper, lineStarts: LineIndex(upper).lineStarts) == nil)
    }
}
