import ArticleLoading
import CopydeskCore
import Testing

@Suite struct PlainTextLoadingTests {
    @Test func fixtureHasTitleHeadingsBulletsAndParagraphs() throws {
        let article = try loadFixture("plain-text-shape.txt")
        #expect(article.format == .text)
        #expect(article.title == "Does Coffee Really Disturb Your Sleep?")
        #expect(
            article.kinds == [
                "title", "heading", "paragraph", "heading", "paragraph", "list-item", "list-item", "list-item",
                "heading", "paragraph", "heading", "list-item", "list-item", "heading", "paragraph",
            ])
        #expect(article.blocks[1].text == article.title)
        #expect(article.blocks[1].range.start.line == 3)
        #expect(
            article.blocks.filter { $0.kind == .heading(level: 2) }.map(\.text) == [
                "Does Coffee Really Disturb Your Sleep?", "How Caffeine Works in the Body", "What the Studies Show",
                "Practical Tips", "Conclusion",
            ])
        // Bullets are stripped; the item keeps its own text.
        #expect(
            article.blocks[5].text
                == "Absorption: Caffeine reaches its peak level in the blood within about 45 minutes.")
        #expect(article.blocks[5].kind == .listItem(ordered: false))
        #expect(article.blocks[11].kind == .listItem(ordered: true))
        #expect(article.blocks[12].text == "Watch for hidden caffeine in tea, cola and chocolate.")
        // Sections follow the nearest heading above.
        #expect(article.blocks[6].section == "How Caffeine Works in the Body")
        #expect(article.blocks[14].section == "Conclusion")
    }

    @Test func wrappedLinesJoinWithASpaceMappedToTheLineBreak() throws {
        let article = try loadFixture("plain-text-shape.txt")
        let paragraph = article.blocks[9]
        #expect(paragraph.text.contains("Other studies suggest that older adults"))
        let sentence = try #require(article.sentence(startingWith: "Other studies suggest"))
        #expect(sentence.text == "Other studies suggest that older adults are more sensitive to these effects.")
        #expect(sentence.range.start.line == 18)
        #expect(sentence.range.end.line == 19)
        #expect(
            article.sourceText(sentence.range)
                == "Other studies suggest\nthat older adults are more sensitive to these effects.")
    }

    @Test func directiveLinesBecomeDirectivesNotBlocks() throws {
        let article = try loadFixture("plain-text-shape.txt")
        #expect(article.directives.count == 1)
        let directive = try #require(article.directives.first)
        #expect(directive.kind == .disableNextLine)
        #expect(directive.targets == ["hedging"])
        #expect(describe(directive.range) == "15:1+835-15:37+871")
        #expect(!article.blocks.contains { $0.text.contains("copydesk") })
    }

    @Test func bulletListItemPositionsPointAtTheTextAfterTheBullet() throws {
        let article = try loadFixture("plain-text-shape.txt")
        let item = article.blocks[6]
        #expect(item.range.start.column == 3)  // the bullet itself, after two spaces
        let sentence = try #require(article.sentences(inBlock: 6).first)
        #expect(sentence.range.start.column == 5)
        #expect(article.sourceText(sentence.range).hasPrefix("Half-life:"))
    }

    @Test func positionsAfterMultiByteCharacters() throws {
        let text = "Café Notes — Part 1\n\nThe café served crème brûlée 🍮 daily. Then it closed.\n"
        let article = try load(text, format: .text)
        #expect(article.kinds == ["title", "paragraph"])
        let sentence = try #require(article.sentence(startingWith: "Then"))
        // "The café served crème brûlée 🍮 daily. " is 38 scalars and 45 bytes.
        #expect(describe(sentence.range) == "3:39+69-3:54+84")
        #expect(article.sourceText(sentence.range) == "Then it closed.")
    }

    @Test func crlfFilesReportTheSameLinesAndColumnsAsLF() throws {
        let lf = "Title Here\n\nFirst sentence here. Second one — with a dash\nstill going here.\n"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        let lfArticle = try load(lf, format: .text)
        let crlfArticle = try load(crlf, format: .text)
        #expect(lfArticle.kinds == crlfArticle.kinds)
        #expect(crlfArticle.blocks[1].text == "First sentence here. Second one — with a dash still going here.")
        let lfLines = lfArticle.sentences.map {
            "\($0.range.start.line):\($0.range.start.column)-\($0.range.end.line):\($0.range.end.column)"
        }
        let crlfLines = crlfArticle.sentences.map {
            "\($0.range.start.line):\($0.range.start.column)-\($0.range.end.line):\($0.range.end.column)"
        }
        #expect(lfLines == crlfLines)
        let last = try #require(crlfArticle.sentence(startingWith: "Second"))
        // Offsets count the \r bytes: line 3 starts at byte 14 in CRLF (12 in LF).
        #expect(describe(last.range) == "3:22+35-4:18+80")
        #expect(crlfArticle.sourceText(last.range) == "Second one — with a dash\r\nstill going here.")
    }

    @Test func aBOMCountsInOffsetsButNotInColumns() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Title\n\nBody text here. More.\n".utf8)
        let article = try load(bytes: bytes, format: .text)
        #expect(article.title == "Title")
        #expect(describe(article.blocks[0].range) == "1:1+3-1:6+8")
        let more = try #require(article.sentence(startingWith: "More"))
        #expect(describe(more.range) == "3:17+26-3:22+31")
    }

    @Test func columnsOnVeryLongLinesCountScalars() throws {
        // Long enough to use LineIndex's checkpoints: 3,000 two-byte letters, then the sentence.
        let text = "Title\n\n" + String(repeating: "é", count: 3_000) + ". Long lines — still exact.\n"
        let article = try load(text, format: .text)
        let sentence = try #require(article.sentence(startingWith: "Long"))
        #expect(describe(sentence.range) == "3:3003+6009-3:3028+6036")
        #expect(article.sourceText(sentence.range) == "Long lines — still exact.")
    }

    @Test func aFirstParagraphWithoutAShortFirstLineHasNoTitle() throws {
        let text = "This file starts with prose that runs over a line,\nand keeps going without any title at all.\n"
        let article = try load(text, format: .text)
        #expect(article.title == nil)
        #expect(article.kinds == ["paragraph"])
    }

    @Test func hashHeadingsAreHeadingsWithoutTheirMarks() throws {
        let text = "# Sleep Basics\n\nIntro text.\n## Why it matters\nBody text here.\n#no-space stays text\n"
        let article = try load(text, format: .text)
        #expect(article.title == "Sleep Basics")
        #expect(article.kinds == ["title", "paragraph", "heading", "paragraph"])
        #expect(article.blocks[2].kind == .heading(level: 2))
        #expect(article.blocks[2].text == "Why it matters")
        #expect(article.blocks[3].text == "Body text here. #no-space stays text")
        #expect(describe(article.sentences[2].range) == "4:4+31-4:18+45")
    }

    @Test func separatorLinesAreBlankAndALongFirstSentenceIsNoTitle() throws {
        let text = """
            Coffee drinkers in the study slept about forty minutes less than those who avoided it entirely.

            ---
            Second paragraph here.
            * * *
            Third.
            """
        let article = try load(text, format: .text)
        #expect(article.title == nil)
        #expect(article.kinds == ["paragraph", "paragraph", "paragraph"])
        #expect(article.blocks.map(\.text).suffix(2) == ["Second paragraph here.", "Third."])
    }

    @Test func aShortLineFollowedByAnotherShortLineIsNotAHeading() throws {
        let text = "Title\n\nSome prose here.\n\nCredits and thanks\n\nLeave a Comment\n"
        let article = try load(text, format: .text)
        #expect(article.kinds == ["title", "paragraph", "paragraph", "paragraph"])
    }
}
