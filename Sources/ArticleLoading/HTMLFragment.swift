import CopydeskCore

/// Raw HTML inside a Markdown file, read with the HTML parser and placed at its offset.
enum HTMLFragment {
    /// The blocks, links and markers of `source[range]` (directives are read by the caller).
    static func parse(_ source: [UInt8], range: Range<Int>) -> ArticleDraft {
        let slice = Array(source[range])
        // Tags and comments only: nothing to read.
        guard hasText(slice) else { return ArticleDraft() }
        let parsed = HTMLParser(source: slice, lines: LineIndex(slice)).parse()
        var shifted = ArticleDraft()
        let base = range.lowerBound
        func move(_ range: Range<Int>) -> Range<Int> { (range.lowerBound + base)..<(range.upperBound + base) }
        for block in parsed.blocks where block.kind != .title {
            var map = TextMap()
            let utf8 = Array(block.map.text.utf8)
            for run in block.map.runs {
                let text = String(decoding: utf8[run.textStart..<(run.textStart + run.textLength)], as: UTF8.self)
                map.append(text, sourceRange: move(run.sourceStart..<(run.sourceStart + run.sourceLength)))
            }
            shifted.blocks.append(
                .init(kind: block.kind, map: map, source: move(block.source), quoteDepth: block.quoteDepth))
        }
        // Title blocks were left out: renumber what points at blocks.
        var newIndex: [Int: Int] = [:]
        var next = 0
        for (index, block) in parsed.blocks.enumerated() where block.kind != .title {
            newIndex[index] = next
            next += 1
        }
        shifted.links = parsed.links.compactMap { link in
            var link = link
            link.source = move(link.source)
            if let index = link.blockIndex {
                guard let moved = newIndex[index] else { return nil }
                link.blockIndex = moved
            }
            return link
        }
        shifted.markers = parsed.markers.compactMap { marker in
            guard let moved = newIndex[marker.blockIndex] else { return nil }
            var marker = marker
            marker.blockIndex = moved
            marker.source = move(marker.source)
            return marker
        }
        shifted.references = parsed.references.map { .init(label: $0.label, text: $0.text, source: move($0.source)) }
        return shifted
    }

    /// Whether any non-space byte stands outside `<…>`.
    private static func hasText(_ bytes: [UInt8]) -> Bool {
        var inTag = false
        for byte in bytes {
            if byte == UInt8(ascii: "<") {
                inTag = true
            } else if byte == UInt8(ascii: ">") {
                inTag = false
            } else if !inTag, !SentenceSegmenter.isSpace(byte) {
                return true
            }
        }
        return false
    }
}

extension ArticleDraft {
    /// Appends another draft's blocks and annotations, renumbering its block indices.
    mutating func append(_ other: ArticleDraft) {
        let offset = blocks.count
        blocks += other.blocks
        links += other.links.map { link in
            var link = link
            link.blockIndex = link.blockIndex.map { $0 + offset }
            return link
        }
        markers += other.markers.map { marker in
            var marker = marker
            marker.blockIndex += offset
            return marker
        }
        references += other.references
    }
}
