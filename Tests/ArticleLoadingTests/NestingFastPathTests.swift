import CCmarkGFM
import CmarkArena
import TestSupport
import Testing

@testable import ArticleLoading

/// The nesting walk by node links against cmark's iterator, as it was first measured.
@Suite struct NestingFastPathTests {
    static func iteratorDepth(_ document: OpaquePointer, limit: Int) -> (line: Int, column: Int)? {
        guard let iterator = cmark_iter_new(document) else { return nil }
        defer { cmark_iter_free(iterator) }
        var depth = 0
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { return nil }
            guard let node = cmark_iter_get_node(iterator), cmark_node_first_child(node) != nil else { continue }
            if event == CMARK_EVENT_ENTER {
                depth += 1
                if depth > limit {
                    return (Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node)))
                }
            } else if event == CMARK_EVENT_EXIT {
                depth -= 1
            }
        }
    }

    @Test func theWalkFindsWhatTheIteratorFinds() {
        let texts = [
            "", "plain", "# Title\n\nText *em **strong [link](u)** x*.\n",
            "> a\n> > b\n> > > *c **d***\n\n- x\n  - y\n    - z *w*\n\nafter\n",
            "1. one\n   > quoted *em*\n2. two\n\n| a | b |\n|---|---|\n| *c* | d |\n",
            String(repeating: "> ", count: 30) + "deep\n\nshallow\n", String(repeating: "- ", count: 12) + "x\n- y\n",
            String(repeating: "*a ", count: 9) + "b" + String(repeating: "*", count: 9) + "\n\n`code`\n",
        ]
        for text in texts {
            let bytes = Array(text.utf8)
            guard let document = cmark_parse_document(text, bytes.count, 0) else { continue }
            defer { cmark_node_free(document) }
            for limit in 0...12 {
                let expected = Self.iteratorDepth(document, limit: limit)
                let found = MarkdownNesting.firstTooDeep(document, limit: limit)
                #expect(found?.line == expected?.line && found?.column == expected?.column, "\(text) limit \(limit)")
                let walked = MarkdownNesting.walkedFirstTooDeep(document, limit: limit)
                #expect(walked?.line == expected?.line && walked?.column == expected?.column, "\(text) limit \(limit)")
            }
        }
    }

    /// The walk in C (`copydesk_first_too_deep`, reading cmark's nodes in place) finds what the
    /// walk through the library's accessors finds, on generated Markdown of quotes, lists,
    /// inline markup, tables and footnotes nested at random, at every limit.
    @Test func theWalkInPlaceFindsWhatTheAccessorsFind() {
        let openers = ["> ", "- ", "1. ", "  ", "* ", "> - ", "   "]
        let inlines = [
            "word ", "*em* ", "**strong *em* x** ", "[link *a*](u) ", "`code` ", "![alt *b*](i) ", "<b>x</b> ",
            "~~del~~ ", "[^1] ", "&amp; ", "| a | b |",
        ]
        let extensions = ["table", "strikethrough", "tasklist", "autolink"]
        var generator = SplitMix(seed: 0xDEE9)
        var found = 0
        for _ in 0..<600 {
            var text = ""
            for _ in 0..<(1 + generator.next(8)) {
                for _ in 0..<generator.next(9) { text += openers[generator.next(openers.count)] }
                for _ in 0..<(1 + generator.next(5)) { text += inlines[generator.next(inlines.count)] }
                text += generator.next(3) == 0 ? "\n\n" : "\n"
                if generator.next(6) == 0 { text += "|---|---|\n| c | d |\n\n" }
                if generator.next(8) == 0 { text += "[^1]: note *x*\n\n" }
            }
            let options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | CMARK_OPT_SOURCEPOS
            cmark_gfm_core_extensions_ensure_registered()
            guard let parser = cmark_parser_new(options) else { continue }
            defer { cmark_parser_free(parser) }
            for name in extensions {
                if let syntax = cmark_find_syntax_extension(name) {
                    cmark_parser_attach_syntax_extension(parser, syntax)
                }
            }
            // Under copydesk's cmark lock, as `MarkdownParser` parses: a parse with extensions
            // flips the process-wide table of their special characters, and the tests share a
            // process (`CmarkArenaTests.parsesOnManyThreadsSeeEveryExtension` missed strikethrough
            // once in five full runs while this parsed beside it).
            copydesk_cmark_parse_lock()
            cmark_parser_feed(parser, text, text.utf8.count)
            let finished = cmark_parser_finish(parser)
            copydesk_cmark_parse_unlock()
            guard let document = finished else { continue }
            defer { cmark_node_free(document) }
            for limit in 0...14 {
                var line: Int32 = 0
                var column: Int32 = 0
                let inPlace = copydesk_first_too_deep(document, limit, &line, &column)
                #expect(inPlace != -1, "the nodes are read in place")
                let walked = MarkdownNesting.walkedFirstTooDeep(document, limit: limit)
                #expect((inPlace == 1) == (walked != nil), "\(text) limit \(limit)")
                if inPlace == 1 {
                    found += 1
                    #expect(Int(line) == walked?.line && Int(column) == walked?.column, "\(text) limit \(limit)")
                }
                let answer = MarkdownNesting.firstTooDeep(document, limit: limit)
                #expect(answer?.line == walked?.line && answer?.column == walked?.column)
            }
            // A walk from a node inside the tree stays inside it, as the accessors' walk does.
            if let first = cmark_node_first_child(document), cmark_node_first_child(first) != nil {
                for limit in 0...6 {
                    var line: Int32 = 0
                    var column: Int32 = 0
                    let inPlace = copydesk_first_too_deep(first, limit, &line, &column)
                    let walked = MarkdownNesting.walkedFirstTooDeep(first, limit: limit)
                    #expect((inPlace == 1) == (walked != nil) && (inPlace != 1 || Int(line) == walked?.line))
                }
            }
        }
        #expect(found > 1_000)
    }
}
