import ArticleLoading
import CopydeskCore
import Foundation
import Testing

/// Whatever the input, every verbatim piece of text must equal the source bytes it maps to,
/// and every range must lie inside the file and inside its block.
@Suite struct MappingInvariantTests {
    static func check(_ article: Article, _ label: String) {
        let count = article.source.count
        for (index, block) in article.blocks.enumerated() {
            let text = Array(block.text.utf8)
            #expect(
                block.range.start.offset <= block.range.end.offset && block.range.end.offset <= count,
                "\(label) block \(index)")
            for run in block.map.runs where run.isVerbatim {
                let mapped = article.source[run.sourceStart..<(run.sourceStart + run.sourceLength)]
                // A space or line feed standing for a one-byte line break counts as verbatim in TextMap; positions still line up.
                let same = zip(text[run.textStart..<(run.textStart + run.textLength)], mapped).allSatisfy { pair in
                    pair.0 == pair.1 || ([0x20, 0x0A].contains(pair.0) && [0x0A, 0x0D, 0x09].contains(pair.1))
                }
                #expect(same, "\(label) block \(index) run \(run)")
            }
            for run in block.map.runs where run.sourceLength == 0 {
                // Only a break space may stand for no source; anything else was not located.
                #expect(
                    text[run.textStart..<(run.textStart + run.textLength)].elementsEqual([0x20]),
                    "\(label) block \(index): unlocated \(run)")
            }
            for pair in zip(block.map.runs, block.map.runs.dropFirst()) {
                #expect(
                    pair.0.sourceStart + pair.0.sourceLength <= pair.1.sourceStart,
                    "\(label) block \(index): runs go backwards")
            }
        }
        for sentence in article.sentences {
            let block = article.blocks[sentence.blockIndex]
            #expect(!sentence.text.isEmpty)
            #expect(block.range.contains(sentence.range), "\(label) sentence \(sentence.text) outside its block")
            #expect(sentence.range.start.line >= 1 && sentence.range.start.column >= 1)
        }
        for link in article.links {
            if let blockIndex = link.blockIndex, let textRange = link.textRange {
                #expect(textRange.upperBound <= article.blocks[blockIndex].text.utf8.count, "\(label) link \(link.url)")
            }
            #expect(link.range.end.offset <= count)
        }
        for marker in article.citationMarkers {
            #expect(
                marker.textOffset <= article.blocks[marker.blockIndex].text.utf8.count,
                "\(label) marker \(marker.label)")
            #expect(
                marker.range.start.offset < marker.range.end.offset && marker.range.end.offset <= count,
                "\(label) marker \(marker)")
        }
    }

    @Test(arguments: ["plain-text-shape.txt", "markdown-shape.md", "html-shape.html"])
    func fixturesMapExactly(_ name: String) throws {
        Self.check(try loadFixture(name), name)
    }

    static let markdownPieces = [
        "# Héading *one*\n", "Plain para with é and — dash. Second one!\n", "> quote *em* line\n> more — quote\n",
        "- item [link](http://x.org) end\n  continued line\n", "1. first\n2) second\n",
        "| a | b |\n|---|---|\n| é | \\| |\n",
        "```\ncode block\n```\n", "Text &amp; &eacute; &#233; \\*esc\\* `code` here.\n",
        "Auto https://example.com/x and www.example.org now.\n",
        "Note.[^a] More[^b].\n", "[^a]: Def one\n    continued.\n", "<!-- copydesk-disable hedging -->\n",
        "Inline <sup>1</sup> and <!-- c -->.\n",
        "Hard  \nbreak here.\n", "    indented code\n", "***\n", "Setext\n===\n", "  * nested\n    * deeper 🎉 item\n",
        "\n", "\n\n",
        "See ![alt *text*](img.png \"t\") and [ref][r] or [r].\n", "[r]: http://ref.example\n",
        "> - quoted item\n>   lazy\nlazy line\n",
        "**bold [link *em*](http://a.b/(c)) tail** done.\n", "<div>\nhtml block\n</div>\n",
        "~~gone~~ and `` a ` b `` end.\n",
        "1) one\n   two para\n\n   second para\n", "   | x | y |\n|---|---|\n| 1 | 2 |\n",
        "- [ ] task item\n- [x] done\n",
        "Tab\tseparated\ttext.\n", "Ünïcödé at start.\n", "<https://angle.example/x> auto.\n",
        "Cite [1] and [2](#r2) and [3][r] and *[4]*.\n", "[1]: http://one.example\n",
    ]

    static let htmlPieces = [
        "<h2>Héading &amp; more</h2>", "<p>Para é — dash. Second!</p>", "<p>Unclosed para\n",
        "<ul><li>one<li>two &copy 3</ul>",
        "<blockquote><p>quoted</p> tail</blockquote>", "<table><tr><td>a<td>b&nbsp;c</table>",
        "<pre>code\n  kept</pre>",
        "<script>x < y && \"<p>no</p>\"</script>", "<!-- copydesk-enable -->",
        "<p>x<sup><a href=\"#r\">1</a></sup> y</p>",
        "<ol><li id=\"r\">Ref one.</li></ol>", "<b><i>misnested</b></i>", "text outside\n", "<br>", "<p>a<br/>b</p>",
        "<div>div text <span>span</span></div>", "\r\n", "<p>&#x1F600; emoji &#128512;</p>", "<a href=\"/x\">link</a>",
    ]

    static let textPieces = [
        "Title Line\n", "\n", "A paragraph line, é — here.\n", "continues here.\n", "  • bullet one\n",
        "- dash bullet\n",
        "1) ordered\n", "# copydesk-disable hedging\n", "Short Heading\n", "\r\n", "x\n", "   \n", "* star 🎉 bullet\n",
    ]

    /// A small deterministic generator (no Foundation randomness, so failures reproduce).
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// Characters that mean something to one of the parsers, and some that take several bytes.
    static let soup = Array("ab Z1.?!<>&;#[]()*_`\\|!-:\"'^/=~\n\n\r\t é—🎉&amp;&#233;<p><li><!--x-->[^a]")

    @Test(arguments: [ArticleFormat.markdown, .html, .text])
    func characterSoupNeverBreaksTheMapping(_ format: ArticleFormat) throws {
        let environment = ProcessInfo.processInfo.environment
        var generator = Generator(state: UInt64(environment["SEED"] ?? "7") ?? 7)
        for round in 0..<(Int(environment["ROUNDS"] ?? "400") ?? 400) {
            var document = ""
            for _ in 0..<generator.next(120) { document.append(Self.soup[generator.next(Self.soup.count)]) }
            let article = try ArticleLoader().load(path: "soup", bytes: Array(document.utf8), format: format)
            Self.check(article, "\(format) soup \(round): \(document.debugDescription)")
        }
    }

    @Test(arguments: [ArticleFormat.markdown, .html, .text])
    func randomDocumentsMapExactly(_ format: ArticleFormat) throws {
        let pieces: [String] =
            switch format {
            case .markdown: Self.markdownPieces
            case .html: Self.htmlPieces
            case .text: Self.textPieces
            }
        var generator = Generator(state: UInt64(ProcessInfo.processInfo.environment["SEED"] ?? "42") ?? 42)
        let rounds = Int(ProcessInfo.processInfo.environment["ROUNDS"] ?? "300") ?? 300
        for round in 0..<rounds {
            var document = ""
            for _ in 0..<(1 + generator.next(12)) { document += pieces[generator.next(pieces.count)] }
            if generator.next(4) == 0 { document = document.replacingOccurrences(of: "\n", with: "\r\n") }
            var bytes = Array(document.utf8)
            if generator.next(5) == 0 { bytes = [0xEF, 0xBB, 0xBF] + bytes }
            let article = try ArticleLoader().load(path: "random", bytes: bytes, format: format)
            Self.check(article, "\(format) round \(round): \(document.debugDescription)")
        }
    }
}
