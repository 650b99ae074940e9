import CopydeskCore

/// Plain text: the first line is the title (unless it is a long sentence); short lines without final punctuation between
/// blank lines are headings (when prose follows them); `•`, `-`, `*`, `+`, `1.` and `1)` lines
/// are list items; `## Heading` lines are headings too (Markdown habits in .txt files); other
/// runs of lines are paragraphs, their line breaks read as spaces. `# copydesk-disable …`
/// lines on their own are suppression directives.
struct PlainTextParser {
    let source: [UInt8]
    let lines: LineIndex

    /// Headings have at most this many words.
    static let maxHeadingWords = 12

    struct Line {
        /// First and past-last non-blank byte.
        var content: Range<Int>
        var indent: Int
        /// Where the text starts after a bullet or `#` marks, if the line has them.
        var bulletText: Int?
        var ordered = false
        /// The number of `#` marks of a `## Heading` line.
        var hashLevel: Int?
    }

    struct Group {
        enum Kind { case text, item(ordered: Bool), hashHeading(level: Int) }
        var kind: Kind
        var lines: [Line]
    }

    func parse() -> ArticleDraft {
        var draft = ArticleDraft()
        let groups = self.groups(directives: &draft.directives)
        for (index, group) in groups.enumerated() {
            switch group.kind {
            case .item(let ordered):
                draft.blocks.append(block(.listItem(ordered: ordered), group.lines))
            case .hashHeading(let level):
                let heading = block(index == 0 ? .title : .heading(level: level), group.lines)
                if index == 0 { draft.title = ArticleDraft.collapsed(heading.map.text) }
                draft.blocks.append(heading)
            case .text where index == 0:
                let first = group.lines[0]
                if (group.lines.count == 1 && !isLongSentence(first)) || isHeadingCandidate(first) {
                    let title = block(.title, [first])
                    draft.title = ArticleDraft.collapsed(title.map.text)
                    draft.blocks.append(title)
                    if group.lines.count > 1 { draft.blocks.append(block(.paragraph, Array(group.lines.dropFirst()))) }
                } else {
                    draft.blocks.append(block(.paragraph, group.lines))
                }
            case .text:
                if group.lines.count == 1, isHeadingCandidate(group.lines[0]), index + 1 < groups.count,
                    !isHeadingGroup(groups[index + 1])
                {
                    draft.blocks.append(block(.heading(level: 2), group.lines))
                } else {
                    draft.blocks.append(block(.paragraph, group.lines))
                }
            }
        }
        return draft
    }

    private func isHeadingGroup(_ group: Group) -> Bool {
        if case .hashHeading = group.kind { return true }
        guard case .text = group.kind, group.lines.count == 1 else { return false }
        return isHeadingCandidate(group.lines[0])
    }

    /// A short line that starts with a capital or digit and has no final `.`, `!`, `,`, `;` or `:`.
    func isHeadingCandidate(_ line: Line) -> Bool {
        let text = Array(source[line.content])
        guard let first = text.first, !(UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) else { return false }
        var end = text.count
        // Closing quotes and brackets do not hide the punctuation before them.
        while end > 0, [UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")")].contains(text[end - 1]) { end -= 1 }
        if end >= 3, text[end - 3] == 0xE2, text[end - 2] == 0x80, text[end - 1] == 0x9D || text[end - 1] == 0x99 {
            end -= 3
        }
        guard end > 0 else { return false }
        if [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":")].contains(
            text[end - 1])
        {
            return false
        }
        if SentenceSegmenter.isEllipsis(text, at: max(0, end - 3)) { return false }
        return Words.count(in: String(decoding: text, as: UTF8.self)) <= Self.maxHeadingWords
    }

    /// A first line that reads as prose, not a title: over 12 words ending like a sentence, or
    /// longer than any title (over 300 bytes).
    private func isLongSentence(_ line: Line) -> Bool {
        if line.content.count > 300 { return true }
        let text = String(decoding: source[line.content], as: UTF8.self)
        guard Words.count(in: text) > Self.maxHeadingWords, let last = text.unicodeScalars.last else { return false }
        return [".", "!", ",", ";", ":"].contains(last)
    }

    // MARK: - Lines and groups

    private func groups(directives: inout [ArticleDraft.DraftDirective]) -> [Group] {
        var groups: [Group] = []
        var current: Group?
        func close() {
            if let group = current { groups.append(group) }
            current = nil
        }
        for lineNumber in 1...lines.lineCount {
            guard let line = self.line(lineNumber) else {
                close()
                continue
            }
            if let directive = directive(line) {
                close()
                directives.append(directive)
                continue
            }
            if let level = line.hashLevel {
                close()
                groups.append(Group(kind: .hashHeading(level: level), lines: [line]))
                continue
            }
            if line.bulletText != nil {
                close()
                current = Group(kind: .item(ordered: line.ordered), lines: [line])
                continue
            }
            if var group = current {
                if case .item = group.kind, line.indent <= group.lines[0].indent {
                    close()
                    current = Group(kind: .text, lines: [line])
                } else {
                    group.lines.append(line)
                    current = group
                }
            } else {
                current = Group(kind: .text, lines: [line])
            }
        }
        close()
        return groups
    }

    /// The line's content, or nil for a blank line.
    private func line(_ number: Int) -> Line? {
        var start = lines.lineStarts[number - 1]
        if number == 1, source.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        var end = number < lines.lineCount ? lines.lineStarts[number] : source.count
        let lineStart = start
        while start < end, isBlank(start) { start += blankLength(start) }
        while end > start, isBlank(end - 1) || source[end - 1] == 0x0A || source[end - 1] == 0x0D || isTrailingNBSP(end)
        {
            end -= isTrailingNBSP(end) ? 2 : 1
        }
        // Blank, or a separator such as `---`, `* * *` or `===` with no word in it.
        guard start < end, source[start..<end].contains(where: Words.isWordByte) else { return nil }
        var line = Line(content: start..<end, indent: start - lineStart)
        if !hashHeading(&line) { bullet(&line) }
        return line
    }

    private func isBlank(_ index: Int) -> Bool {
        let byte = source[index]
        return byte == 0x20 || byte == 0x09 || byte == 0x0C
            || (byte == 0xC2 && index + 1 < source.count && source[index + 1] == 0xA0)
    }

    private func blankLength(_ index: Int) -> Int { source[index] == 0xC2 ? 2 : 1 }

    private func isTrailingNBSP(_ end: Int) -> Bool { end >= 2 && source[end - 2] == 0xC2 && source[end - 1] == 0xA0 }

    /// Recognises `# Heading` … `###### Heading`.
    private func hashHeading(_ line: inout Line) -> Bool {
        var index = line.content.lowerBound
        while index < line.content.upperBound, source[index] == UInt8(ascii: "#") { index += 1 }
        let level = index - line.content.lowerBound
        guard (1...6).contains(level), index < line.content.upperBound, source[index] == 0x20 || source[index] == 0x09
        else {
            return false
        }
        while index < line.content.upperBound, isBlank(index) { index += blankLength(index) }
        guard index < line.content.upperBound else { return false }
        line.hashLevel = level
        line.bulletText = index
        return true
    }

    /// Recognises `•`, `‣`, `◦`, `▪`, `-`, `*`, `+`, `1.`, `1)` followed by a space.
    private func bullet(_ line: inout Line) {
        let start = line.content.lowerBound
        let end = line.content.upperBound
        var after: Int?
        switch source[start] {
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"): after = start + 1
        case 0xE2 where start + 2 < end:
            let bullets: [[UInt8]] = [
                [0xE2, 0x80, 0xA2], [0xE2, 0x80, 0xA3], [0xE2, 0x97, 0xA6], [0xE2, 0x96, 0xAA],
            ]
            if bullets.contains(Array(source[start..<(start + 3)])) { after = start + 3 }
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            var index = start
            while index < end, index - start < 3, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(source[index]) {
                index += 1
            }
            if index < end, source[index] == UInt8(ascii: ".") || source[index] == UInt8(ascii: ")") {
                after = index + 1
                line.ordered = true
            }
        default: break
        }
        guard let marker = after, marker < end, source[marker] == 0x20 || source[marker] == 0x09 else {
            line.ordered = false
            return
        }
        var text = marker
        while text < end, isBlank(text) { text += blankLength(text) }
        guard text < end else {
            line.ordered = false
            return
        }
        line.bulletText = text
    }

    private func directive(_ line: Line) -> ArticleDraft.DraftDirective? {
        guard source[line.content.lowerBound] == UInt8(ascii: "#") else { return nil }
        let body = String(decoding: source[(line.content.lowerBound + 1)..<line.content.upperBound], as: UTF8.self)
        guard let parsed = DirectiveParser.parse(body) else { return nil }
        return .init(kind: parsed.kind, targets: parsed.targets, source: line.content)
    }

    // MARK: - Blocks

    private func block(_ kind: Block.Kind, _ lines: [Line]) -> ArticleDraft.DraftBlock {
        var map = TextMap()
        var previousEnd: Int?
        for line in lines {
            let textStart = line.bulletText ?? line.content.lowerBound
            if let previousEnd { map.append(" ", sourceRange: previousEnd..<textStart) }
            map.append(
                String(decoding: source[textStart..<line.content.upperBound], as: UTF8.self), sourceOffset: textStart)
            previousEnd = line.content.upperBound
        }
        let range = lines[0].content.lowerBound..<lines[lines.count - 1].content.upperBound
        return .init(kind: kind, map: map, source: range)
    }
}
