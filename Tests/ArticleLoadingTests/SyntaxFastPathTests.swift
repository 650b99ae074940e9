import CmarkArena
import CopydeskCore
import Foundation
import TestSupport
import Testing

@testable import ArticleLoading

/// A source without the bytes that start footnotes, tables, strikethrough or task lists is
/// parsed without cmark-gfm's footnotes option and those extensions (`copydesk_markdown_syntax`):
/// every draft is the draft parsed with all of them (the oracle, on the same text).
@Suite struct SyntaxFastPathTests {
    /// The syntax bits `copydesk_markdown_syntax` finds in `text`.
    private func syntax(_ text: String) -> Int32 {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { copydesk_markdown_syntax($0.baseAddress, $0.count) }
    }

    private func check(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let source = Array(text.utf8)
        var parser = MarkdownParser(path: "t.md", source: source, lines: LineIndex(source))
        let found = describe(try parser.parse())
        parser.allSyntax = true
        let oracle = describe(try parser.parse())
        #expect(found == oracle, "\(text.debugDescription)", sourceLocation: sourceLocation)
        // And with the autolink extension (the parse a file the walker cannot finish gets).
        parser.autolinkExtension = true
        let linkedOracle = describe(try parser.parse())
        parser.allSyntax = false
        #expect(
            describe(try parser.parse()) == linkedOracle, "\(text.debugDescription)", sourceLocation: sourceLocation)
    }

    @Test func syntaxBits() {
        #expect(syntax("") == 0)
        #expect(syntax("Plain *text* with [a link](http://a.b), `code` and <b>HTML</b>.\n\n- a\n- b") == 0)
        #expect(syntax("x^2") == COPYDESK_SYNTAX_FOOTNOTES)
        #expect(syntax("a &#94; b") == COPYDESK_SYNTAX_FOOTNOTES)
        #expect(syntax("a &Hat; b") == COPYDESK_SYNTAX_FOOTNOTES)
        #expect(syntax("a &amp; b &") == 0)
        #expect(syntax("a | b") == COPYDESK_SYNTAX_TABLE)
        #expect(syntax("a\n:--") == COPYDESK_SYNTAX_TABLE)
        #expect(syntax("a\n--:") == COPYDESK_SYNTAX_TABLE)
        #expect(syntax("Note: a - b\n---") == 0)
        #expect(syntax("~a~") == COPYDESK_SYNTAX_STRIKETHROUGH)
        #expect(syntax("- [ ] a") == COPYDESK_SYNTAX_TASKLIST)
        #expect(syntax("[x]") == COPYDESK_SYNTAX_TASKLIST)
        #expect(syntax("[X") == 0)
        #expect(syntax("[y] [xx] [") == 0)
    }

    /// `copydesk_markdown_footnotes` is the footnotes bit of `copydesk_markdown_syntax`, on the
    /// texts above and on generated ones.
    @Test func footnotesBitAlone() {
        var texts = [
            "", "x^2", "a &#94; b", "a &Hat; b", "a &amp; b &", "a | b", "~a~", "- [ ] a", "&", "&#", "&H", "^",
        ]
        let pieces = ["a", " ", "^", "&", "#", "H", "[", "|", "~", ":", "-", "\n", "x"]
        var random = SplitMix(seed: 0x5E)
        for _ in 0..<500 {
            texts.append((0..<random.next(12)).map { _ in pieces[random.next(pieces.count)] }.joined())
        }
        for text in texts {
            let bytes = Array(text.utf8)
            let alone = bytes.withUnsafeBufferPointer { copydesk_markdown_footnotes($0.baseAddress, $0.count) }
            #expect((alone != 0) == (syntax(text) & COPYDESK_SYNTAX_FOOTNOTES != 0), "\(text.debugDescription)")
        }
    }

    @Test func caretEntityLabels() {
        func found(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            return bytes.withUnsafeBufferPointer { copydesk_caret_entity_label($0.baseAddress, $0.count) } != 0
        }
        for text in ["[&#94;x]", "a [&#094;x]", "[&#x5e;1]", "[&#X5E;1]", "[&#x005E;1]", "[&Hat;x]", "![&#94;i]"] {
            #expect(found(text), "\(text)")
        }
        for text in [
            "", "[", "[&", "&#94; [x]", "[ &#94;x]", "[&#95;x]", "[&#x5f;x]", "[&hat;x]", "[&#9;x]", "[^x]", "[\\^x]",
        ] {
            #expect(!found(text), "\(text)")
        }
    }

    /// cmark-gfm 0.29.0.gfm.6 with footnotes on reads past the decoded `^` of `[&#94;x]` and gives
    /// the bytes it found as text; such a source is parsed without footnotes, so the text is the
    /// source's, entities decoded.
    @Test func caretEntityLabelsParseAsText() throws {
        for entity in ["&#94;", "&#x5E;", "&Hat;", "&#0094;"] {
            let text = "# T\n\nSee [\(entity)x] and [^y] here, twice: [\(entity)x].\n\n[^x]: A note.\n"
            let source = Array(text.utf8)
            var parser = MarkdownParser(path: "t.md", source: source, lines: LineIndex(source))
            let draft = try parser.parse()
            let texts = draft.blocks.map(\.map.text)
            #expect(texts.contains("See [^x] and [^y] here, twice: [^x]."), "\(entity): \(texts)")
            #expect(texts.contains("[^x]: A note."), "\(entity): \(texts)")
        }
    }

    @Test func draftsAsWithAllSyntax() throws {
        let texts = [
            "", "Plain text.", "# Title\n\nA paragraph with *emphasis*, **strong**, `code` and <b>HTML</b>.",
            "[link](http://a.b \"t\") and ![image](i.png) and <http://c.d> and www.e.com and f@g.hi.",
            "[ref][1] and [1].\n\n[1]: http://a.b", "Text[^1] cited.\n\n[^1]: The note.",
            // (Not `[&#94;1]` or `[\\^1]`: cmark-gfm 0.29.0.gfm.6 reads the bytes after such a footnote
            // reference's text as its label, whatever they are.)
            "Text &#94; and &Hat; [x]", "A [^missing] note.", "x^2 and 2^10",
            "| a | b |\n|---|---|\n| 1 | 2 |", "a | b\n--|--\n1 | 2", "a\n:--\nb", "a\n--:", "Title\n---",
            "Title\n-", "a\n:-:", "Note: - yes", "~~gone~~ and ~one~", "~~~\ncode\n~~~", "- [ ] task\n- [x] done",
            "1. [X] done\n2. [ ]", "[ ] not in a list", "- a\n  - b\n    - c\n\n  d", "> quote\n> - item\n>\n> more",
            "    indented code", "```\nfenced | code ~ ^\n```", "<div>\nHTML | block\n</div>\n\ntext",
            "Über straße — naïve café, 日本語 | table?", "&amp; &copy; &#35; &#x23; &HilbertSpace;",
            "---\ntitle: T | x ^ ~\n---\n\nBody text.", "a\\|b \\~ \\^ \\[x\\]", "*a* _b_ ***c*** __d__",
            "line  \nbreak\\\nand soft\nbreak", "<!-- copydesk-ignore -->\nText.",
        ]
        for text in texts { try check(text) }
    }

    /// Every fixture and example, as they are and with each of the bytes the test looks for removed.
    @Test func fixturesAsWithAllSyntax() throws {
        let folders = [fixturePath(""), fixturePath("../../../examples")]
        var checked = 0
        for folder in folders {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasSuffix(".md")
            {
                let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
                try check(text)
                checked += 1
                for byte in ["^", "|", "~", "["] {
                    try check(text.replacingOccurrences(of: byte, with: ""))
                }
            }
        }
        #expect(checked >= 2)
    }
}
