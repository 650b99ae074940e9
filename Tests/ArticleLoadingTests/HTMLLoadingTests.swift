import ArticleLoading
import CopydeskCore
import Testing

@Suite struct HTMLLoadingTests {
    @Test func fixtureShape() throws {
        let article = try loadFixture("html-shape.html")
        #expect(article.format == .html)
        #expect(article.title == "Sleep & Screens — A Guide")
        #expect(
            article.kinds == [
                "title", "heading", "paragraph", "paragraph", "heading", "list-item", "list-item", "list-item",
                "list-item",
                "quote", "table-cell", "table-cell", "table-cell", "table-cell", "code", "paragraph", "paragraph",
                "heading",
                "reference", "reference",
            ])
        #expect(
            article.blocks.map(\.text).prefix(9) == [
                "Sleep & Screens — A Guide", "Sleep & Screens",
                "Blue light from phones can delay the release of melatonin. The effect is small for most adults, according to a 2021 review.",
                "Some researchers think it might matter more for teenagers\u{A0}— café owners too.", "What helps",
                "Dim the screen after 9\u{A0}p.m.", "Keep phones out of the bedroom.", "Read a paper book instead.",
                "Nested tip here.",
            ])
        #expect(article.blocks[9].quoteDepth == 1)
        #expect(article.blocks[14].text == "screens --off 21:00")
        #expect(article.blocks[16].text == "A phone in night mode.")
        #expect(article.blocks[7].section == "What helps")
    }

    @Test func scriptsStylesAndPageChromeAreSkipped() throws {
        let article = try loadFixture("html-shape.html")
        for skipped in ["Screens ruin sleep", "color: red", "Home", "About us", "Subscribe", "Sleep Desk"] {
            #expect(!article.blocks.contains { $0.text.contains(skipped) }, "\(skipped)")
        }
    }

    @Test func superscriptReferencesBecomeMarkersAndExponentsStayText() throws {
        let article = try loadFixture("html-shape.html")
        #expect(article.citationMarkers.count == 1)
        let marker = try #require(article.citationMarkers.first)
        #expect(marker.style == .superscript)
        #expect(marker.label == "1")
        #expect(marker.blockIndex == 2)
        #expect(marker.textOffset == "Blue light from phones can delay the release of melatonin.".utf8.count)
        #expect(article.sourceText(marker.range) == "<sup><a href=\"#ref-1\">1</a></sup>")
        #expect(describe(marker.range) == "14:62+439-14:95+472")
        #expect(article.blocks[15].text == "Screens cover about 2 m2 of the average desk. Use daily.")
    }

    @Test func linkedListItemsBecomeReferences() throws {
        let article = try loadFixture("html-shape.html")
        #expect(article.references.map(\.label) == ["1", "2"])
        #expect(article.references[0].text == "Chang AM, et al. Evening use of light-emitting eReaders. PNAS. 2015.")
        #expect(
            article.sourceText(article.references[1].range)
                == "<li id=\"ref-2\">Hale L, et al. Screen time and sleep. Sleep Med Rev. 2019.</li>")
    }

    @Test func linksAndDirectives() throws {
        let article = try loadFixture("html-shape.html")
        let link = try #require(article.links.first { $0.url == "https://example.org/review" })
        #expect(link.blockIndex == 2)
        #expect(article.sourceText(link.range) == "a 2021 review")
        #expect(article.directives.count == 1)
        #expect(article.directives[0].kind == .disableNextLine)
        #expect(article.directives[0].targets == ["hedging"])
        #expect(describe(article.directives[0].range) == "16:1+586-16:44+629")
    }

    @Test func sentencePositionsAcrossEntitiesAndLineBreaks() throws {
        let article = try loadFixture("html-shape.html")
        let sentence = try #require(article.sentence(startingWith: "The effect is"))
        #expect(describe(sentence.range) == "14:96+473-15:95+581")
        #expect(
            article.sourceText(sentence.range)
                == "The effect is\n   small for most adults, according to <a href=\"https://example.org/review\">a 2021 review</a>."
        )
        let cafe = try #require(article.sentence(startingWith: "Some researchers"))
        #expect(article.sourceText(cafe.range).hasSuffix("caf&eacute; owners too."))
        // "é" in the text is two bytes standing for the eight bytes of "&eacute;".
        let block = article.blocks[cafe.blockIndex]
        let e = Array(block.text.utf8).firstIndex(of: 0xC3)!
        #expect(article.sourceText(article.range(in: block, textRange: e..<(e + 2))) == "&eacute;")
    }

    @Test func positionsAfterMultiByteCharactersCRLFAndBOM() throws {
        let html =
            "<html><head><title>Café — été</title></head>\n<body>\n<p>Crème brûlée 🍮 is rich. It is &quot;sweet&quot; too.</p>\n</body></html>\n"
        let lf = try load(html, format: .html)
        #expect(lf.title == "Café — été")
        let sentence = try #require(lf.sentence(startingWith: "It is"))
        #expect(sentence.text == "It is \"sweet\" too.")
        #expect(describe(sentence.range) == "3:28+90-3:56+118")
        let crlf = try load(html.replacingOccurrences(of: "\n", with: "\r\n"), format: .html)
        let crlfSentence = try #require(crlf.sentence(startingWith: "It is"))
        #expect(describe(crlfSentence.range) == "3:28+92-3:56+120")
        let bom = try load(bytes: [0xEF, 0xBB, 0xBF] + Array(html.utf8), format: .html)
        let bomSentence = try #require(bom.sentence(startingWith: "It is"))
        #expect(describe(bomSentence.range) == "3:28+93-3:56+121")
        #expect(describe(bom.blocks[0].range) == "1:13+15-1:38+45")
    }

    @Test func multiLineTextInCRLFCollapsesToSpaces() throws {
        let html = "<p>First line\r\n   second line.\r\nThird &amp;\r\nfourth.</p>"
        let article = try load(html, format: .html)
        #expect(article.blocks.map(\.text) == ["First line second line. Third & fourth."])
        let third = try #require(article.sentence(startingWith: "Third"))
        #expect(article.sourceText(third.range) == "Third &amp;\r\nfourth.")
        #expect(describe(third.range) == "3:1+32-4:8+52")
    }

    @Test func entitiesWithoutSemicolonAndUnknownEntities() throws {
        let html = "<p>&copy 2024 AT&T and &bogus; stay &#233t&eacute.</p>"
        let article = try load(html, format: .html)
        let text = article.blocks[0].text
        // libxml2 decodes `&#233` without its `;` but keeps `&copy ` and `&eacute.` literal.
        #expect(text == "&copy 2024 AT&T and &bogus; stay ét&eacute.")
        let e = Array(text.utf8).firstIndex(of: 0xC3)!
        #expect(article.sourceText(article.range(in: article.blocks[0], textRange: e..<(e + 2))) == "&#233")
        let sentence = try #require(article.sentences.first)
        #expect(article.sourceText(sentence.range) == "&copy 2024 AT&T and &bogus; stay &#233t&eacute.")
    }

    @Test func doubleLineBreaksSeparateParagraphsInPagesWithoutP() throws {
        let html = "<div>First part<br>still first.<br><br>\n<br>Second part.<span> More</span></div><div>Third.</div>"
        let article = try load(html, format: .html)
        #expect(article.blocks.map(\.text) == ["First part still first.", "Second part. More", "Third."])
        #expect(article.kinds == ["paragraph", "paragraph", "paragraph"])
    }

    @Test func anArticlesOwnHeaderIsKeptThePagesIsNot() throws {
        let html = """
            <header><a href="/">Site</a><h2>Menu</h2></header>
            <article><header><h1>Real Headline</h1><p>By A. Writer</p></header><p>Body.</p></article>
            """
        let article = try load(html, format: .html)
        #expect(article.blocks.map(\.text) == ["Real Headline", "By A. Writer", "Body."])
        #expect(article.title == "Real Headline")
    }

    @Test func firstH1IsTheTitleWithoutATitleElement() throws {
        let article = try load("<body><h1>Main Heading</h1><p>Text.</p><h1>Second</h1></body>", format: .html)
        #expect(article.title == "Main Heading")
        #expect(article.kinds == ["heading", "paragraph", "heading"])
    }

    @Test func listUnderAReferencesHeadingIsAReferenceList() throws {
        let html = "<h2>Sources</h2><ul><li>World Health Organization. 2023.</li><li>CDC. 2024.</li></ul>"
        let article = try load(html, format: .html)
        #expect(article.kinds == ["heading", "reference", "reference"])
        #expect(article.references.map(\.label) == ["1", "2"])
        #expect(article.references.map(\.text) == ["World Health Organization. 2023.", "CDC. 2024."])
    }
}
