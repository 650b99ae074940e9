import CmarkArena
import CopydeskCore
import Foundation
import Testing

@testable import ArticleLoading

/// `QuickMarkdown` reads a source without cmark-gfm or gives it back: whenever it reads one,
/// the draft is the one cmark-gfm's path gives (the oracle: `quickReading` cleared), on every
/// Markdown fixture and example and on thousands of documents made of the constructs it reads
/// and of near misses of them.
@Suite struct QuickMarkdownTests {
    /// Whether the quick reader read `text`; records a difference from the cmark path if it did.
    @discardableResult
    private func check(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Bool {
        let source = Array(text.utf8)
        var parser = MarkdownParser(path: "t.md", source: source, lines: LineIndex(source))
        parser.quickReading = false
        guard let oracle = try? parser.parse() else {
            // (Front matter that is not YAML: refused before either reading.)
            parser.quickReading = true
            #expect(throws: LoadError.self, sourceLocation: sourceLocation) { try parser.parse() }
            return false
        }
        parser.quickReading = true
        let frontMatter = try FrontMatter.parse(path: "t.md", source: source, lines: LineIndex(source))
        guard let read = parser.quickRead(after: frontMatter) else { return false }
        #expect(describe(read) == describe(oracle), "\(text.debugDescription)", sourceLocation: sourceLocation)
        // The maps' runs too, not only where each byte maps.
        #expect(
            read.blocks.map(\.map) == oracle.blocks.map(\.map), "\(text.debugDescription)",
            sourceLocation: sourceLocation)
        #expect(describe(try parser.parse()) == describe(oracle), sourceLocation: sourceLocation)
        return true
    }

    /// `copydesk_quick_text_stop` (sixteen bytes at a time) stops where a byte-by-byte reading
    /// of its rule does, on generated texts of every length up to 80, from every offset.
    @Test func textStopsAreTheOnesReadByteByByte() {
        func stop(_ bytes: [UInt8], from start: Int) -> Int {
            let stops = Array("\n\r\t\\`&<*_[]!~|@".utf8)
            for index in start..<bytes.count {
                let rest = bytes[index...]
                if stops.contains(bytes[index]) || rest.starts(with: Array("://".utf8))
                    || rest.starts(with: Array("www.".utf8))
                {
                    return index
                }
            }
            return bytes.count
        }
        var state: UInt64 = 0x51
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33) % bound
        }
        let pieces = ["a", "b", " ", "w", "ww", "www", ".", ":", "/", "//", "é", "\n", "[", "!", "@", "|", "_", "x"]
        for _ in 0..<400 {
            var bytes: [UInt8] = []
            let length = next(81)
            while bytes.count < length { bytes += Array(pieces[next(pieces.count)].utf8) }
            for start in 0...bytes.count {
                let found = bytes.withUnsafeBufferPointer { buffer in
                    start + copydesk_quick_text_stop(buffer.baseAddress! + start, buffer.count - start)
                }
                #expect(found == stop(bytes, from: start), "\(bytes) from \(start)")
            }
        }
    }

    @Test func readsTheSubset() throws {
        let read = [
            "", "Plain text.", "# Title\n\nA paragraph\nof two lines.\n", "## A [^a] b\n\n[^a]: Note.",
            "---\ntitle: T\n---\n\n# H\n\nText.[^x] More.\n\n[^x]: X.\n[^y]: Y.\n",
            "Text\n```python\ncode\n\n  more\n```\nafter", "<!-- copydesk-disable hedging -->\nText.",
            "a [^u] b", "x\n[^d]: a\nlazy\n\n# h [^d]",
            // A cited definition ending in emphasis ends where its text does when a blank line
            // follows it, else at its line's end.
            "A[^a] b.\n\n[^a]: Weight **fat.**\n\nMore text.\n", "A[^a] b.\n\n[^a]: Weight *fat.*\n\n",
            "A[^a] b.\n\n[^a]: Weight **fat.**\n[^b]: NHS.\n", "A[^a] b.\n\n[^a]: Weight **fat.**",
            // Every definition cited, not in the order defined: the references in source order.
            "A[^d] b[^b].\n\n[^b]: B.\n\n[^d]: D.\n", "A[^d] b[^b] c[^a].\n\n[^a]: A.\n[^b]: B.\n[^d]: D.",
        ]
        for text in read { #expect(try check(text), "\(text.debugDescription)") }
        // Tight lists of one-line items.
        let lists = [
            "- a", "1. a", "- a\n- b *c* [d](e)\n- f[^a]\n\n[^a]: N.", "* a\n* b", "+ a", "0. a\n1. b", "007. a",
            "123456789. a", "2. a\n3. b", "# H\n- a\n\nText.", "```\nc\n```\n- a", "<!-- c -->\n1. a",
            "- [1](#r) a\n- [x](y) b", "Text\n- a", "Text *b*\nmore\n* a\n* b\n\nEnd.", "# H\nText:\n+ a",
            "# H\n- b\n\nText.\n\n1. c",
            // Items whose paragraph goes on: indented lines, lazy ones, deeper indents.
            "- a\n  b", "- a\nlazy", "- a\n  b *c*\n  d\n- e\n  f", "1. a\n   b\n2. c\nlazy\n   d", "10. a\n    b",
            "- a\n      b", "- a\n b", "* a\n  [x](y) `c`\n  [1](#r) d", "- a `c\n  d` e", "- a[^a]\n  b\n\n[^a]: N.",
            "Text\n- a\n  b\nlazy\n\nEnd.", "- a\n  b\n\n# H",
            // A paragraph whose lines after the first are indented.
            "Text\n  more", "Text\n    more\n more", "# H\n\nA *b*\n   c [d](e)\n\n- f",
        ]
        for text in lists { #expect(try check(text), "\(text.debugDescription)") }
        // Near misses of them: left to cmark-gfm.
        let nearLists = [
            "1) a", "- a\n\n- b", "- a\n  - b", "- a\n* b",
            // Near misses of continued items and paragraphs: nested blocks, loose items, tabs,
            // setext underlines, definitions' continuations.
            "- a\n\n  b", "- a\n  # h", "- a\n  > q", "- a\n  ---", "- a\n  ===", "- a\n\tb", "- a\n  \tb",
            "- a\n  1. b", "- a\n   * b", "Text\n  - a", "Text\n  1. a", "Text\n  ---", "[^a]: x\n  y",
            "A[^a]\n\n[^a]: x\n    y", "- a\n  [^b]: x", "- a\n  <b>", "- a\n  ```", "- a\n  b\n\n- c",
            "- a\n  b\n1. c", "# H\n  b", "```\nc\n```\n  b", "- a\n  |b", "- a\n  b  ", "- a\n1. b", "1. a\n- b",
            "-", "- ", "-  a", "- # a", "- > a", "- - a", "* * *", "- - -", "- 1. a", "- [ ] a", "- [x] a",
            "Text\n1. a", "[^a]: x\n* a", "A[^a]\n\n[^a]: x\n- a", "Text\n> a", "[^a]: x\n- a", "- a\n# H",
            "1234567890. a", "1.\ta", "- a\n---",
            "- a\n\n1. b", "> q", "- a\n> b",
        ]
        for text in nearLists { #expect(try !check(text), "\(text.debugDescription)") }
        let left = [
            "*a", "a*b*", "[x]", "a\n---", "a\n===", "a  \nb", "\ta", " a", "    code",
            "a | b", "~~s~~", "a@b.co", "&amp;", "\\*", "`c", "<b>x</b>", "a\r\nb",
            "a\rb", "```\nunclosed", "# Title #", "#tag", "[^A]\n\n[^a]: x", "[^a](x)\n\n[^a]: x", "![^a]",
            "[^a]: x\n[^a]: y", "\u{FEFF}Text",
            // A definition whose content may open a block other than a paragraph.
            "A[^a].\n\n[^a]: ### Heading", "A[^a].\n\n[^a]: 1. x", "A[^a].\n\n[^a]: - x", "A[^a].\n\n[^a]: > x",
            "A[^a].\n\n[^a]: [^b]: x",
        ]
        // Web addresses cmark-gfm's extension links, and `://` or `www.` that start none.
        let addresses = [
            "See https://a.org/x.", "www.a.org", "(www.a.org/b)", "Go to http://a.b/c?d=e, then", "HTTPS://A.ORG",
            "ftp://a.b", "x https://a.b/(c)) y", "# At www.a.org", "- https://a.org\n- www.b.org/c.",
            "a\nhttps://a.org\nb", "- a\n  https://a.org/x", "*e* https://a.org *f*", "a `c`https://a.org",
            "[x](y) www.a.org", "[see https://a.org](y)", "A[^a]\n\n[^a]: See https://a.org/n.", "wwww.a.org",
            "awww.a.org", "www.a", "mailto://a", "abc://a.b", "http://", "http:// a", "www.", "a://b", "x:/y",
            "https://a.org/1 https://b.org/2", "https://a.b/c.d.e!?", "https://a.b/\"x\"", "https://a.b:80/c;d",
            "https://é.org", "https://a.org/é", "www.a.org)", "x.https://a.org", "1https://a.org", "https://a.b'",
            "www.a.com", "http://a.b", "www.a_b.org", "xhttps://a.org", "https://a.b.c_d.e",
        ]
        for text in addresses { #expect(try check(text), "\(text.debugDescription)") }
        let nearAddresses = [
            "https://a.org/a_b", "https://a.org/?a=1&b=2", "https://a.org/*x*", "https://a.org/[1]", "https://a.b/@c",
            "www.a.org/`c`", "https://a.org/~x", "https://a.org|x", "https://a.org!x",
            "https://a.org\\x", "a@b.org", "https://a.b*]", "https://a.b_>", "*https://a.org*",
            "_www.a.org_", "www.a.org<b>",
        ]
        for text in nearAddresses { #expect(try !check(text), "\(text.debugDescription)") }
        #expect(try check("A `span` and [a link](http://a.b/c) [1](#r)."))
        #expect(try check("**Note:** a *b* and __c__, snake_case and _d_.\n*e*\n"))
        // Up to `maxDefinitions` footnote definitions, each label looked for among the others.
        func notes(_ count: Int) -> String {
            (0..<count).map { "Claim \($0).[^n\($0)]\n" }.joined() + "\n"
                + (0..<count).map { "[^n\($0)]: Note \($0).\n" }.joined() + "[^u]: Uncited.\n"
        }
        #expect(try check(notes(QuickMarkdown.maxDefinitions - 1)))
        #expect(try !check(notes(QuickMarkdown.maxDefinitions)))
        for text in left { #expect(try !check(text), "\(text.debugDescription)") }
    }

    /// Every Markdown fixture and example, as it is and with its lines cut down to a few kinds
    /// the reader takes (so that more of them are read).
    @Test func fixturesAndExamples() throws {
        let folders = [fixturePath(""), fixturePath("../../../examples")]
        var checked = 0
        for folder in folders {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasSuffix(".md")
            {
                let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
                try check(text)
                checked += 1
            }
        }
        #expect(checked >= 2)
    }

    /// Documents made of headings, paragraphs, code, comments, footnotes, lists and the near misses of
    /// each, joined by one or two line breaks: every one read is the oracle's.
    @Test func generatedDocuments() throws {
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33) % bound
        }
        let words = [
            "fasting", "trials", "found", "2022", "a", "the", "Über", "café—", "x^2", "naïve", "[^a]", "[^b]",
            "[^c]", "[^A]", "[^none]", "[^a]:", "!", "wow!", "ratio:", "#", "##", "1.", "1)", "2022.", "-", "+", "=",
            ":", "w", "ww", "www", "wwwx", "[", "]", "[x]", "*", "_", "`", "&", "<", ">", "|", "~", "@", "\\",
            "\t", "  ", "[^a](x)", "[^a][b]", "![x]", "e.g.", "3–5", "[1]", "(see", "note)", "wh:at", "http:",
            "“quoted”", "日本語", "`code`", "`a b`", "``x ` y``", "`[x](y)`", "`unclosed", "[text](http://a.b/c)",
            "[1](#ref)", "[2,3](x)", "[a b](url)", "[x](y z)", "[x](<y>)", "[x](y \"t\")", "[x](a(b)c)",
            "[https://a.b](https://a.b)", "[a@b.c](mailto:a@b.c)", "[ x](y)", "[x ](y)", "[](y)", "[x]()", "[x]:",
            "[x](y)z", "[www.a.com](y)", "[`c`](y)", "[a [b](c)](d)", "*em*", "**strong**", "_em_", "__st__",
            "***both***", "*a b*", "**Note:**", "snake_case", "a_b_c", "*x", "x*", "a*b*c", "*(x)*", "_x_y",
            "**x*", "*x**", "* x *", "*é*", "*x*é", "*wow!*", "*x_y*", "_a*b_", "*a [x](y) b*", "*`c`*", "(*x*)",
            // Web addresses, and near misses of them.
            "https://a.org/b", "www.a.org", "http://a.b/c.", "(www.a.org)", "HTTP://A.B", "ftp://x.y/z",
            "https://a.b/c?d=1&e=2", "https://a.b/c_d", "www.a_b.c", "https://a.b)", "wwww.a.b", "xwww.a.b",
            "http://", "www.", "abc://a.b", "https://a.b/[1]", "https://a.b*", "https://é.b", "https://a.b'",
        ]
        let safeWords =
            words.prefix(10) + [
                "`code`", "[text](http://a.b/c)", "[1](#ref)", "[a@b.c](mailto:a@b.c)", "*em*", "**st**", "_em_",
                "snake_case", "**Note:**", "https://a.org/b", "www.a.org", "(http://a.b/c).",
            ]
        func line(_ safe: Bool) -> String {
            let pool = safe ? Array(safeWords) : words
            return (0..<(1 + next(6))).map { _ in pool[next(pool.count)] }.joined(separator: " ")
        }
        // Lines that go on an item's or a paragraph's text: indented by zero to six spaces (a
        // tab or a line that opens another block in a block of near misses).
        func continuation(_ safe: Bool) -> String {
            (0..<(1 + next(2))).map { _ in
                let indent = !safe && next(3) == 0 ? "\t" : String(repeating: " ", count: next(7))
                let openings = ["- ", "1. ", "> ", "# ", "---", "===", "```", "[^a]: "]
                let opening = !safe && next(2) == 0 ? openings[next(openings.count)] : ""
                return "\n" + indent + opening + line(safe)
            }.joined()
        }
        func block() -> String {
            let safe = next(8) != 0
            switch next(14) {
            case 0: return String(repeating: "#", count: 1 + next(7)) + " " + line(safe)
            case 1: return "```" + (next(2) == 0 ? "python" : "") + "\n" + line(false) + "\n\n" + line(false) + "\n```"
            case 2: return "<!-- copydesk-disable" + (next(2) == 0 ? " hedging" : "") + " -->"
            case 3: return "<!-- a\n" + line(false) + "\n-->" + (next(3) == 0 ? " after" : "")
            case 4:
                // Content that may open a block inside the definition, now and then.
                let opening =
                    next(6) == 0
                    ? ["### ", "1. ", "2) ", "- ", "> ", "* ", "```", "<b> ", "[^b]: ", "# "][next(10)] : ""
                return "[^" + ["a", "b", "c", "A", "d"][next(5)] + "]: " + opening + line(safe)
            case 5: return ["---", "===", "***", "- item", "1. item", "> quote", "    indented", "\tx"][next(8)]
            case 10:
                // A list, now and then with a near miss of one.
                let marker = ["- ", "* ", "+ ", "1. ", "3. ", "1) "][next(6)]
                let miss = next(6) == 0 ? ["  ", "- ", "> ", "\n", "lazy ", "#", "> >", ">"][next(8)] : ""
                let lines = (0..<(1 + next(4))).map { _ in
                    (marker == "3. " ? "\(3 + next(3)). " : marker) + line(safe) + (next(12) == 0 ? "\n" + miss : "")
                        + (next(4) == 0 ? continuation(safe) : "")
                }
                return lines.joined(separator: "\n")
            case 6: return line(safe) + ["  ", " ", "\\", "", ""][next(5)]
            case 7: return "```\n" + line(false)
            case 8: return "<div>" + line(safe) + "</div>"
            default:
                // Now and then a citation, so that definitions are cited (and moved to the end).
                let cite = next(3) == 0 ? "[^" + ["a", "b", "c"][next(3)] + "]" : ""
                return line(safe) + cite + (next(3) == 0 ? "\n" + line(safe) : "")
                    + (next(6) == 0 ? continuation(safe) : "")
            }
        }
        var read = 0
        let count = 6_000
        for _ in 0..<count {
            var text = next(4) == 0 ? "---\ntitle: \(words[next(10)]) \(words[next(10)])\n---\n" : ""
            for _ in 0..<(1 + next(8)) { text += block() + ["\n", "\n\n", "\n\n\n"][next(3)] }
            if next(4) == 0 { text.removeLast() }
            if try check(text) { read += 1 }
        }
        // Enough of them are read for the comparison to mean something.
        #expect(read > count / 6, "\(read) of \(count) read")
    }
}
