import CmarkArena
import CopydeskCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A reader of the Markdown most articles are written in, without cmark-gfm: the draft the
/// cmark path's walk leaves (`MarkdownWalker` over cmark-gfm's tree: blocks in the walk's order,
/// cited footnote definitions last, before `MarkdownParser` adds the uncited ones and sorts the
/// blocks), or nil for a source outside the subset, which then goes to cmark-gfm as before.
///
/// The subset, read line by line after the front matter; every line unindented (but those that
/// go on with a paragraph, below), ending in `\n` or the end of the file, with no space or tab
/// before its end:
/// - empty lines;
/// - ATX headings: one to six `#`, spaces, text (no closing `#`s);
/// - paragraphs: lines of text (below), joined by soft breaks; a line after the first may be
///   indented by spaces (cmark-gfm drops them);
/// - fenced code blocks: three or more backticks and an info string without one, closed by a
///   line of as many backticks or more; a code line must not start with three backticks after
///   up to three spaces otherwise (it might close the block), nor hold a `\r`;
/// - HTML comments: a line that starts with `<!--`, to the first line holding `-->` (cmark's
///   HTML block), read as the walker reads such a block (its directives, `HTMLFragment`);
/// - footnote definitions `[^label]: text` (a paragraph, lazy continuation lines included);
/// - tight lists, after no paragraph line (a bullet list: none but a paragraph's): items of
///   `- `, `* ` or `+ ` (the same in one list) or one to nine digits and `. `, then text that
///   opens a paragraph and nothing else, on lines that go on with it (indented by any number of
///   spaces, or lazy: unindented) whose text after the spaces opens a paragraph and nothing
///   else; a blank line or another item after each (no nested block, and no item after the
///   list's blank line: the list would be loose).
///
/// Text is any byte but `\`, `` ` ``, `&`, `<`, `*`, `_`, `[`, `]`, `!`, `~`, `|`, `@`, a tab and
/// `\r`, except in:
/// - web addresses at a `www.` or `://` (cmark-gfm's extended autolinks, found as the walker
///   finds them: `ExtendedAutolinks`), whose text holds none of those bytes; a `www.` or `://`
///   that starts none is text;
/// - code spans (a run of backticks to the next run of as many; dropped from the text);
/// - inline links `[text](destination)`: text on one line, in which `://`, `www.` and `@` are
///   plain text (no autolink is looked for in a link's text), a destination without spaces,
///   parentheses, `<`, `>`, `\`, `&`, quotes, backticks, brackets, `|` or `~`, and no title;
/// - footnote references `[^label]` not followed by `(` or `[` (a label is ASCII letters,
///   digits and `-`);
/// - emphasis and strong emphasis in the plain cases (`emphasis(at:textStart:end:)`): one or
///   two `*` or `_` that can only open, around plain text on the line, and as many that can only
///   close; a `*` or `_` with spaces on both sides, or `_` inside a word, is text;
/// - a `!` not before a `[`.
///
/// A line of a paragraph must not start (after its spaces) with what may start another block
/// or turn the paragraph into one (a tab, `>`, `-`, `+`, `=`, `|`, `~`, `:`, a number and `.` or `)`, a
/// `*` or `_` before a space or on a line of them, a `#` that opens no heading, a `<` that opens
/// no comment).
///
/// Each exception is a rule of CommonMark's or cmark-gfm's that the reader does not follow
/// (other emphasis, entities and escapes, raw HTML, images, links of other forms, other containers, setext
/// headings, thematic breaks, indented code, hard breaks, tables, strikethrough, e-mail autolinks,
/// tabs, lone `\r`): it gives nil at the first byte that shows one, so real Markdown, which nearly always
/// holds one early, pays little for the try. Footnote labels that differ only in case, defined
/// twice, or cited inside a definition are left to cmark-gfm too.
struct QuickMarkdown {
    let source: [UInt8]
    /// Where the text after the front matter starts.
    let bodyStart: Int

    /// The most footnote definitions a source the reader takes has (each label is looked for
    /// among the others one by one).
    static let maxDefinitions = 64

    /// A block of the subset, as the first pass finds it.
    private struct Leaf {
        enum Kind { case heading(Int), paragraph, code, comment, definition, item(ordered: Bool) }
        var kind: Kind
        /// Where the block's source starts: its `#`, first byte of text, fence, `<`, `[` or list
        /// marker.
        var start: Int
        /// Where its text starts: after the `#`s and spaces, after a definition's `]:` and
        /// spaces, on the line after a fence.
        var textStart: Int
        /// Where its text ends: the end of its last line, line break excluded (code: where the
        /// closing fence's line starts; a comment: where the line after it starts).
        var textEnd: Int
        /// Where its source ends (code: the end of the closing fence's line).
        var end: Int
        /// A definition's label, after its `[^`.
        var label: Range<Int> = 0..<0
    }

    /// The walked draft, and whether `MarkdownParser` is still to add the footnote definitions
    /// cmark-gfm drops (`ArticleDraft.addUncitedFootnotes`, when cmark-gfm reads footnotes and the
    /// reader did not add them: `Reader.addUncitedDefinitions`); nil outside the subset.
    func read() -> (draft: ArticleDraft, addsUncitedFootnotes: Bool)? {
        source.withUnsafeBufferPointer { bytes in
            var reader = Reader(source: source, bytes: bytes, bodyStart: bodyStart)
            guard reader.findLeaves(), reader.readLeaves() else { return nil }
            guard reader.footnotes() else { return (reader.draft, false) }
            guard let added = reader.addUncitedDefinitions() else { return nil }
            return (reader.draft, !added)
        }
    }

    /// Both passes over the source's bytes.
    private struct Reader {
        let source: [UInt8]
        /// `source`, read in place.
        let bytes: UnsafeBufferPointer<UInt8>
        let bodyStart: Int
        var leaves: [Leaf] = []
        var draft = ArticleDraft()
        /// The text of the block read, and what the walker's `InlineBuilder` keeps while it reads
        /// it: where the last piece ended, and where a pending soft break started.
        var map = TextMap.Builder()
        var cursor = 0
        var pendingBreak: Int?
        var markers: [InlineBuilder.FoundMarker] = []
        var links: [InlineBuilder.FoundLink] = []
        /// The leaves of the definitions, in source order (looked through one by one: there are at
        /// most `maxDefinitions`); and those cited, in the order first cited (the order cmark-gfm
        /// moves the definitions to the end in).
        var definitions: [Int] = []
        var cited: [Int] = []
        /// How many definition leaves there are (the room those arrays and the references take).
        var definitionCount = 0
        /// Whether cmark-gfm reads footnotes here, once asked (`footnotes()`).
        private var footnotesOn: Bool?

        init(source: [UInt8], bytes: UnsafeBufferPointer<UInt8>, bodyStart: Int) {
            self.source = source
            self.bytes = bytes
            self.bodyStart = bodyStart
        }

        /// Whether the cmark path parses with footnotes: the text after the front matter (what it
        /// does not blank) holds a `^` or an entity that may be one, and no `[` before an entity
        /// that is one (`MarkdownParser.parse(findingAutolinks:)`).
        mutating func footnotes() -> Bool {
            if let footnotesOn { return footnotesOn }
            let body = UnsafeBufferPointer(rebasing: bytes[bodyStart...])
            let found =
                copydesk_markdown_footnotes(body.baseAddress, body.count) != 0
                && copydesk_caret_entity_label(body.baseAddress, body.count) == 0
            footnotesOn = found
            return found
        }

        // MARK: - Blocks

        /// Finds the blocks after the front matter: false at the first line outside the subset.
        mutating func findLeaves() -> Bool {
            let count = bytes.count
            var index = bodyStart
            // The paragraph or definition whose text the next line of text continues.
            var open: Int?
            // The marker of the list item on the line before (`.` for an ordered one), and whether
            // a list ended by blank lines only came before (an item there would make it loose).
            var item: UInt8?
            var listBeforeBlank = false
            // Room for a leaf every 96 bytes (as the draft's blocks: real Markdown has a block
            // every 160 bytes or so), not grown from empty: the bench's article of 16 leaves made
            // the array five times.
            leaves.reserveCapacity((count - index) / 96 + 8)
            while index < count {
                let lineEnd = self.lineEnd(from: index)
                if lineEnd == index {
                    open = nil
                    if item != nil { listBeforeBlank = true }
                    item = nil
                    index = lineEnd + 1
                    continue
                }
                let last = bytes[lineEnd - 1]
                if last == 0x20 || last == 0x09 || last == 0x0D { return false }
                let first = bytes[index]
                if item != nil || first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+")
                    || first &- UInt8(ascii: "0") < 10, let marker = listItem(at: index, lineEnd: lineEnd)
                {
                    // A tight list of items with the same marker, after no paragraph line
                    // (interruption rules) nor another list but for a block between. (A bullet
                    // list interrupts a paragraph: it ends at the line before. After an item,
                    // `open` is its paragraph, which the next item ends.)
                    if let paragraph = open, case .paragraph = leaves[paragraph].kind,
                        marker.marker != UInt8(ascii: ".")
                    {
                        open = nil
                    }
                    guard item != nil || open == nil, !listBeforeBlank || item != nil,
                        item == nil || item == marker.marker
                    else { return false }
                    item = marker.marker
                    open = leaves.count
                    leaves.append(
                        Leaf(
                            kind: .item(ordered: marker.marker == UInt8(ascii: ".")), start: index,
                            textStart: marker.text, textEnd: lineEnd, end: lineEnd))
                    index = lineEnd + 1
                    continue
                }
                // After an item, only a blank line, another item or a line that goes on with its
                // paragraph (indented, or lazy: unindented).
                if item != nil {
                    guard continues(at: index, lineEnd: lineEnd) else { return false }
                    text(index, lineEnd, &open)
                    index = lineEnd + 1
                    continue
                }
                listBeforeBlank = false
                switch first {
                case 0x20:
                    // An indented line that goes on with a paragraph (not a definition: its
                    // content is indented by four).
                    guard let paragraph = open, case .paragraph = leaves[paragraph].kind,
                        continues(at: index, lineEnd: lineEnd)
                    else { return false }
                    text(index, lineEnd, &open)
                case UInt8(ascii: "#"):
                    var level = 1
                    while index + level < lineEnd, bytes[index + level] == UInt8(ascii: "#") { level += 1 }
                    guard level <= 6, index + level < lineEnd, bytes[index + level] == 0x20 else { return false }
                    var text = index + level
                    while bytes[text] == 0x20 { text += 1 }
                    // No closing `#`s, no text that starts with one (it might be read as such).
                    guard last != UInt8(ascii: "#"), bytes[text] != UInt8(ascii: "#") else { return false }
                    leaves.append(
                        Leaf(kind: .heading(level), start: index, textStart: text, textEnd: lineEnd, end: lineEnd))
                    open = nil
                case UInt8(ascii: "`"):
                    guard let code = fencedCode(at: index, lineEnd: lineEnd) else { return false }
                    leaves.append(code)
                    open = nil
                    index = code.end + 1
                    continue
                case UInt8(ascii: "<"):
                    guard let comment = comment(at: index) else { return false }
                    leaves.append(comment)
                    open = nil
                    index = comment.textEnd
                    continue
                case UInt8(ascii: "["):
                    if let label = definitionLabel(at: index, lineEnd: lineEnd) {
                        guard footnotes() else { return false }
                        var text = label.upperBound + 2
                        while text < lineEnd, bytes[text] == 0x20 { text += 1 }
                        // cmark-gfm reads a definition's content as blocks: content that may open
                        // one other than a paragraph (`[^a]: ### A`, `[^a]: 1. A`) is left to it.
                        guard text < lineEnd, opensParagraph(at: text, lineEnd: lineEnd) else { return false }
                        open = leaves.count
                        definitionCount += 1
                        leaves.append(
                            Leaf(
                                kind: .definition, start: index, textStart: text, textEnd: lineEnd, end: lineEnd,
                                label: label))
                    } else {
                        text(index, lineEnd, &open)
                    }
                case UInt8(ascii: "*"), UInt8(ascii: "_"):
                    // Emphasis, not a list item or a thematic break: the marker has a byte other
                    // than a space after it, and the line more than markers and spaces.
                    let marker = bytes[index]
                    guard index + 1 < lineEnd, bytes[index + 1] != 0x20, bytes[index + 1] != 0x09,
                        bytes[index..<lineEnd].contains(where: { $0 != marker && $0 != 0x20 && $0 != 0x09 })
                    else { return false }
                    text(index, lineEnd, &open)
                default:
                    // Text, unless the line may open another block (a quote, a list item, a
                    // table or setext line): the rule a definition's or an item's text keeps too.
                    guard opensParagraph(at: index, lineEnd: lineEnd) else { return false }
                    text(index, lineEnd, &open)
                }
                index = lineEnd + 1
            }
            return true
        }

        /// The list item the line at `start` opens, when it is one the reader takes: a bullet
        /// (`-`, `*`, `+`) or a number of one to nine digits and `.`, one space, and text that
        /// opens a paragraph and nothing else; its marker (`.` for a number) and where its text starts.
        private func listItem(at start: Int, lineEnd: Int) -> (marker: UInt8, text: Int)? {
            var index = start
            let marker: UInt8
            switch bytes[start] {
            case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"):
                marker = bytes[start]
                index += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
                while index < lineEnd, index - start < 10, digits.contains(bytes[index]) { index += 1 }
                guard index - start <= 9, index < lineEnd, bytes[index] == UInt8(ascii: ".") else { return nil }
                marker = UInt8(ascii: ".")
                index += 1
            default:
                return nil
            }
            guard index + 1 < lineEnd, bytes[index] == 0x20, opensParagraph(at: index + 1, lineEnd: lineEnd) else {
                return nil
            }
            return (marker, index + 1)
        }

        /// Whether the line from `start` to `lineEnd` goes on with the paragraph before: its text
        /// after its spaces opens a paragraph and nothing else.
        private func continues(at start: Int, lineEnd: Int) -> Bool {
            var text = start
            while bytes[text] == 0x20 { text += 1 }
            return opensParagraph(at: text, lineEnd: lineEnd)
        }

        /// A line of text from `start` to `lineEnd`: the next line of the open paragraph or
        /// definition, or the first of a new paragraph.
        private mutating func text(_ start: Int, _ lineEnd: Int, _ open: inout Int?) {
            if let open {
                leaves[open].textEnd = lineEnd
                leaves[open].end = lineEnd
            } else {
                open = leaves.count
                leaves.append(Leaf(kind: .paragraph, start: start, textStart: start, textEnd: lineEnd, end: lineEnd))
            }
        }

        /// Where the line from `start` ends (its `\n`, or the end of the source).
        private func lineEnd(from start: Int) -> Int {
            guard let base = bytes.baseAddress, start < bytes.count,
                let found = memchr(base + start, 0x0A, bytes.count - start)
            else { return bytes.count }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }

        /// The fenced code block whose opening fence starts the line at `start`, closed.
        private func fencedCode(at start: Int, lineEnd: Int) -> Leaf? {
            var fence = 0
            while start + fence < lineEnd, bytes[start + fence] == UInt8(ascii: "`") { fence += 1 }
            guard fence >= 3 else { return nil }
            // The info string holds no backtick (else the line is no fence).
            for index in (start + fence)..<lineEnd where bytes[index] == UInt8(ascii: "`") { return nil }
            guard lineEnd < bytes.count else { return nil }
            let textStart = lineEnd + 1
            var line = textStart
            while line < bytes.count {
                let end = self.lineEnd(from: line)
                var first = line
                while first < end, first - line < 3, bytes[first] == 0x20 { first += 1 }
                var run = 0
                while first + run < end, bytes[first + run] == UInt8(ascii: "`") { run += 1 }
                if run >= 3 {
                    // Only a line of the fence's backticks or more, unindented, closes it.
                    guard first == line, run >= fence, first + run == end else { return nil }
                    return Leaf(kind: .code, start: start, textStart: textStart, textEnd: line, end: end)
                }
                // cmark reads a lone `\r` as a line break.
                if let base = bytes.baseAddress, memchr(base + line, 0x0D, end - line) != nil { return nil }
                line = end + 1
            }
            return nil
        }

        /// The HTML comment block that starts the line at `start` (`<!--`): it runs to the end of
        /// the first line holding `-->` (from its `<`: `<!-->` ends it at once, as in cmark).
        private func comment(at start: Int) -> Leaf? {
            let count = bytes.count
            guard start + 4 <= count, bytes[start + 1] == UInt8(ascii: "!"), bytes[start + 2] == UInt8(ascii: "-"),
                bytes[start + 3] == UInt8(ascii: "-")
            else { return nil }
            var index = start
            while index + 2 < count {
                // cmark reads a lone `\r` as a line break.
                if bytes[index] == 0x0D { return nil }
                if bytes[index] == UInt8(ascii: "-"), bytes[index + 1] == UInt8(ascii: "-"),
                    bytes[index + 2] == UInt8(ascii: ">")
                {
                    let end = lineEnd(from: index)
                    let next = min(end + 1, count)
                    return Leaf(kind: .comment, start: start, textStart: start, textEnd: next, end: next)
                }
                index += 1
            }
            return nil
        }

        /// Whether the text from `start` on a line surely opens a paragraph and nothing else: it
        /// starts with no byte that may open another block (`#`, a fence, `<`, `>`, a list marker,
        /// `*` or `_`, a table or setext line, white space, a number and `.` or `)`) nor `[^`.
        private func opensParagraph(at start: Int, lineEnd: Int) -> Bool {
            switch bytes[start] {
            case UInt8(ascii: "#"), UInt8(ascii: "`"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "-"),
                UInt8(ascii: "+"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "="), UInt8(ascii: "|"),
                UInt8(ascii: "~"), UInt8(ascii: ":"), 0x20, 0x09:
                return false
            case UInt8(ascii: "["):
                return start + 1 >= lineEnd || bytes[start + 1] != UInt8(ascii: "^")
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                var end = start
                while end < lineEnd, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]) { end += 1 }
                return end == lineEnd || (bytes[end] != UInt8(ascii: ".") && bytes[end] != UInt8(ascii: ")"))
            default:
                return true
            }
        }

        /// The label of the footnote definition `[^label]:` at `start`, if the line opens one.
        private func definitionLabel(at start: Int, lineEnd: Int) -> Range<Int>? {
            guard start + 1 < lineEnd, bytes[start + 1] == UInt8(ascii: "^") else { return nil }
            let label = start + 2
            var end = label
            while end < lineEnd, Self.isLabelByte(bytes[end]) { end += 1 }
            guard end > label, end + 1 < lineEnd, bytes[end] == UInt8(ascii: "]"), bytes[end + 1] == UInt8(ascii: ":")
            else { return nil }
            return label..<end
        }

        /// ASCII letters, digits and `-`: the bytes of a label the reader takes.
        static func isLabelByte(_ byte: UInt8) -> Bool {
            ExtendedAutolinks.isAlphanumeric(byte) || byte == UInt8(ascii: "-")
        }

        // MARK: - Text

        /// Reads every block's text, in the walk's order: false at the first byte outside the subset.
        mutating func readLeaves() -> Bool {
            // The labels first: a `[^label]` cites a definition wherever it stands. (cmark-gfm
            // matches labels without case: one defined twice so is left to it.) Room is made
            // for all at once: grown from empty, each array was made twice or more.
            if definitionCount > 0 {
                definitions.reserveCapacity(definitionCount)
                cited.reserveCapacity(definitionCount)
                draft.references.reserveCapacity(definitionCount)
            }
            for index in leaves.indices {
                guard case .definition = leaves[index].kind else { continue }
                guard definitions.count < QuickMarkdown.maxDefinitions, definition(labeled: leaves[index].label) == nil
                else { return false }
                definitions.append(index)
            }
            draft.blocks.reserveCapacity(leaves.count)
            for index in leaves.indices {
                let leaf = leaves[index]
                switch leaf.kind {
                case .heading(let level):
                    guard readText(leaf) else { return false }
                    appendBlock(kind: .heading(level: level), start: leaf.start, end: leaf.end)
                case .paragraph:
                    guard readText(leaf) else { return false }
                    appendBlock(kind: .paragraph, start: leaf.start, end: leaf.end)
                case .item(let ordered):
                    // The item's paragraph, its source from the item's marker (the walker's `itemStart`).
                    guard readText(leaf) else { return false }
                    appendBlock(kind: .listItem(ordered: ordered), start: leaf.start, end: leaf.end)
                case .code:
                    appendCode(leaf)
                case .comment:
                    let range = leaf.start..<leaf.end
                    draft.directives += DirectiveParser.comments(in: source, range: range)
                    draft.append(HTMLFragment.parse(source, range: range))
                case .definition:
                    continue
                }
            }
            // The definitions nothing cites are dropped, but what they hold might change the
            // reading of the rest (a link reference definition): they are read all the same.
            for index in leaves.indices where !cited.contains(index) {
                guard case .definition = leaves[index].kind else { continue }
                guard readText(leaves[index], inDefinition: true) else { return false }
            }
            // cmark-gfm moves the cited definitions to the end, in the order first cited.
            for index in cited {
                let leaf = leaves[index]
                guard readText(leaf, inDefinition: true) else { return false }
                guard !map.isEmpty else { continue }
                let built = map.takingRuns()
                let label = String(decoding: bytes[leaf.label], as: UTF8.self)
                // cmark-gfm ends a definition that a later line closes at the end of the line before
                // that one: after a blank line, a column 0 the walker takes as no end, so the
                // definition ends where its text did (before a closing `**`), else at its last line's end.
                let source = leaf.start..<(endsBeforeBlankLine(leaf) ? cursor : leaf.end)
                draft.blocks.append(.init(kind: .reference, map: built, source: source))
                draft.references.append(.init(label: label, text: ArticleDraft.collapsed(built.text), source: source))
                appendLinks(blockIndex: draft.blocks.count - 1)
            }
            return true
        }

        /// Adds the definitions nothing cites as `ArticleDraft.addUncitedFootnotes` adds them, when
        /// they are the ones it would find: the definition leaves (a line `[^label]:` elsewhere
        /// ends the reading, or stands in code, where it looks for none), unless an HTML comment
        /// holds a `[^` (false: it is left to look). A definition's text is then the rest of its
        /// first line (a line after it in the subset is never indented, so never continues it),
        /// one run made as it makes it. Nil when one of them holds a web address: the cmark path
        /// leaves such a draft to cmark-gfm's extension (`MarkdownParser.complete`).
        mutating func addUncitedDefinitions() -> Bool? {
            for leaf in leaves {
                guard case .comment = leaf.kind else { continue }
                if ByteSearch.find(Self.footnoteOpening, in: source, from: leaf.start, to: leaf.end) != nil {
                    return false
                }
            }
            for index in leaves.indices where !cited.contains(index) {
                let leaf = leaves[index]
                guard case .definition = leaf.kind else { continue }
                let end = lineEnd(from: leaf.textStart)
                var map = TextMap()
                map.append(String(decoding: bytes[leaf.textStart..<end], as: UTF8.self), sourceOffset: leaf.textStart)
                let range = leaf.start..<end
                guard let base = bytes.baseAddress,
                    copydesk_autolink_hint(base + range.lowerBound, range.count) & 2 == 0
                else { return nil }
                draft.blocks.append(.init(kind: .reference, map: map, source: range))
                draft.references.append(
                    .init(
                        label: String(decoding: bytes[leaf.label], as: UTF8.self),
                        text: ArticleDraft.collapsed(map.text), source: range))
            }
            // It sorts them all by source, also when it adds none (the cited ones come in the
            // order first cited).
            let references = draft.references
            if references.indices.dropFirst().contains(where: {
                references[$0 - 1].source.lowerBound > references[$0].source.lowerBound
            }) {
                draft.references.sort { $0.source.lowerBound < $1.source.lowerBound }
            }
            return true
        }

        /// Whether an empty line follows the last line of `leaf`.
        private func endsBeforeBlankLine(_ leaf: Leaf) -> Bool {
            leaf.end + 1 < bytes.count && bytes[leaf.end + 1] == 0x0A
        }

        /// `[^`, which opens a footnote definition's label.
        private static let footnoteOpening = Array("[^".utf8)

        /// The links of the block just appended at `blockIndex`.
        private mutating func appendLinks(blockIndex: Int) {
            for link in links {
                draft.links.append(
                    .init(url: link.url, blockIndex: blockIndex, textRange: link.text, source: link.source))
            }
        }

        /// Appends the block whose text was just read, as the walker's `leaf` does (nothing for an
        /// empty text).
        private mutating func appendBlock(kind: Block.Kind, start: Int, end: Int) {
            guard !map.isEmpty else { return }
            let index = draft.blocks.count
            draft.blocks.append(.init(kind: kind, map: map.takingRuns(), source: start..<max(end, cursor)))
            appendLinks(blockIndex: index)
            // Room for a marker a definition at the first (grown from empty, made twice or more).
            if draft.markers.isEmpty, !markers.isEmpty {
                draft.markers.reserveCapacity(max(markers.count, definitionCount))
            }
            for marker in markers {
                draft.markers.append(
                    .init(
                        label: marker.label, style: marker.style, blockIndex: index, textOffset: marker.textOffset,
                        source: marker.source))
            }
        }

        /// A code block: its lines verbatim, each line break a `\n` standing for itself, as the
        /// walker's `codeBlock` places them (one run).
        private mutating func appendCode(_ leaf: Leaf) {
            guard leaf.textEnd > leaf.textStart else { return }
            var code = TextMap.Builder()
            code.append(
                UnsafeBufferPointer(rebasing: bytes[leaf.textStart..<leaf.textEnd]),
                sourceRange: leaf.textStart..<leaf.textEnd)
            draft.blocks.append(.init(kind: .code, map: code.build(), source: leaf.start..<leaf.end))
        }

        /// Reads a block's text into `map` and `markers`, as the walker's `InlineBuilder` reads
        /// cmark-gfm's inlines for it: false at a byte outside the subset.
        private mutating func readText(_ leaf: Leaf, inDefinition: Bool = false) -> Bool {
            map.removeAll()
            markers.removeAllKeepingRoom()
            links.removeAllKeepingRoom()
            // The walker starts a heading at its `#`, a list item's paragraph at its text (after
            // the marker).
            if case .heading = leaf.kind { cursor = leaf.start } else { cursor = leaf.textStart }
            pendingBreak = nil
            let end = leaf.textEnd
            var index = leaf.textStart
            var run = index
            guard let base = bytes.baseAddress else { return true }
            while index < end {
                // The plain bytes before the next that may be markup, at once.
                index += copydesk_quick_text_stop(base + index, end - index)
                guard index < end else { break }
                switch bytes[index] {
                case 0x0A:
                    // cmark's soft break: the text before it, then a break where it ended (the
                    // next line's text after its spaces).
                    appendText(run..<index)
                    if pendingBreak == nil { pendingBreak = cursor }
                    index += 1
                    while index < end, bytes[index] == 0x20 { index += 1 }
                    run = index
                case UInt8(ascii: "`"):
                    // A code span is dropped (the walker's `skipCodeSpan`).
                    guard let spanEnd = codeSpanEnd(at: index, end: end) else { return false }
                    appendText(run..<index)
                    cursor = spanEnd
                    index = spanEnd
                    run = index
                case UInt8(ascii: "[") where index + 1 < end && bytes[index + 1] != UInt8(ascii: "^"):
                    guard let link = inlineLink(at: index, end: end) else { return false }
                    appendText(run..<index)
                    read(link)
                    index = link.end
                    run = index
                case UInt8(ascii: "["):
                    guard !inDefinition, let close = referenceEnd(at: index, end: end), footnotes() else {
                        return false
                    }
                    guard let definition = definition(labeled: (index + 2)..<close) else {
                        // Undefined: cmark-gfm gives it back as text.
                        index = close + 1
                        continue
                    }
                    // (cmark-gfm matches labels without case; the reader only the same labels.)
                    guard bytes[leaves[definition].label].elementsEqual(bytes[(index + 2)..<close]) else {
                        return false
                    }
                    let label = String(decoding: bytes[(index + 2)..<close], as: UTF8.self)
                    appendText(run..<index)
                    if !cited.contains(definition) { cited.append(definition) }
                    markers.append(
                        .init(label: label, style: .footnote, textOffset: map.utf8Count, source: index..<(close + 1)))
                    cursor = close + 1
                    index = close + 1
                    run = index
                case UInt8(ascii: "!"):
                    guard index + 1 >= end || bytes[index + 1] != UInt8(ascii: "[") else { return false }
                    index += 1
                case UInt8(ascii: "*"), UInt8(ascii: "_"):
                    switch emphasis(at: index, textStart: leaf.textStart, end: end) {
                    case .none: return false
                    case .literal(let runEnd): index = runEnd
                    case .span(let inner, let closeEnd):
                        // The markers are dropped; the text between them is read as text.
                        appendText(run..<index)
                        appendText(inner)
                        index = closeEnd
                        run = index
                    }
                case UInt8(ascii: ":"), UInt8(ascii: "w"):
                    // `://` or `www.`: a web address cmark-gfm's extension links, or text.
                    switch webAddress(at: index, textStart: run) {
                    case .refused: return false
                    case .text: index += 1
                    case .link(let range, let url):
                        appendText(run..<range.lowerBound)
                        readAutolink(range, url: url)
                        index = range.upperBound
                        run = index
                    }
                default:
                    // Markup.
                    return false
                }
            }
            appendText(run..<end)
            return true
        }

        /// What the `://` or `www.` at `index` starts, as the walker reads it
        /// (`InlineBuilder.autolinkText`).
        enum WebAddress {
            /// Outside the cases below.
            case refused
            /// No link: the byte is text.
            case text
            /// A link the extension makes, its text the source's bytes in `range`.
            case link(Range<Int>, url: String)
        }

        /// The web address at `index` (a `://` or a `www.`) in text whose node starts at
        /// `textStart` (the walker's text node: after the last markup read), found by
        /// `ExtendedAutolinks` as the walker finds it, when its text is plain bytes (no byte
        /// that may be markup, an entity or an escape, no `@`) and nothing after it that the
        /// walker's `skipLinkTail` would step over; refused when the walker is unsure.
        private func webAddress(at index: Int, textStart: Int) -> WebAddress {
            let match: ExtendedAutolinks.WebMatch
            if bytes[index] == UInt8(ascii: ":") {
                match = ExtendedAutolinks.schemeLink(in: bytes, colon: index, lowerBound: textStart)
            } else {
                // (At a line's start the byte before is a line break or a space: a space to the rule.)
                guard ExtendedAutolinks.mayStartWeb(after: index == 0 ? nil : bytes[index - 1]) else { return .text }
                match = ExtendedAutolinks.wwwLink(in: bytes, at: index)
            }
            switch match {
            case .none: return .text
            case .unsure: return .refused
            case .link(let range, let url):
                guard range.lowerBound >= textStart, range.lowerBound <= index else { return .refused }
                for byte in bytes[range] where !Self.isPlainLinkByte(byte) { return .refused }
                // The walker's `skipLinkTail`: emphasis markers, then `>` or `]`.
                var tail = range.upperBound
                while tail < bytes.count,
                    bytes[tail] == UInt8(ascii: "*") || bytes[tail] == UInt8(ascii: "_")
                        || bytes[tail] == UInt8(ascii: "~")
                {
                    tail += 1
                }
                if tail < bytes.count, bytes[tail] == UInt8(ascii: ">") || bytes[tail] == UInt8(ascii: "]") {
                    return .refused
                }
                return .link(range, url: url)
            }
        }

        /// Whether a web address's text may hold `byte` for the reader: not a byte that may be
        /// markup, an entity or an escape, nor `@` (e-mail addresses are found in text), a
        /// control character or a space.
        private static func isPlainLinkByte(_ byte: UInt8) -> Bool {
            switch byte {
            case 0...0x20, 0x7F, UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "&"), UInt8(ascii: "<"),
                UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "!"),
                UInt8(ascii: "~"), UInt8(ascii: "|"), UInt8(ascii: "@"):
                false
            default: true
            }
        }

        /// Reads a web address's link as the walker's `InlineBuilder.link` reads an autolink: its
        /// text (no `[` opens it: the walker's `linkOpening` finds none before an address's first
        /// letter), and the link.
        private mutating func readAutolink(_ range: Range<Int>, url: String) {
            let textStart = map.utf8Count
            appendText(range)
            let textEnd = map.utf8Count
            let textRange = map.sourceRange(of: textStart..<textEnd)
            guard textEnd > textStart else { return }
            let source = textRange.lowerBound..<max(cursor, textRange.upperBound)
            links.append(.init(url: url, text: textStart..<textEnd, source: source))
        }

        /// Where the code span whose opening backticks are at `start` ends (after its closing
        /// run: the next run of as many backticks), nil when it has none before `end` (its
        /// backticks are then text).
        private func codeSpanEnd(at start: Int, end: Int) -> Int? {
            var open = start
            while open < end, bytes[open] == UInt8(ascii: "`") { open += 1 }
            let length = open - start
            var index = open
            while index < end {
                guard bytes[index] == UInt8(ascii: "`") else {
                    index += 1
                    continue
                }
                var close = index
                while close < end, bytes[close] == UInt8(ascii: "`") { close += 1 }
                if close - index == length { return close }
                index = close
            }
            return nil
        }

        /// What a run of `*` or `_` is, as far as the reader can tell.
        enum Emphasis {
            /// Outside the cases below.
            case none
            /// Text (it can neither open nor close emphasis): the reading goes on at `runEnd`.
            case literal(runEnd: Int)
            /// Emphasis (one marker) or strong emphasis (two) around plain text: the text, and
            /// where the closing run ends.
            case span(inner: Range<Int>, closeEnd: Int)
        }

        /// The run of `*` or `_` at `start` in the text from `textStart` to `end`: text when it
        /// can neither open nor close (spaces on both sides, or `_` inside a word); emphasis when
        /// it can only open, one or two markers, and the next run of its marker on the line can
        /// only close and is as long, with plain text between (intraword `_` and a `!` not before
        /// `[` allowed). CommonMark's flanking rules, on ASCII neighbours: a neighbour that is not
        /// ASCII (Unicode's classes) and everything else is left to cmark-gfm.
        private func emphasis(at start: Int, textStart: Int, end: Int) -> Emphasis {
            let marker = bytes[start]
            let runEnd = self.runEnd(from: start, end: end)
            guard let opening = flanking(start, runEnd, textStart: textStart, end: end) else { return .none }
            if !opening.left && !opening.right || marker == UInt8(ascii: "_") && opening.intraword {
                return .literal(runEnd: runEnd)
            }
            guard opening.left, !opening.right, runEnd - start <= 2, let base = bytes.baseAddress else { return .none }
            var probe = runEnd
            while true {
                probe += copydesk_quick_text_stop(base + probe, end - probe)
                guard probe < end else { return .none }
                let byte = bytes[probe]
                if byte == UInt8(ascii: "!"), probe + 1 >= end || bytes[probe + 1] != UInt8(ascii: "[") {
                    probe += 1
                    continue
                }
                guard byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") else { return .none }
                let closeEnd = self.runEnd(from: probe, end: end)
                guard let closing = flanking(probe, closeEnd, textStart: textStart, end: end) else { return .none }
                if byte == UInt8(ascii: "_"), closing.intraword {
                    probe = closeEnd
                    continue
                }
                guard byte == marker, closing.right, !closing.left, closeEnd - probe == runEnd - start, probe > runEnd
                else { return .none }
                return .span(inner: runEnd..<probe, closeEnd: closeEnd)
            }
        }

        /// Where the run of the byte at `start` ends.
        private func runEnd(from start: Int, end: Int) -> Int {
            var index = start
            while index < end, bytes[index] == bytes[start] { index += 1 }
            return index
        }

        /// Whether the run from `start` to `runEnd` in the text from `textStart` to `end` is
        /// left-flanking and right-flanking (CommonMark; the text's ends and line breaks count as
        /// whitespace), and whether it has an ASCII letter or digit on both sides; nil when a
        /// neighbour is not ASCII (Unicode's classes decide).
        private func flanking(_ start: Int, _ runEnd: Int, textStart: Int, end: Int) -> (
            left: Bool, right: Bool, intraword: Bool
        )? {
            let before: UInt8 = start > textStart ? bytes[start - 1] : 0x0A
            let after: UInt8 = runEnd < end ? bytes[runEnd] : 0x0A
            guard before < 0x80, after < 0x80 else { return nil }
            let spaceBefore = before == 0x20 || before == 0x0A
            let spaceAfter = after == 0x20 || after == 0x0A
            let punctuationBefore = SourceAligner.isASCIIPunctuation(before)
            let punctuationAfter = SourceAligner.isASCIIPunctuation(after)
            return (
                !spaceAfter && (!punctuationAfter || spaceBefore || punctuationBefore),
                !spaceBefore && (!punctuationBefore || spaceAfter || punctuationAfter),
                ExtendedAutolinks.isAlphanumeric(before) && ExtendedAutolinks.isAlphanumeric(after)
            )
        }

        /// An inline link `[text](destination)`: where its `]` is, its destination, and where it ends.
        struct InlineLink {
            var open: Int
            var close: Int
            var destination: Range<Int>
            var end: Int
        }

        /// The inline link whose `[` is at `start`, when it is one the reader takes: text of
        /// plain bytes on one line (where `://`, `www.` and `@` are text: no autolink is looked
        /// for in a link's text), then `(`, a destination of bytes other than spaces, control
        /// characters, parentheses, `<`, `>`, `\`, `&`, quotes, backticks, brackets, `|` and `~`
        /// (no title), and `)`.
        private func inlineLink(at start: Int, end: Int) -> InlineLink? {
            guard let base = bytes.baseAddress else { return nil }
            var close = start + 1
            while true {
                close += copydesk_quick_text_stop(base + close, end - close)
                guard close < end else { return nil }
                let byte = bytes[close]
                if byte == UInt8(ascii: "]") { break }
                guard byte == UInt8(ascii: ":") || byte == UInt8(ascii: "w") || byte == UInt8(ascii: "@") else {
                    return nil
                }
                close += 1
            }
            guard close > start + 1, close + 2 < end, bytes[close + 1] == UInt8(ascii: "(") else { return nil }
            var index = close + 2
            while index < end, Self.isDestinationByte(bytes[index]) { index += 1 }
            guard index > close + 2, index < end, bytes[index] == UInt8(ascii: ")") else { return nil }
            return InlineLink(open: start, close: close, destination: (close + 2)..<index, end: index + 1)
        }

        /// Whether a link destination may hold `byte` (`inlineLink`).
        private static func isDestinationByte(_ byte: UInt8) -> Bool {
            switch byte {
            case 0...0x20, 0x7F, UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"),
                UInt8(ascii: "\\"), UInt8(ascii: "&"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"),
                UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "|"), UInt8(ascii: "~"):
                false
            default: true
            }
        }

        /// Reads a link as the walker's `InlineBuilder.link` does: its text, kept in brackets
        /// when it is a number list (`[1]`, `[2,3]`: a numbered citation) whose `[` the walker
        /// finds, and the link.
        private mutating func read(_ link: InlineLink) {
            let open = link.open
            let close = link.close
            // The walker's `linkOpening`: the `[` when only spaces, line breaks and emphasis
            // markers stand between its cursor and it (not in a heading whose text starts with
            // the link: the cursor is at the `#`).
            var index = cursor
            while index < open, Self.isBeforeLinkOpening(bytes[index]) { index += 1 }
            let opening = index == open ? open : nil
            let bracketed =
                opening != nil && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[open + 1])
                && NumberedMarkers.marker(in: Array(bytes[open...close]), at: 0, allowFootnote: false) != nil
            if bracketed {
                if let start = pendingBreak {
                    pendingBreak = nil
                    if let last = map.lastByte, !SentenceSegmenter.isSpace(last) {
                        map.append(0x20, sourceRange: min(start, open)..<max(start, open))
                    }
                }
                map.append(UInt8(ascii: "["), sourceRange: open..<(open + 1))
                cursor = open + 1
            }
            let textStart = map.utf8Count
            appendText((open + 1)..<close)
            let textEnd = map.utf8Count
            let textRange = map.sourceRange(of: textStart..<textEnd)
            if bracketed, cursor <= close {
                map.append(UInt8(ascii: "]"), sourceRange: close..<(close + 1))
            }
            cursor = link.end
            guard textEnd > textStart else { return }
            let start = opening.map { min($0, textRange.lowerBound) } ?? textRange.lowerBound
            links.append(
                .init(
                    url: String(decoding: bytes[link.destination], as: UTF8.self), text: textStart..<textEnd,
                    source: start..<max(cursor, textRange.upperBound)))
        }

        /// The bytes the walker's `linkOpening` steps over before a link's `[`.
        private static func isBeforeLinkOpening(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "~") || byte == 0x20
                || byte == 0x0A || byte == 0x0D
        }

        /// The leaf of the definition whose label is the one at `label` but for ASCII case.
        private func definition(labeled label: Range<Int>) -> Int? {
            definitions.first { index in
                let other = leaves[index].label
                return other.count == label.count
                    && zip(other, label).allSatisfy { ASCII.lowercased(bytes[$0]) == ASCII.lowercased(bytes[$1]) }
            }
        }

        /// The `]` of the footnote reference `[^label]` at `start`, not followed by `(` or `[`.
        private func referenceEnd(at start: Int, end: Int) -> Int? {
            guard start + 2 < end, bytes[start + 1] == UInt8(ascii: "^") else { return nil }
            var close = start + 2
            while close < end, Self.isLabelByte(bytes[close]) { close += 1 }
            guard close > start + 2, close < end, bytes[close] == UInt8(ascii: "]") else { return nil }
            if close + 1 < end, bytes[close + 1] == UInt8(ascii: "(") || bytes[close + 1] == UInt8(ascii: "[") {
                return nil
            }
            return close
        }

        /// A text node's literal, the source's bytes in `range`, as the walker's
        /// `text(_:verbatimAt:)` appends it: after the pending break, one of two spaces that meet
        /// dropped.
        private mutating func appendText(_ range: Range<Int>) {
            guard !range.isEmpty else { return }
            if let start = pendingBreak {
                pendingBreak = nil
                if let last = map.lastByte, !SentenceSegmenter.isSpace(last) {
                    map.append(0x20, sourceRange: min(start, range.lowerBound)..<max(start, range.lowerBound))
                }
            }
            let skip = map.lastByte == 0x20 && bytes[range.lowerBound] == 0x20 ? 1 : 0
            let start = range.lowerBound + skip
            map.append(
                wholeScalars: UnsafeBufferPointer(rebasing: bytes[start..<range.upperBound]),
                sourceRange: start..<range.upperBound)
            cursor = range.upperBound
        }
    }
}
