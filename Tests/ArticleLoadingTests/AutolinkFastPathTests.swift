import CopydeskCore
import Foundation
import Testing

@testable import ArticleLoading

/// The walker finds the extended autolinks (`www.`, `https://`, e-mail) exactly where cmark-gfm's
/// `autolink` extension finds them: every draft read without the extension is the draft read
/// with it (the extension is the oracle, on the same text).
@Suite struct AutolinkFastPathTests {
    /// The draft with the extension, and the one the walker makes without it (nil when it leaves
    /// the file to the extension).
    private func drafts(_ text: String) throws -> (oracle: String, found: String?) {
        let source = Array(text.utf8)
        var parser = MarkdownParser(path: "t.md", source: source, lines: LineIndex(source))
        parser.autolinkExtension = true
        let oracle = describe(try parser.parse())
        let found = try parser.parse(findingAutolinks: true).map(describe)
        return (oracle, found)
    }

    /// Checks one text; returns whether the walker found the links itself.
    @discardableResult
    private func check(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Bool {
        let (oracle, found) = try drafts(text)
        if let found {
            #expect(found == oracle, "\(text.debugDescription)", sourceLocation: sourceLocation)
        }
        return found != nil
    }

    @Test func linksFoundWhereTheExtensionFindsThem() throws {
        let texts = [
            "www.a.b.", "Visit www.commonmark.org/help for more.", "(http://x.y/(a)b))", "foo@bar.baz_",
            "a.b-c_d@a.b", "http://x.y&amp;", "http://x.y&amp; z", "see www.a.com, then http://b.org/x?y=1.",
            "[text](http://url.com) and www.x.com", "[www.x.com](http://y.z)", "`www.x.com` and `http://a.b`",
            "*www.x.com*", "_www.x.com_", "~www.x.com~", "~~www.x.com~~", "(www.x.com)", "awww.x.com",
            "a www.x.com", "mid-wordwww.x.com", "x:www.x.com", "HTTP://X.Y", "Https://x.y/z", "xhttp://a.b",
            "1http://a.b", "ftp://a.b/c", "ftp:/a.b", "http://", "http:// x", "http://a", "http://a_b.c d",
            "http://a.b_c d", "www.a_b.c d", "www.a.b_c", "www.a", "www.", "www.x.com/a_b_", "www.x.com/a*b",
            "www.x.com/*a*", "www.x.com/**a", "**www.x.com**", "www.x.com/a&b", "www.x.com/a&amp;b",
            "www.x.com/a\\_b", "www.x.com/a;", "www.x.com/&amp;", "www.x.com/&hl;", "www.x.com/a&hl;b",
            "www.google.com/search?q=(business))+ok", "www.google.com/search?q=Markup+(business)",
            "www.a.com/'q'", "www.a.com/\"q\"", "www.a.com<b>", "www.a.com<", "http://a.b<c", "x [a www.x.com",
            "x [a] www.x.com", "x ![a www.x.com", "x \\[a www.x.com", "x &#91;a www.x.com", "[a [b](u) www.x.com",
            "[a](u) www.x.com [b", "] www.x.com", "[1] http://a.b and [2] www.c.d", "[^1] www.x.com\n\n[^1]: note",
            "foo@bar.com", "mailto:foo@bar.com", "xmpp:foo@bar.com/res", "xmpp:foo@bar.com/res/more",
            "a.mailto:foo@bar.com", "x mailto:mailto:foo@bar.com", "amailto:foo@bar.com", "foo@bar@baz.com",
            "foo@bar.com@baz.org", "a@b", "a@b.", "a@b.c", "a@b.c.", "a@b.c_", "a@b.c-", "a@b.1", "@b.c",
            "a+b@c.de", "a_b@c-d.ef", "x\\_y@a.bc", "x&amp;y@a.bc", "*foo*@bar.com", "foo@*bar*.com",
            "[foo@bar.com](u)", "![foo@bar.com](u)", "[![foo@bar.com](i)](u)", "<foo@bar.com>",
            "<http://a.b> www.c.d", "a <b>www.c.d</b>", "a<b>www.c.d", "> www.x.com\n>www.y.com\n> a >www.z.com",
            "- www.x.com\n- http://a.b", "1. a@b.co", "# www.x.com #", "# www.x.com/a_\n", "Title www.x.com\n===",
            "| a | b |\n|---|---|\n| www.x.com | http://a.b |\n|www.c.d|e@f.gh|", "| a |\n|---|\n| x www.a.b_ |",
            "a  \nwww.x.com", "a\\\nwww.x.com", "a\nwww.x.com", "a\n   www.x.com", "    code www.x.com\n\ntext",
            "<div>www.x.com</div>\n\nwww.y.com", "www.x.com\\", "www.x.com`", "www.x.com)", "(www.x.com",
            "http://a.b/c_(d)", "http://a.b.c.d.e.f.g.h.i.j.k.l_m.n x", "www.a.b.c.d.e.f.g.h.i.j.k.l_m.n x",
            "http://caf\u{E9}.fr/x", "www.caf\u{E9}.fr", "www.x.com\u{2019}s", "http://x.y\u{2014}z",
            "http://\u{2019}x",
            "www.x.com\u{A0}y", "a\u{A0}www.x.com", "<sup>www.x.com</sup>", "<sup>[1](http://a.b)</sup>",
            "[1](#r) www.a.b", "see [1](http://a.b), www.c.d", "www.x.com [1]", "x@y.zz [1](u)",
            "http://a.b\r\nwww.c.d\r\n", "a\rwww.b.c", "\u{FEFF}www.x.com", "---\ntitle: www.x.com\n---\nwww.y.com",
            "<!-- copydesk-ignore www.x.com -->\nwww.x.com", "www.x.com <!-- c --> http://a.b",
            "Note: see http://a.b:8080/x; and ftp://c.d;", "http://a.b/?x=y&z=w;", "http://a.b/x&lt;",
            "www.x.com/a)(b", "www.x.com/((a)", "www.x.com.)", "www.x.com?!.,:*_~'\"", "**a www.x.com/**b c**",
            "*a www.x.com/*b* c", "**foo http://x.y/a*b bar**", "_a www.x.com/_b_ c", "www.x.com/_a_",
            "a@b.c@d", "/a@b.co", "x xmpp:a@b.co/x/y", "a@b.co@c.de", ":b@c.de", "xmailto:b@c.de", "a@@b.co",
            "mailto:a@b@c.de", "xmpp:a@b@c.de/x", "a.b@c@d.e", "x@y.z@w", "x@y.zz@w.v@u", "'q@r.st@b@http://,&",
            "a\n\n[^1]: n\n\nx \\\\HTTP://ww[^1]<b>", "x \\\\HTTP://ww[^1]<b>", "x \\\\HTTP://ww",
            "\u{E9}> \n\n[^1]: n [<\n\n[^1]: n &lpar;\\HTTP://ww[^1]<b>\n- \u{2019}`/\"&amp;[1]",
            "a\n\n[^1]: n [<\n\n[^1]: n \\HTTP://ww[^1]<b>", "[^1]: n \\HTTP://ww[^1]<b>",
        ]
        var fast = 0
        for text in texts where try check(text) { fast += 1 }
        // Most are read without the extension.
        #expect(fast * 10 >= texts.count * 8, "\(fast) of \(texts.count)")
    }

    @Test func plainArticlesAreReadWithoutTheExtension() throws {
        let text = """
            # A title

            Some text with a link to www.example.com, another (https://example.org/a_(b)) and
            mail to someone@example.net. A [real link](https://x.y) and `code http://z.w`.

            > Quoted www.quote.org/page.
            > More.

            - item http://item.example/x
            - item two [1]

            | a | b |
            |---|---|
            | cell www.cell.com | two |

            [1]: https://ref.example
            """
        #expect(try check(text))
    }

    /// Random mixes of the markup that matters to the rules, each read both ways.
    @Test func randomTextsMatchTheExtension() throws {
        let tokens = [
            "www.", "www.a.b", "http://", "https://", "ftp://", "HTTP://", "a", "b", "x.y", ".", ",", "_", "*", "**",
            "~", "~~", "(", ")", "[", "]", "![", "](u)", "`", "<", ">", "&amp;", "&", ";", "@", "mailto:", "xmpp:", "/",
            "\\", " ", " ", " ", "\n", "\n\n", "> ", "- ", ":", "'", "\"", "?", "!", "-", "+", "\u{E9}", "\u{2019}",
            "<b>", "</b>", "[^1]", "\n\n[^1]: n ", "# ", "|", "\n|-|-|\n", "q@r.st", "w", "ww", "com", "1", "[1]",
            "\\|", "&#119;", "&lpar;", "\\(", "\\*", "\\_", "\n> ", "\n- ", "\n1. ", "\n    ", "  \n", "\\\n", "\t",
            "www.a.b/", "http://c.d", "e@f.gh", "a.b", "_b", "\n===\n", "<!-- c -->", "**", "[a](", "[a]: u\n",
        ]
        var state = UInt64(ProcessInfo.processInfo.environment["AUTOLINK_SEED"] ?? "") ?? 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
        }
        var fast = 0
        let count = Int(ProcessInfo.processInfo.environment["AUTOLINK_FUZZ"] ?? "") ?? 4000
        for _ in 0..<count {
            let length = 3 + next() % 25
            let text = (0..<length).map { _ in tokens[next() % tokens.count] }.joined()
            if try check(text) { fast += 1 }
        }
        #expect(fast * 2 >= count, "\(fast) of \(count)")
    }

    @Test func shapeFixtureMatchesTheExtension() throws {
        let text = try String(contentsOfFile: fixturePath("markdown-shape.md"), encoding: .utf8)
        #expect(try check(text))
    }

    @Test func nestingAtTheLimitIsLeftToTheExtension() throws {
        let text = String(repeating: "> ", count: 6) + "www.x.com"
        let source = Array(text.utf8)
        for limit in 5...9 {
            var parser = MarkdownParser(path: "t.md", source: source, lines: LineIndex(source), maxNesting: limit)
            parser.autolinkExtension = true
            let oracle = Result { () throws(LoadError) in try parser.parse() }.map(describe)
            parser.autolinkExtension = false
            let found = Result { () throws(LoadError) in try parser.parse() }.map(describe)
            switch (oracle, found) {
            case (.success(let a), .success(let b)): #expect(a == b)
            case (.failure(let a), .failure(let b)):
                #expect(a.message == b.message && a.line == b.line && a.column == b.column)
            default: Issue.record("limit \(limit): \(oracle) vs \(found)")
            }
        }
    }
}
