import CopydeskCore

extension ArticleDraft {
    /// cmark-gfm drops footnote definitions nothing refers to; the citation checks still need
    /// them (a reference never cited), so find `[^label]: text` lines it left out, outside code.
    mutating func addUncitedFootnotes(source: [UInt8], lines: LineIndex, after start: Int) {
        // The labels of the definitions cmark-gfm kept (the ones appended below are not among
        // them): looked through one by one when they are few (most articles), else made a set at
        // the first line that looks like a definition.
        let keptCount = references.count
        var known: Set<String>?
        var code = CodeSweep(blocks)
        let lineCount = lines.lineCount
        let lineStarts = lines.lineStarts
        // The next `[^` at or after the line read: a line without one holds no definition, and
        // the lines before the one that holds it are stepped over (most articles have none).
        var candidate = -1
        var number = 1
        while number <= lineCount {
            defer { number += 1 }
            let lineStart = lineStarts[number - 1]
            guard lineStart >= start else { continue }
            if candidate < lineStart {
                candidate = Self.footnoteOpening(in: source, from: lineStart)
            }
            guard candidate < source.count else { break }
            let candidateLine = Self.lineNumber(of: candidate, from: number, in: lines)
            if candidateLine > number {
                number = candidateLine - 1
                continue
            }
            guard let definition = footnoteDefinition(source, at: lineStart), !code.contains(lineStart)
            else { continue }
            if keptCount <= Self.maxLabelsLookedThrough {
                guard !references[..<keptCount].contains(where: { $0.label == definition.label }) else { continue }
            } else {
                if known == nil { known = Set(references[..<keptCount].map(\.label)) }
                guard known?.contains(definition.label) == false else { continue }
            }
            var map = TextMap()
            var end = lineEnd(source, lines, number)
            map.append(String(decoding: source[definition.text..<end], as: UTF8.self), sourceOffset: definition.text)
            // Indented lines continue the definition.
            while number < lineCount {
                let next = lineStarts[number]
                var text = next
                while text < source.count, source[text] == 0x20 || source[text] == 0x09 { text += 1 }
                let nextEnd = lineEnd(source, lines, number + 1)
                guard text - next >= 2 || (text < source.count && source[next] == 0x09), text < nextEnd else { break }
                map.append(" ", sourceRange: end..<text)
                map.append(String(decoding: source[text..<nextEnd], as: UTF8.self), sourceOffset: text)
                end = nextEnd
                number += 1
            }
            guard map.utf8Count > 0 else { continue }
            let range = definition.start..<end
            blocks.append(DraftBlock(kind: .reference, map: map, source: range))
            references.append(DraftReference(label: definition.label, text: Self.collapsed(map.text), source: range))
        }
        references.sort { $0.source.lowerBound < $1.source.lowerBound }
    }

    /// The most kept definitions whose labels are compared one by one rather than put in a set.
    static let maxLabelsLookedThrough = 16

    /// The 1-based number of the line holding `offset`, which lies on line `number` or after it:
    /// found by stepping through the next few line starts (the next `[^` is most often near), else
    /// by `LineIndex`'s search.
    static func lineNumber(of offset: Int, from number: Int, in lines: LineIndex) -> Int {
        let lineStarts = lines.lineStarts
        var line = number
        let last = min(lineStarts.count, number + 8)
        while line < last, lineStarts[line] <= offset { line += 1 }
        guard line == last, line < lineStarts.count, lineStarts[line] <= offset else { return line }
        return lines.lineIndex(ofOffset: offset) + 1
    }

    /// Whether an offset lies in a code block, for offsets asked in increasing order: the code
    /// ranges sorted by start, and the largest end among those starting at or before the offset.
    struct CodeSweep {
        private let ranges: [Range<Int>]
        private var next = 0
        private var end = Int.min

        init(_ blocks: [DraftBlock]) {
            var ranges: [Range<Int>] = []
            for index in blocks.indices where blocks[index].kind == .code { ranges.append(blocks[index].source) }
            ranges.sort { $0.lowerBound < $1.lowerBound }
            self.ranges = ranges
        }

        /// Whether a code range holds `offset`; each offset at or after the one asked before.
        mutating func contains(_ offset: Int) -> Bool {
            while next < ranges.count, ranges[next].lowerBound <= offset {
                end = max(end, ranges[next].upperBound)
                next += 1
            }
            return end > offset
        }
    }

    /// The offset of the first `[^` at or after `from`, or the source's count: its `[` found by
    /// `NumberedMarkers.nextBracket` (one `memchr`).
    private static func footnoteOpening(in source: [UInt8], from: Int) -> Int {
        var index = from
        while let open = NumberedMarkers.nextBracket(in: source, from: index) {
            if open + 1 < source.count, source[open + 1] == UInt8(ascii: "^") { return open }
            index = open + 1
        }
        return source.count
    }

    /// `[^label]: text` at the start of a line (up to three spaces in): the label and where the text starts.
    private func footnoteDefinition(_ source: [UInt8], at lineStart: Int) -> (label: String, start: Int, text: Int)? {
        var index = lineStart
        while index < source.count, index - lineStart < 3, source[index] == 0x20 { index += 1 }
        let start = index
        guard index + 2 < source.count, source[index] == UInt8(ascii: "["), source[index + 1] == UInt8(ascii: "^")
        else {
            return nil
        }
        index += 2
        let labelStart = index
        while index < source.count, source[index] != UInt8(ascii: "]"), !SentenceSegmenter.isSpace(source[index]) {
            index += 1
        }
        guard index > labelStart, index + 1 < source.count, source[index] == UInt8(ascii: "]"),
            source[index + 1] == UInt8(ascii: ":")
        else { return nil }
        let label = String(decoding: source[labelStart..<index], as: UTF8.self)
        index += 2
        while index < source.count, source[index] == 0x20 || source[index] == 0x09 { index += 1 }
        return (label, start, index)
    }

    /// The end of a 1-based line without its line break.
    private func lineEnd(_ source: [UInt8], _ lines: LineIndex, _ number: Int) -> Int {
        var end = number < lines.lineCount ? lines.lineStarts[number] : source.count
        while end > lines.lineStarts[number - 1], source[end - 1] == 0x0A || source[end - 1] == 0x0D { end -= 1 }
        return end
    }
}
