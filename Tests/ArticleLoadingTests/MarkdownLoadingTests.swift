import ArticleLoading
import CopydeskCore
import Testing

@Suite struct MarkdownLoadingTests {
    @Test func fixtureShape() throws {
        let article = try loadFixture("markdown-shape.md")
        #expect(article.format == .markdown)
        #expect(article.title == "Walking After Meals — What We Know")
        #expect(
            article.kinds == [
                "heading", "paragraph", "heading", "quote", "list-item", "list-item", "list-item", "list-item",
                "table-cell", "table-cell", "table-cell", "table-cell", "table-cell", "table-cell", "paragraph", "code",
                "paragraph", "reference", "reference",
            ])
        #expect(article.blocks[0].kind == .heading(level: 1))
        #expect(article.blocks[2].kind == .heading(level: 2))
        #expect(article.blocks[3].quoteDepth == 1)
        #expect(
            article.blocks[3].text
                == "Light activity after meals is an easy habit to build. It needs no equipment at all.")
        #expect(article.blocks[6].kind == .listItem(ordered: true))
        #expect(article.blocks[8].text == "Activity")
        #expect(article.blocks[13].text == "Small")
        #expect(article.blocks[4].section == "What the research says")
        // Front matter never becomes blocks.
        #expect(!article.blocks.contains { $0.text.contains("Test Desk") })
    }

    @Test func emphasisAndLinksAreFlattenedAndLinksRecorded() throws {
        let article = try loadFixture("markdown-shape.md")
        let paragraph = article.blocks[1]
        #expect(
            paragraph.text
                == "A short walk after eating lowers the rise in blood sugar that follows a meal. Even two minutes of light walking helps, according to a 2022 analysis."
        )
        let link = try #require(article.links.first)
        #expect(link.url == "https://example.org/walking")
        #expect(link.blockIndex == 1)
        let textRange = try #require(link.textRange)
        #expect(Array(paragraph.text.utf8)[textRange].elementsEqual("2022 analysis".utf8))
        #expect(article.sourceText(link.range) == "[2022 analysis](https://example.org/walking \"analysis\")")
    }

    @Test func footnotesBecomeMarkersAndReferences() throws {
        let article = try loadFixture("markdown-shape.md")
        let footnotes = article.citationMarkers.filter { $0.style == .footnote }
        #expect(footnotes.map(\.label) == ["review", "diabetes"])
        let first = footnotes[0]
        #expect(first.blockIndex == 1)
        #expect(
            first.textOffset
                == "A short walk after eating lowers the rise in blood sugar that follows a meal.".utf8.count)
        #expect(article.sourceText(first.range) == "[^review]")
        #expect(describe(first.range) == "9:78+197-9:87+206")
        #expect(article.references.map(\.label) == ["review", "diabetes"])
        #expect(article.references[1].text == "Reynolds AN, et al. Advice to walk after meals. Diabetologia. 2016.")
        #expect(article.references[0].range.start.line == 38)
        // The sentence keeps going past the marker it does not contain.
        let sentence = try #require(article.sentence(startingWith: "A short walk"))
        #expect(sentence.text == "A short walk after eating lowers the rise in blood sugar that follows a meal.")
    }

    @Test func numberedMarkersStayInTheText() throws {
        let article = try loadFixture("markdown-shape.md")
        let numbered = try #require(article.citationMarkers.first { $0.style == .numbered })
        #expect(numbered.label == "1")
        #expect(article.sourceText(numbered.range) == "[1]")
        #expect(article.blocks[numbered.blockIndex].text == "It may help some people more than others [1].")
    }

    @Test func numberedLinksKeepTheirBracketsAsCitations() throws {
        let text =
            "Rates fell [1]. Costs rose [2](#ref-2). Both held [3][r].\n\n"
            + "[1]: https://example.org/one\n[r]: https://x.org\n"
        let article = try load(text, format: .markdown)
        #expect(article.blocks[0].text == "Rates fell [1]. Costs rose [2]. Both held [3].")
        #expect(article.citationMarkers.map(\.label) == ["1", "2", "3"])
        #expect(article.citationMarkers.allSatisfy { $0.style == .numbered })
        #expect(article.citationMarkers.map { article.sourceText($0.range) } == ["[1]", "[2]", "[3]"])
        #expect(article.links.map(\.url) == ["https://example.org/one", "#ref-2", "https://x.org"])
        #expect(article.sentences.map(\.text) == ["Rates fell [1].", "Costs rose [2].", "Both held [3]."])
    }

    @Test func commentsCarryDirectives() throws {
        let article = try loadFixture("markdown-shape.md")
        #expect(article.directives.map(\.kind) == [.disable, .enable])
        #expect(article.directives.map(\.targets) == [["hedging"], ["hedging"]])
        #expect(article.directives[0].range.start.line == 27)
        #expect(article.sourceText(article.directives[0].range) == "<!-- copydesk-disable hedging -->")
    }

    @Test func codeIsKeptButNotLintedAndInlineCodeIsDropped() throws {
        let article = try loadFixture("markdown-shape.md")
        let code = try #require(article.blocks.first { $0.kind == .code })
        #expect(code.text.contains("walking cures everything"))
        #expect(!code.isLintable)
        #expect(!article.sentences.contains { $0.text.contains("cures everything") })
        let last = try #require(article.sentence(startingWith: "Use the"))
        #expect(last.text == "Use the app and visit https://example.com/walk for details.")
    }

    @Test func bareAutolinksGetPositionsFromTheSource() throws {
        let article = try loadFixture("markdown-shape.md")
        let link = try #require(article.links.first { $0.url == "https://example.com/walk" })
        #expect(describe(link.range) == "36:31+909-36:55+933")
        #expect(article.sourceText(link.range) == "https://example.com/walk")
    }

    @Test func frontMatterTitleAndFallbackToFirstHeading() throws {
        let withFront = try load("---\ntitle: \"Front: Title\"\n---\n# Other\n\nText.\n", format: .markdown)
        #expect(withFront.title == "Front: Title")
        #expect(withFront.blocks.first?.range.start.line == 4)
        let without = try load("Intro line.\n\n# First Heading\n\nText.\n", format: .markdown)
        #expect(without.title == "First Heading")
    }

    @Test func badFrontMatterIsAnErrorWithItsPosition() throws {
        let text = "---\ntitle: ok\nauthor: [unclosed\n---\n\nBody.\n"
        #expect(
            throws: LoadError(
                path: "bad.md",
                message:
                    "front matter is not valid YAML: did not find expected ',' or ']'; fix the YAML between the --- lines",
                line: 4, column: 1)
        ) {
            try load(text, format: .markdown, path: "bad.md")
        }
    }

    @Test func rawHTMLBlocksAreReadAsHTML() throws {
        let text =
            "# Notes\n\n<div class=\"note\">\nA <b>bold</b> note &amp; more.<sup><a href=\"#r1\">1</a></sup>\n</div>\n\nAfter.\n"
        let article = try load(text, format: .markdown)
        #expect(article.blocks.map(\.text) == ["Notes", "A bold note & more.", "After."])
        let note = try #require(article.sentence(startingWith: "A bold"))
        #expect(article.sourceText(note.range) == "A <b>bold</b> note &amp; more.")
        #expect(describe(note.range) == "4:1+28-4:31+58")
        #expect(article.citationMarkers.map(\.style) == [.superscript])
        #expect(article.citationMarkers[0].blockIndex == 1)
        #expect(article.blocks[1].section == "Notes")
    }

    @Test func uncitedFootnoteDefinitionsAreStillReferences() throws {
        let text =
            "Claim here.[^used]\n\n[^used]: Cited source. 2020.\n[^spare]: Never cited.\n    Second line.\n\n```\n[^code]: not a definition\n```\n"
        let article = try load(text, format: .markdown)
        #expect(article.references.map(\.label) == ["used", "spare"])
        #expect(article.references[1].text == "Never cited. Second line.")
        #expect(article.sourceText(article.references[1].range) == "[^spare]: Never cited.\n    Second line.")
        #expect(article.kinds == ["paragraph", "reference", "reference", "code"])
    }

    /// The lines without a `[^` are stepped over: definitions are found after long stretches of
    /// other lines, after a `[^` in the middle of a line or too far in, and up to three spaces in.
    @Test func uncitedFootnoteDefinitionsAfterOtherLines() throws {
        let filler = String(repeating: "Some [text](u) line [a] here.\n", count: 40)
        let text =
            "Claim[^1] and [^x]:no.\n\n" + filler + "\n    [^far]: too far in, code.\n\n" + filler
            + "\n[^1]: Cited.\n\n" + filler + "\n   [^late]: Late one.\n[^last]: Last one."
        let article = try load(text, format: .markdown)
        #expect(article.references.map(\.label) == ["1", "late", "last"])
        #expect(article.references.map(\.text) == ["Cited.", "Late one.", "Last one."])
    }

    @Test func escapesAndEntitiesMapToTheirSourceSpans() throws {
        let text = "Fish \\*and\\* chips &amp; peas &#233;t&eacute; — done. Next one.\n"
        let article = try load(text, format: .markdown)
        #expect(article.blocks[0].text == "Fish *and* chips & peas été — done. Next one.")
        let next = try #require(article.sentence(startingWith: "Next"))
        #expect(article.sourceText(next.range) == "Next one.")
        let first = try #require(article.sentences.first)
        #expect(article.sourceText(first.range) == "Fish \\*and\\* chips &amp; peas &#233;t&eacute; — done.")
        // "&amp;" in the text is one byte standing for five source bytes.
        let ampersand = article.range(in: article.blocks[0], textRange: 17..<18)
        #expect(article.sourceText(ampersand) == "&amp;")
    }

    @Test func positionsAfterMultiByteCharactersCRLFAndBOM() throws {
        let text = "# Über — Ünïcode 🎉\n\nThe naïve café test. Ça marche — très bien.\nNext line here.\n"
        let lf = try load(text, format: .markdown)
        let sentence = try #require(lf.sentence(startingWith: "Ça"))
        #expect(describe(sentence.range) == "3:22+51-3:44+77")
        let crlf = try load(text.replacingOccurrences(of: "\n", with: "\r\n"), format: .markdown)
        let crlfSentence = try #require(crlf.sentence(startingWith: "Ça"))
        #expect(describe(crlfSentence.range) == "3:22+53-3:44+79")
        let next = try #require(crlf.sentence(startingWith: "Next"))
        #expect(describe(next.range) == "4:1+81-4:16+96")
        let bom = try load(bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8), format: .markdown)
        let bomSentence = try #require(bom.sentence(startingWith: "Ça"))
        #expect(describe(bomSentence.range) == "3:22+54-3:44+80")
        #expect(bom.blocks[0].kind == .heading(level: 1))
        #expect(describe(bom.sentences[0].range) == "1:3+5-1:19+29")
    }

    @Test func aLoneCarriageReturnBreaksLinesForCmark() throws {
        let article = try load("# Title\rA para.\rStill it.\r\rNext para.", format: .markdown)
        #expect(article.blocks.map(\.text) == ["Title", "A para. Still it.", "Next para."])
        let next = try #require(article.sentence(startingWith: "Next"))
        #expect(next.range.start.offset == 27)
        #expect(article.sourceText(next.range) == "Next para.")
    }

    @Test func listItemsAndQuotesInsideContainersLocateContinuationLines() throws {
        let text =
            "- first line of item\n  continues *here* now.\n\n> quoted start\n> > nested — deeper\n> back out\n\nSee note.[^n]\n\n[^n]: Note text\n    more note.\n"
        let article = try load(text, format: .markdown)
        #expect(
            article.blocks.map(\.text) == [
                "first line of item continues here now.", "quoted start", "nested — deeper back out", "See note.",
                "Note text more note.",
            ])
        #expect(article.blocks.map(\.quoteDepth) == [0, 1, 2, 0, 0])
        let item = try #require(article.sentences.first)
        #expect(article.sourceText(item.range) == "first line of item\n  continues *here* now.")
        let note = article.blocks[4]
        let more = article.range(in: note, textRange: 10..<20)
        #expect(article.sourceText(more) == "more note.")
        #expect(more.start.column == 5)
    }
}
