import CCmarkGFM
import CmarkArena
import CopydeskCore
import Testing

@testable import ArticleLoading

/// Reading cmark's literals in place, and placing them in C, give what the plain ways give.
@Suite struct LiteralFastPathTests {
    /// `copydesk_node_literal` gives every node's `cmark_node_get_literal` (asked after it, so
    /// that the literal read in place is the one not copied yet).
    @Test func literalsReadInPlaceAreCmarksLiterals() {
        let texts = [
            "", "plain", "# Title &amp; more\n\nText *em **strong [link](u)** x*.\n",
            "> a \\* b\n> > c &#233; d\n\n- x `code` y\n  - <b>html</b> z\n\n```swift\nlet x = 1\n```\n",
            "<div>\nblock\n</div>\n\n    indented\n    code\n\ntext with  \nbreak\n", "a\u{0}b\n",
        ]
        var compared = 0
        for text in texts {
            let bytes = Array(text.utf8)
            for copyFirst in [false, true] {
                guard let document = cmark_parse_document(text, bytes.count, 0) else { continue }
                defer { cmark_node_free(document) }
                guard let iterator = cmark_iter_new(document) else { continue }
                defer { cmark_iter_free(iterator) }
                while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
                    guard let node = cmark_iter_get_node(iterator) else { continue }
                    var length = 0
                    // Read in place before cmark has copied the literal, or after.
                    let inPlace = copyFirst ? nil : copydesk_node_literal(node, &length)
                    let copied = cmark_node_get_literal(node).map { Array(String(cString: $0).utf8) }
                    let read = copyFirst ? copydesk_node_literal(node, &length) : inPlace
                    #expect((read == nil) == (copied == nil), "\(text)")
                    if let read, let copied {
                        #expect(Array(UnsafeBufferPointer(start: read, count: length)) == copied, "\(text)")
                        compared += 1
                    }
                }
            }
        }
        #expect(compared > 20)
    }

    /// `copydesk_text_node` gives every node's start line and column as cmark's accessors do,
    /// and its literal as `copydesk_node_literal`.
    @Test func textNodesReadInOneCallAreCmarksAnswers() {
        let texts = [
            "plain", "# Title &amp; more\n\nText *em **strong [link](u)** x*.\n",
            "> a \\* b\n> > c &#233; d\n\n- x `code` y\n  - <b>html</b> z\n\n```swift\nlet x = 1\n```\n",
            "text with  \nbreak\nand lazy\n> quote\nlazy line\n\n1. item www.a.com\n",
        ]
        var compared = 0
        for text in texts {
            let bytes = Array(text.utf8)
            guard let document = cmark_parse_document(text, bytes.count, 0) else { continue }
            defer { cmark_node_free(document) }
            guard let iterator = cmark_iter_new(document) else { continue }
            defer { cmark_iter_free(iterator) }
            while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
                guard let node = cmark_iter_get_node(iterator) else { continue }
                var line: Int32 = -1
                var column: Int32 = -1
                var length = 0
                let read = copydesk_text_node(node, &line, &column, &length)
                var literalLength = 0
                let literal = copydesk_node_literal(node, &literalLength)
                #expect(line == cmark_node_get_start_line(node), "\(text)")
                #expect(column == cmark_node_get_start_column(node), "\(text)")
                #expect((read == nil) == (literal == nil), "\(text)")
                if let read, let literal {
                    #expect(
                        Array(UnsafeBufferPointer(start: read, count: length))
                            == Array(UnsafeBufferPointer(start: literal, count: literalLength)), "\(text)")
                    if cmark_node_get_type(node) == CMARK_NODE_TEXT { compared += 1 }
                }
            }
        }
        #expect(compared > 15)
    }

    /// `SourceAligner.locateVerbatim` (in C) answers as its Swift steps do, for literals
    /// shorter and longer than sixteen bytes, with `&` and backslashes anywhere in them.
    @Test func locateVerbatimInCAgreesWithSwift() {
        let source = Array(
            ("plain words then a longer run of plain words, &amp; more \\* and\r\nx & y \\ z "
                + "0123456789abcdef0123456789abcdef& and 0123456789abcdef0123456789abcde\\ end").utf8)
        var literals: [[UInt8]] = []
        for length in [1, 2, 5, 15, 16, 17, 31, 32, 33, 40] {
            for start in stride(from: 0, to: source.count - length, by: 7) {
                literals.append(Array(source[start..<(start + length)]))
            }
        }
        literals += ["&", "\\", "x &", "& y", "words", "more \\*", "0123456789abcdef&"].map { Array($0.utf8) }
        var answered = 0
        for escapes in [false, true] {
            let aligner = SourceAligner(source: source, escapes: escapes)
            for literal in literals {
                for from in stride(from: 0, through: source.count, by: 5) {
                    for limit in [source.count, max(from, source.count - 9), from] {
                        literal.withUnsafeBufferPointer { literal in
                            let fast = aligner.locateVerbatim(literal, from: from, limit: limit)
                            let slow = aligner.locateVerbatimSlowly(literal, from: from, limit: limit)
                            #expect(fast == slow, "\(Array(literal)) \(from) \(limit) \(escapes)")
                            if fast != nil { answered += 1 }
                        }
                    }
                }
            }
        }
        #expect(answered > 1_000)
    }
}

/// `RunCursor` answers as `TextMap.sourceRange(of:)`, for ranges asked in increasing order and
/// out of it.
@Suite struct RunCursorTests {
    @Test func runCursorAnswersAsTheMap() {
        var map = TextMap()
        map.append("Plain text ", sourceOffset: 3)
        map.append("&", sourceRange: 14..<19)
        map.append(" more", sourceOffset: 19)
        map.append(" ", sourceRange: 24..<27)
        map.append("and é then", sourceOffset: 27)
        map.append("*", sourceRange: 39..<41)
        map.append("!", sourceOffset: 41)
        let count = map.utf8Count
        var compared = 0
        for step in 1...4 {
            for length in 0...6 {
                var cursor = RunCursor(runs: map.runs)
                var lower = 0
                while lower + length <= count {
                    let range = lower..<(lower + length)
                    #expect(cursor.sourceRange(of: range) == map.sourceRange(of: range), "\(range)")
                    compared += 1
                    lower += max(step, length)
                }
                // Out of order: back to the start.
                #expect(cursor.sourceRange(of: 0..<2) == map.sourceRange(of: 0..<2))
            }
        }
        #expect(compared > 50)
    }
}

/// A cursor made of a map's runs as the map keeps them (a sole run in the map) answers as the
/// cursor of its runs in an array and as the map, over many generated maps and sentence ranges.
@Suite struct RunCursorSoleRunTests {
    @Test func cursorOfASoleRunAnswersAsTheCursorOfItsArray() {
        var state: UInt64 = 11
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33) % bound
        }
        var sole = 0
        for _ in 0..<1_000 {
            var builder = TextMap.Builder()
            var source = next(10)
            for _ in 0..<(1 + next(3)) {
                let bytes = Array(repeating: UInt8(ascii: "a"), count: 1 + next(6))
                let range = source..<(source + (next(5) == 0 ? next(4) : bytes.count))
                builder.append(bytes[...], sourceRange: range)
                source = range.upperBound + (next(5) == 0 ? 1 : 0)
            }
            let map = builder.build()
            if map.soleRun != nil { sole += 1 }
            let count = map.utf8Count
            var kept = RunCursor(sole: map.soleRun, many: map.manyRuns)
            var array = RunCursor(runs: map.runs)
            var lower = 0
            while lower <= count {
                let upper = min(count, lower + next(5))
                let range = lower..<upper
                let answer = kept.sourceRange(of: range)
                #expect(answer == array.sourceRange(of: range), "\(range)")
                #expect(answer == map.sourceRange(of: range), "\(range)")
                lower = upper + (next(3) == 0 ? 0 : 1)
            }
        }
        #expect(sole > 200)
    }
}
