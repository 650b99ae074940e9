import CCmarkGFM
import CopydeskCore

/// The deepest nesting of a cmark tree, measured without recursion, so a hostile file with
/// thousands of nested quotes or lists is refused before the (recursive) walk could overflow the stack.
enum MarkdownNesting {
    /// The first node deeper than `limit` levels, as a 1-based (line, column) in cmark's lines, if any.
    static func firstTooDeep(_ document: OpaquePointer, limit: Int) -> (line: Int, column: Int)? {
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
}
