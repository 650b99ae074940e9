import CCmarkGFM
import CmarkArena
import CopydeskCore

/// The deepest nesting of a cmark tree, measured without recursion, so a hostile file with
/// thousands of nested quotes or lists is refused before the (recursive) walk could overflow the stack.
enum MarkdownNesting {
    /// The first node deeper than `limit` levels, as a 1-based (line, column) in cmark's lines, if any.
    ///
    /// Walked in C, reading cmark's nodes in place (`copydesk_first_too_deep`): the walk below
    /// asked the library for every link it followed, some 60 instructions a node with the calls.
    /// The walk below where the nodes cannot be read so.
    static func firstTooDeep(_ document: OpaquePointer, limit: Int) -> (line: Int, column: Int)? {
        var line: Int32 = 0
        var column: Int32 = 0
        switch copydesk_first_too_deep(document, limit, &line, &column) {
        case 1: return (Int(line), Int(column))
        case 0: return nil
        default: return walkedFirstTooDeep(document, limit: limit)
        }
    }

    /// `firstTooDeep` walked through the library's accessors.
    static func walkedFirstTooDeep(_ document: OpaquePointer, limit: Int) -> (line: Int, column: Int)? {
        // The nodes in document order, walked by their links (a call each step) rather than with
        // cmark's iterator (an enter and an exit event for every node, each a few calls). A
        // level is a node with children, as deep as the nodes with children around it.
        var node = document
        var depth = 0
        while true {
            if let child = cmark_node_first_child(node) {
                depth += 1
                if depth > limit {
                    return (Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node)))
                }
                node = child
                continue
            }
            // No children: on to the next node, climbing out of the levels that end here.
            while true {
                if node == document { return nil }
                if let next = cmark_node_next(node) {
                    node = next
                    break
                }
                guard let parent = cmark_node_parent(node) else { return nil }
                node = parent
                depth -= 1
            }
        }
    }
}
