import CCmarkGFM
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
            }
        }
    }
}
