import CopydeskCore
import TestSupport
import Testing

@testable import ArticleLoading

/// The walker appends a code block's literal at once when it stands in the source as it is
/// from the cursor on (no `&`): `MarkdownWalker.codeLines`, line by line, gives the same map and
/// the same end there.
@Suite struct CodeBlockFastPathTests {
    @Test func verbatimLiteralsAreTheLinesPlacedOneByOne() {
        let pieces = ["a", "b c", " ", "   ", "\n", "\n\n", "é", "\t", "\r", "&", "&amp;", "```", "> ", "x\n"]
        var random = SplitMix(seed: 0xC0DE)
        var compared = 0
        for _ in 0..<3_000 {
            var source: [UInt8] = []
            for _ in 0..<random.next(14) { source += Array(pieces[random.next(pieces.count)].utf8) }
            let cursor = random.next(source.count + 1)
            let limit = cursor + random.next(source.count - cursor + 1)
            let end = cursor + random.next(limit - cursor + 1)
            // A literal of whole scalars (cmark's are valid UTF-8), most of them to the limit.
            let literalEnd = random.next(3) == 0 ? end : limit
            guard cursor == source.count || source[cursor] & 0xC0 != 0x80,
                literalEnd == source.count || source[literalEnd] & 0xC0 != 0x80
            else { continue }
            let literal = Array(source[cursor..<literalEnd])
            let aligner = SourceAligner(source: source, escapes: false)
            literal.withUnsafeBufferPointer { literal in
                guard aligner.isPlain(literal), aligner.isVerbatim(literal, at: cursor, limit: limit) else { return }
                var lines = TextMap.Builder()
                let linesEnd = MarkdownWalker.codeLines(
                    of: literal, aligner: aligner, from: cursor, limit: limit, into: &lines)
                var once = TextMap.Builder()
                once.append(literal, sourceRange: cursor..<(cursor + literal.count))
                #expect(lines.build() == once.build(), "\(source) \(cursor) \(limit) \(literal.count)")
                #expect(linesEnd == cursor + literal.count, "\(source) \(cursor) \(limit) \(literal.count)")
                compared += 1
            }
        }
        #expect(compared > 1_000)
    }

    /// A fenced block in no container is read as one run over its lines; one in a quote or a
    /// list item, whose literal the source does not hold as it is, line by line still.
    @Test func fencedBlocksAreOneRunOutsideContainers() throws {
        let text = "Text.\n\n```swift\nlet a = 1\n\nlet b = 2\n```\n\n> ```\n> quoted\n> more\n> ```\n"
        let source = Array(text.utf8)
        let article = try MarkdownParser(path: "t.md", source: source, lines: LineIndex(source)).parse()
        let code = article.blocks.filter { $0.kind == .code }
        try #require(code.count == 2)
        #expect(code[0].map.text == "let a = 1\n\nlet b = 2\n")
        #expect(code[0].map.runs.count == 1)
        #expect(code[1].map.text == "quoted\nmore\n")
        #expect(code[1].map.sourceRange(of: 0..<6) == 50..<56)
        #expect(code[1].map.sourceRange(of: 7..<11) == 59..<63)
    }
}
