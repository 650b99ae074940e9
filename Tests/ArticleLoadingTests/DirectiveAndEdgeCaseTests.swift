import CopydeskCore
import Glibc
import Testing

@testable import ArticleLoading

@Suite struct DirectiveAndEdgeCaseTests {
    @Test func directiveTargetsSplitOnSpacesAndCommasAndStopAtAReason() throws {
        let markdown = """
            <!-- copydesk-disable hedging, citation.unsupported-claim -- quoted from the trial -->
            Text. <!-- copydesk-disable-next-line -->
            <!-- copydesk-enable: hedging -->
            <!-- an ordinary comment -->
            """
        let article = try load(markdown, format: .markdown)
        #expect(article.directives.map(\.kind) == [.disable, .disableNextLine, .enable])
        #expect(article.directives.map(\.targets) == [["hedging", "citation.unsupported-claim"], [], ["hedging"]])
        #expect(article.directives[1].range.start.line == 2)
        #expect(article.sourceText(article.directives[1].range) == "<!-- copydesk-disable-next-line -->")
    }

    @Test func onlyACommentThatStartsWithADirectiveWordIsOne() throws {
        let markdown = """
            <!--
              copydesk-disable citation
            -->
            <!-- a note that mentions copydesk-enable later -->
            <!-- \(String(repeating: "A long commented-out draft paragraph. ", count: 200)) -->
            <!--copydesk-enable-->
            """
        let article = try load(markdown, format: .markdown)
        #expect(article.directives.map(\.kind) == [.disable, .enable])
        #expect(article.directives.map(\.targets) == [["citation"], []])
        #expect(article.directives.map(\.range.start.line) == [1, 6])
    }

    @Test func plainTextDirectivesNeedTheirOwnLine() throws {
        let text =
            "Title\n\n# copydesk-disable medical-claim\nA claim here.\n#copydesk-enable\nNot a directive: # copydesk-disable\n"
        let article = try load(text, format: .text)
        #expect(article.directives.map(\.kind) == [.disable, .enable])
        #expect(article.directives.map(\.targets) == [["medical-claim"], []])
        #expect(article.blocks.map(\.text) == ["Title", "A claim here.", "Not a directive: # copydesk-disable"])
    }

    @Test func markdownSuperscriptReferencesAreMarkers() throws {
        let article = try load("Blood pressure fell.<sup>2</sup> It stayed low.\n", format: .markdown)
        #expect(article.blocks[0].text == "Blood pressure fell. It stayed low.")
        let marker = try #require(article.citationMarkers.first)
        #expect(marker.style == .superscript)
        #expect(marker.label == "2")
        #expect(marker.textOffset == 20)
        #expect(article.sourceText(marker.range) == "<sup>2</sup>")
    }

    @Test(arguments: [ArticleFormat.text, .markdown, .html])
    func emptyAndBlankInputsGiveEmptyArticles(_ format: ArticleFormat) throws {
        for text in ["", "\n\n", "   \r\n\t\n", "\u{FEFF}"] {
            let article = try load(text, format: format)
            #expect(article.blocks.isEmpty, "\(format) \(text.debugDescription)")
            #expect(article.sentences.isEmpty)
            #expect(article.title == nil)
        }
    }

    @Test func readErrorsMapToShortMessages() {
        #expect(FileReader.message(errno: ENOENT) == "no such file")
        #expect(FileReader.message(errno: ENOTDIR) == "no such file")
        #expect(FileReader.message(errno: EACCES) == "permission denied")
        #expect(FileReader.message(errno: EISDIR) == "is a directory")
    }

    @Test func sectionsFollowTheNearestHeadingInEveryFormat() throws {
        let markdown = try load("# Title\n\nIntro.\n\n## Part one\n\n- item\n\n> quote\n", format: .markdown)
        #expect(markdown.blocks.map { $0.section ?? "-" } == ["Title", "Title", "Part one", "Part one", "Part one"])
        let html = try load("<p>Before.</p><h2>Part &amp; two</h2><p>After.</p>", format: .html)
        #expect(html.blocks.map { $0.section ?? "-" } == ["-", "Part & two", "Part & two"])
    }
}

@Suite struct ConcurrentLoadingTests {
    /// cmark-gfm's extension registry and libxml2's parser are initialised once; loads in parallel must agree.
    @Test func parallelLoadsGiveTheSameArticles() async throws {
        let names = ["plain-text-shape.txt", "markdown-shape.md", "html-shape.html"]
        let expected = try names.map { try loadFixture($0).sentences.map(\.range) }
        let results = try await withThrowingTaskGroup(of: (Int, [SourceRange]).self) { group in
            for round in 0..<60 {
                let index = round % names.count
                let path = fixturePath(names[index])
                group.addTask { (index, try ArticleLoader().load(path: path).sentences.map(\.range)) }
            }
            var all: [(Int, [SourceRange])] = []
            for try await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 60)
        for (index, ranges) in results { #expect(ranges == expected[index]) }
    }
}
