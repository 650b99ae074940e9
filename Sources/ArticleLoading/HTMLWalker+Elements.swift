@preconcurrency import CLibXML2
import CopydeskCore

extension HTMLWalker {
    mutating func element(_ node: xmlNodePtr, context: Context) {
        let name = HTMLTree.name(node)
        // A page's `<header>` is chrome; an article's own `<header>` holds its headline.
        if Self.skippedElements.contains(name), !(name == "header" && context.insideArticle) {
            skip(node)
            return
        }
        var context = context
        if name == "article" || name == "main" { context.insideArticle = true }
        let insideCell = stack.last?.tag.map { Self.cellLike.contains($0) } ?? false
        switch name {
        case "title":
            block(node, kind: .title, context: context)
        case "h1", "h2", "h3", "h4", "h5", "h6":
            let level = Int(String(name.dropFirst())) ?? 1
            block(node, kind: .heading(level: level), context: context)
        case "p", "div", "section", "article", "figure", "main":
            if insideCell {
                // A paragraph inside a list item or cell continues that block.
                breakSpace()
                children(of: node, context: context)
                breakSpace()
            } else if name == "p" {
                block(node, kind: context.quoteDepth > 0 ? .quote : .paragraph, context: context)
            } else {
                flush()
                children(of: node, context: context)
                flush()
            }
        case "figcaption", "dt", "dd", "caption", "summary", "address":
            block(node, kind: context.quoteDepth > 0 ? .quote : .paragraph, context: context)
        case "li":
            block(
                node, kind: context.referenceList ? .reference : .listItem(ordered: context.ordered ?? false),
                context: context)
        case "td", "th":
            block(node, kind: .tableCell, context: context)
        case "pre":
            var inner = context
            inner.preformatted = true
            block(node, kind: .code, context: inner)
        case "blockquote":
            flush()
            var inner = context
            inner.quoteDepth += 1
            children(of: node, context: inner)
            flush()
        case "ol", "ul":
            list(node, ordered: name == "ol", context: context)
        case "br":
            guard let range = cursor.locateTag("br"), !stack.isEmpty else { break }
            if stack[stack.count - 1].builder.breaksSinceText > 0 {
                // `<br><br>` separates paragraphs in pages without `<p>`.
                flush()
            } else {
                stack[stack.count - 1].builder.addBreak(range)
            }
        case "code", "kbd", "samp":
            // Inline code is dropped; inside `<pre>` it is the code block's text.
            if context.preformatted { children(of: node, context: context) } else { skip(node) }
        case "sup":
            superscript(node, context: context)
        case "a":
            anchor(node, context: context)
        default:
            if Self.inlineElements.contains(name) {
                children(of: node, context: context)
            } else {
                flush()
                children(of: node, context: context)
                flush()
            }
        }
    }

    private mutating func block(_ node: xmlNodePtr, kind: Block.Kind, context: Context, referenceLabel: String? = nil) {
        open(kind, tag: HTMLTree.name(node), context: context, referenceLabel: referenceLabel)
        children(of: node, context: context)
        close()
    }

    private mutating func breakSpace() {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].builder.addSpace(cursor.offset..<cursor.offset)
    }

    /// A list; its items are reference entries when `#` links point at them.
    private mutating func list(_ node: xmlNodePtr, ordered: Bool, context: Context) {
        flush()
        var items: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, HTMLTree.name(current) == "li" { items.append(current) }
            child = current.pointee.next
        }
        let isReferenceList = items.contains { HTMLTree.attribute($0, "id").map(anchorTargets.contains) ?? false }
        var inner = context
        inner.ordered = ordered
        inner.referenceList = isReferenceList
        var number = HTMLTree.attribute(node, "start").flatMap { Int($0) } ?? 1
        child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, HTMLTree.name(current) == "li" {
                let label = ordered ? "\(number)" : (HTMLTree.attribute(current, "id") ?? "\(number)")
                if isReferenceList {
                    block(current, kind: .reference, context: inner, referenceLabel: label)
                } else {
                    walk(current, context: inner)
                }
                number += 1
            } else {
                walk(current, context: inner)
            }
            child = current.pointee.next
        }
        flush()
    }

    private mutating func anchor(_ node: xmlNodePtr, context: Context) {
        let href = HTMLTree.attribute(node, "href") ?? ""
        guard !stack.isEmpty, !href.isEmpty else {
            children(of: node, context: context)
            return
        }
        let depth = stack.count
        let textStart = stack[depth - 1].builder.nextTextStart
        children(of: node, context: context)
        guard stack.count == depth else { return }
        let textEnd = stack[depth - 1].builder.textLength
        guard textEnd > textStart else { return }
        let range = stack[depth - 1].builder.map.sourceRange(of: textStart..<textEnd)
        stack[depth - 1].links.append(.init(url: href, blockIndex: nil, textRange: textStart..<textEnd, source: range))
    }

    /// `<sup>` holding a reference (`<sup><a href="#r1">1</a></sup>`, `<sup>[2]</sup>`, `<sup>3</sup>` after a word)
    /// becomes a citation marker outside the text; other superscripts (`m<sup>2</sup>`) stay text.
    private mutating func superscript(_ node: xmlNodePtr, context: Context) {
        let label = HTMLTree.text(node).trimmingBrackets
        guard !stack.isEmpty, isCitation(node, label: label) else {
            children(of: node, context: context)
            return
        }
        let entry = cursor.offset
        skip(node)
        let lastText = cursor.offset
        let start = cursor.lastStartTag("sup", in: entry..<max(entry, lastText)) ?? entry
        let end = cursor.endTag("sup", after: lastText) ?? lastText
        stack[stack.count - 1].builder.cover(end)
        let offset = stack[stack.count - 1].builder.textLength
        stack[stack.count - 1].markers.append(
            .init(label: label, style: .superscript, blockIndex: 0, textOffset: offset, source: start..<end))
    }

    private func isCitation(_ node: xmlNodePtr, label: String) -> Bool {
        if HTMLTree.hasFragmentLink(node) { return true }
        let bytes = Array(label.utf8)
        guard !bytes.isEmpty, bytes.allSatisfy({ (0x30...0x39).contains($0) || $0 == 0x2C || $0 == 0x2D || $0 == 0x20 })
        else {
            return false
        }
        // `10<sup>6</sup>`, `m<sup>2</sup>`: an exponent, not a citation.
        // The word before the `<sup>` is all that matters: the text's tail, not the whole block.
        let text: [UInt8] = stack.last.map { Array($0.builder.map.text.utf8.suffix(32)) } ?? []
        guard let last = text.last else { return false }
        if (0x30...0x39).contains(last) { return false }
        var wordStart = text.count
        while wordStart > 0, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(text[wordStart - 1] | 0x20) {
            wordStart -= 1
        }
        let word = String(decoding: text[wordStart...], as: UTF8.self)
        return !["m", "cm", "mm", "km", "ft", "in", "s", "kg", "g", "mg", "l", "ml", "x"].contains(word.lowercased())
    }
}

extension String {
    /// Trimmed of whitespace and of the brackets around `[1]`.
    var trimmingBrackets: String {
        var text = ArticleDraft.collapsed(self)
        if text.hasPrefix("["), text.hasSuffix("]"), text.count >= 2 { text = String(text.dropFirst().dropLast()) }
        return text
    }
}
