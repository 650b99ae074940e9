import CopydeskCore
import Testing

@testable import ArticleLoading

/// The footnote passes: definitions cmark-gfm dropped found with a few labels compared one by
/// one (or a set of many), lines found by stepping from the line read (or `LineIndex`'s search),
/// and a definition's paragraphs read in the walker's builder one after another.
@Suite struct FootnoteFastPathTests {
    @Test func lineNumbersSteppedToAreTheOnesLineIndexFinds() {
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33) % bound
        }
        for _ in 0..<200 {
            var bytes: [UInt8] = []
            for _ in 0..<(1 + next(80)) { bytes.append(next(4) == 0 ? 0x0A : UInt8(ascii: "a")) }
            let lines = LineIndex(bytes)
            for number in 1...lines.lineCount {
                for offset in lines.lineStarts[number - 1]..<max(bytes.count, lines.lineStarts[number - 1] + 1) {
                    #expect(
                        ArticleDraft.lineNumber(of: offset, from: number, in: lines)
                            == lines.lineIndex(ofOffset: offset) + 1)
                }
            }
        }
    }

    /// Uncited definitions are added once whatever their label, a label cmark-gfm kept is not
    /// added again, and an uncited label given twice is added twice: with few definitions kept
    /// (compared one by one) and with many (a set).
    @Test(arguments: [2, ArticleDraft.maxLabelsLookedThrough, ArticleDraft.maxLabelsLookedThrough + 5])
    func uncitedDefinitionsAreFoundWhateverTheNumberKept(_ cited: Int) throws {
        var text = "# Notes\n\n"
        for index in 0..<cited { text += "Claim \(index) holds.[^c\(index)]\n\n" }
        for index in 0..<cited { text += "[^c\(index)]: Source \(index).\n" }
        text += "[^c0]: A second definition of c0.\n[^u1]: Uncited once.\n[^u1]: Uncited twice.\n\n"
        text += "```\n[^code]: Not a definition.\n```\n"
        let article = try load(text, format: .markdown)
        let labels = article.references.map(\.label)
        #expect(labels == (0..<cited).map { "c\($0)" } + ["u1", "u1"])
        #expect(article.references.suffix(2).map(\.text) == ["Uncited once.", "Uncited twice."])
    }

    /// The draft the walker made is handed back to the parse (swapped, not copied) with all of
    /// it: on generated articles of a titled front matter, paragraphs citing footnotes and
    /// definitions cited and not, the blocks (the uncited definitions among them, in source
    /// order), references, markers and title are the ones the article's text says.
    @Test func theWalkersDraftIsHandedBackWhole() throws {
        var state: UInt64 = 11
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33) % bound
        }
        for round in 0..<120 {
            let paragraphs = 1 + next(30)
            let cited = next(min(paragraphs, 6) + 1)
            let uncited = next(4)
            var text = "---\ntitle: Round \(round)\n---\n\n"
            for index in 0..<paragraphs {
                text += "Paragraph \(index) says something" + (index < cited ? ".[^c\(index)]" : ".") + "\n\n"
            }
            for index in 0..<(cited + uncited) {
                text += index < cited ? "[^c\(index)]: Cited \(index).\n" : "[^u\(index)]: Uncited \(index).\n"
            }
            let source = Array(text.utf8)
            let draft = try MarkdownParser(path: "t.md", source: source, lines: LineIndex(source)).parse()
            #expect(draft.title == "Round \(round)")
            let labels = (0..<cited).map { "c\($0)" } + (cited..<(cited + uncited)).map { "u\($0)" }
            #expect(draft.references.map(\.label) == labels)
            #expect(
                draft.references.map(\.text)
                    == (0..<(cited + uncited)).map { $0 < cited ? "Cited \($0)." : "Uncited \($0)." })
            #expect(draft.blocks.count == paragraphs + cited + uncited)
            #expect(
                draft.blocks.prefix(paragraphs).map(\.map.text)
                    == (0..<paragraphs).map { "Paragraph \($0) says something." })
            #expect(draft.blocks.map(\.source.lowerBound) == draft.blocks.map(\.source.lowerBound).sorted())
            #expect(draft.markers.map(\.label) == (0..<cited).map { "c\($0)" })
            #expect(draft.markers.map(\.blockIndex) == Array(0..<cited))
        }
    }

    /// Whether every definition kept is cited: labels compared one by one (few) or through a set
    /// (many), against the set on its own.
    @Test func citedLabelsAreCheckedAsASetChecksThem() {
        var state: UInt64 = 3
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33) % bound
        }
        let labels = ["a", "b", "c", "é", "e\u{301}", "note-1", "note-2", "x"] + (0..<30).map { "n\($0)" }
        for _ in 0..<400 {
            let references = (0..<next(30)).map {
                ArticleDraft.DraftReference(label: labels[next(labels.count)], text: "", source: $0..<$0)
            }
            let cited = (0..<next(40)).map { _ in labels[next(labels.count)] }
            let set = Set(cited)
            #expect(
                MarkdownParser.citesEvery(references, cited: cited)
                    == references.allSatisfy { set.contains($0.label) })
        }
    }

    /// A definition of several paragraphs is one reference block: its paragraphs' texts joined by
    /// a space, its links' text ranges in that text, and its directives kept.
    @Test func aDefinitionsParagraphsMakeOneBlockWithTheirLinks() throws {
        let text =
            "Text[^n] and more[^m].\n\n[^n]: First [one](https://one.org) here.\n\n"
            + "    Second <!-- copydesk-disable hedging --> [two](https://two.org).\n\n"
            + "[^m]: Other [three](https://three.org).\n\nAfter [four](https://four.org).\n"
        let article = try load(text, format: .markdown)
        let references = article.blocks.indices.filter { article.blocks[$0].kind == .reference }
        #expect(references.count == 2)
        let first = article.blocks[references[0]]
        #expect(first.text == "First one here. Second two.")
        #expect(article.references.map(\.text) == ["First one here. Second two.", "Other three."])
        let links = article.links.filter { $0.blockIndex == references[0] }
        #expect(links.map(\.url) == ["https://one.org", "https://two.org"])
        for link in links {
            let range = try #require(link.textRange)
            let linkText = String(decoding: Array(first.text.utf8)[range], as: UTF8.self)
            #expect(article.sourceText(link.range).hasPrefix("[\(linkText)]("))
        }
        #expect(
            Set(article.links.map(\.url))
                == ["https://one.org", "https://two.org", "https://three.org", "https://four.org"])
        #expect(article.directives.count == 1)
        let after = try #require(article.blocks.last)
        #expect(after.text == "After four.")
    }
}
