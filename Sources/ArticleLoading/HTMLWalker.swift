@preconcurrency import CLibXML2
import CopydeskCore

/// Walks libxml2's tree into draft blocks: headings, paragraphs, list items, quotes, table
/// cells, captions, `<pre>` code; navigation, scripts, forms and page chrome are skipped.
struct HTMLWalker {
    /// Never read as article text.
    static let skippedElements: Set<String> = [
        "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "svg", "math", "iframe",
        "object", "embed", "canvas", "video", "audio", "picture", "map", "button", "select", "textarea", "input",
        "img", "meta", "link", "base",
    ]
    /// Text-level elements: their text flows into the surrounding block.
    static let inlineElements: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "label", "mark",
        "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "br",
        "code",
        "img", "big", "nobr",
    ]
    /// Blocks inside which `<p>` and `<div>` just continue the text.
    static let cellLike: Set<String> = ["li", "td", "th", "dd", "dt", "figcaption", "caption", "summary"]

    struct Context {
        var quoteDepth = 0
        var ordered: Bool?
        /// Inside a list whose items are reference entries.
        var referenceList = false
        var preformatted = false
        /// Inside `<article>` or `<main>`, where a `<header>` is the article's own.
        var insideArticle = false
    }

    struct OpenBlock {
        var kind: Block.Kind
        /// The element that opened it, nil for text standing outside any block element.
        var tag: String?
        var quoteDepth: Int
        var referenceLabel: String?
        var entry: Int
        var builder = HTMLTextBuilder()
        var links: [ArticleDraft.DraftLink] = []
        var markers: [ArticleDraft.DraftMarker] = []

        func fresh(at entry: Int) -> OpenBlock {
            OpenBlock(kind: kind, tag: tag, quoteDepth: quoteDepth, referenceLabel: referenceLabel, entry: entry)
        }
    }

    var cursor: HTMLSourceCursor
    let anchorTargets: Set<String>
    var draft = ArticleDraft()
    var stack: [OpenBlock] = []
    private(set) var titleText: String?
    private(set) var firstH1Text: String?

    init(source: [UInt8], anchorTargets: Set<String>) {
        cursor = HTMLSourceCursor(source: source)
        self.anchorTargets = anchorTargets
    }

    var source: [UInt8] { cursor.source }

    mutating func walk(_ node: xmlNodePtr, context: Context) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            text(HTMLTree.content(node), context: context)
        case XML_COMMENT_NODE:
            if let range = cursor.locateComment(),
                let directive = DirectiveParser.parse(String(decoding: HTMLTree.content(node), as: UTF8.self))
            {
                draft.directives.append(.init(kind: directive.kind, targets: directive.targets, source: range))
            }
        case XML_ELEMENT_NODE:
            element(node, context: context)
        default:
            break
        }
    }

    mutating func children(of node: xmlNodePtr, context: Context) {
        var child = node.pointee.children
        while let current = child {
            walk(current, context: context)
            child = current.pointee.next
        }
    }

    /// Locates the text under `node` without reading it (skipped elements, dropped code), so later searches start after it.
    mutating func skip(_ node: xmlNodePtr) {
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let content = HTMLTree.content(current)
                if !content.allSatisfy(SentenceSegmenter.isSpace) { _ = cursor.locate(content) }
            case XML_COMMENT_NODE: _ = cursor.locateComment()
            case XML_ELEMENT_NODE: skip(current)
            default: break
            }
            child = current.pointee.next
        }
    }

    // MARK: - Text

    private mutating func text(_ content: [UInt8], context: Context) {
        guard !content.isEmpty else { return }
        let blank = content.allSatisfy(SentenceSegmenter.isSpace)
        if stack.isEmpty {
            guard !blank else { return }
            stack.append(
                OpenBlock(
                    kind: context.quoteDepth > 0 ? .quote : .paragraph, tag: nil, quoteDepth: context.quoteDepth,
                    entry: cursor.offset))
        }
        if blank && stack[stack.count - 1].builder.isEmpty { return }
        guard let located = cursor.locate(content) else { return }
        stack[stack.count - 1].builder.add(content, pieces: located.pieces, preserveWhitespace: context.preformatted)
    }

    // MARK: - Blocks

    mutating func open(_ kind: Block.Kind, tag: String, context: Context, referenceLabel: String? = nil) {
        if let top = stack.popLast() {
            emit(top)
            stack.append(top.fresh(at: cursor.offset))
        }
        stack.append(
            OpenBlock(
                kind: kind, tag: tag, quoteDepth: context.quoteDepth, referenceLabel: referenceLabel,
                entry: cursor.offset))
    }

    mutating func close() {
        guard let top = stack.popLast() else { return }
        emit(top)
    }

    /// Ends the current block before a block-level container starts or ends.
    mutating func flush() {
        guard let top = stack.popLast() else { return }
        emit(top)
        if top.tag != nil { stack.append(top.fresh(at: cursor.offset)) }
    }

    mutating func flushAll() {
        while let top = stack.popLast() { emit(top) }
    }

    private mutating func emit(_ block: OpenBlock) {
        let builder = block.builder
        guard !builder.isEmpty, let first = builder.firstSource, let last = builder.lastSource else { return }
        var start = first
        var end = last
        if let tag = block.tag {
            start = cursor.lastStartTag(tag, in: min(block.entry, first)..<first) ?? first
            end = cursor.endTag(tag, after: last) ?? last
        }
        let index = draft.blocks.count
        draft.blocks.append(
            .init(kind: block.kind, map: builder.map, source: start..<end, quoteDepth: block.quoteDepth))
        draft.links += block.links.map {
            var link = $0; link.blockIndex = index; return link
        }
        draft.markers += block.markers.map {
            var marker = $0; marker.blockIndex = index; return marker
        }
        // The collapsed text only where it is kept.
        switch block.kind {
        case .title where titleText == nil: titleText = ArticleDraft.collapsed(builder.map.text)
        case .heading(level: 1) where firstH1Text == nil: firstH1Text = ArticleDraft.collapsed(builder.map.text)
        case .reference:
            draft.references.append(
                .init(
                    label: block.referenceLabel ?? "\(draft.references.count + 1)",
                    text: ArticleDraft.collapsed(builder.map.text), source: start..<end))
        default: break
        }
    }
}
