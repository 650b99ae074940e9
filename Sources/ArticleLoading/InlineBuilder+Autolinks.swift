import CCmarkGFM
import CmarkArena

/// Text nodes, and the extended autolinks in them when the tree was parsed without cmark-gfm's
/// `autolink` extension (`findsAutolinks`).
///
/// The walk then reads what it would have read of the tree the extension makes:
/// - where it links a web address, the text is cut into the text before, a link holding the
///   address as text, and the text after; it links one only in text that cmark reads as text
///   (not in code, HTML, link destinations, entities or escapes), and not while a `[` or `![`
///   of the block is open (a link's text, or a bracket not yet closed);
/// - then it looks for e-mail addresses in the text nodes outside links (images included).
///
/// A web address is looked for in the source, where cmark's parser reads it. Without the
/// extension, cmark read those bytes as text of this node too, unless the link would take in
/// markup (`www.a.com/*b*`), which is then no text: such a link, or one whose end depends on
/// where the block's text ends, is not decided here (`unsure`), and the file is parsed again
/// with the extension.
extension InlineBuilder {
    /// Reads a text node (never followed by another: cmark-gfm joins the text nodes that follow
    /// one another when it finishes a parse).
    /// (The node's start and literal are read in one call, `copydesk_text_node`: they are
    /// `Self.start(node, lines)` and `withLiteral`'s literal.)
    mutating func textNode(_ node: OpaquePointer, lines: CmarkLines) {
        var line: Int32 = 0
        var column: Int32 = 0
        var length = 0
        let pointer = copydesk_text_node(node, &line, &column, &length)
        let reported = Self.start(line: Int(line), column: Int(column), lines)
        let startsLine = atLineStart
        atLineStart = false
        let literal = UnsafeBufferPointer(start: pointer, count: pointer == nil ? 0 : length)
        assert(UTF8Validation.isValidWithoutNUL(UnsafeRawBufferPointer(literal)), "cmark gave invalid UTF-8")
        if findsAutolinks {
            autolinkText(literal, reported: reported, startsLine: startsLine)
        } else {
            text(literal, reported: reported)
        }
    }

    /// A text node as the extension would leave it: text, and links found in it.
    private mutating func autolinkText(_ literal: UnsafeBufferPointer<UInt8>, reported: Int?, startsLine: Bool) {
        guard let base = literal.baseAddress, !literal.isEmpty else { return }
        // Most literals: no hint, placed at the cursor (`plainTextStart`).
        if let start = plainTextStart(literal, reported: reported) {
            text(literal, verbatimAt: start)
            return
        }
        let hint = copydesk_autolink_hint(base, literal.count)
        let emails = linkDepth == 0 && hint & 1 != 0
        // Outside link and image text: web addresses, and the brackets before them (inside, only
        // to tell whether one would be linked: see below).
        let web = (bracketDepth == 0 || linkInOpenBracket) && hint & 6 != 0
        guard web else {
            if emails { emailText(literal, reported: reported) } else { text(literal, reported: reported) }
            return
        }
        let placed = placement(of: literal, reported: reported)
        if case .piecewise = placed {
            unsure = true
            return
        }
        var segmentStart = 0
        var index = 0
        while index < literal.count {
            let byte = literal[index]
            switch byte {
            case UInt8(ascii: "["):
                if let at = Self.sourceOffset(of: index, placed), source[at] == byte { openBrackets += 1 }
            case UInt8(ascii: "]"):
                if let at = Self.sourceOffset(of: index, placed), source[at] == byte, openBrackets > 0 {
                    openBrackets -= 1
                }
            case UInt8(ascii: "w"), UInt8(ascii: ":"):
                guard hint & 2 != 0, let at = Self.sourceOffset(of: index, placed), source[at] == byte else { break }
                let match = source.withUnsafeBufferPointer { source -> ExtendedAutolinks.WebMatch in
                    if byte == UInt8(ascii: ":") {
                        return ExtendedAutolinks.schemeLink(
                            in: source, colon: at, lowerBound: Self.sourceOffset(of: 0, placed) ?? at)
                    }
                    // The byte before in cmark's text: none at the start of one of its lines.
                    let previous = index == 0 && startsLine || at == 0 ? nil : source[at - 1]
                    guard ExtendedAutolinks.mayStartWeb(after: previous) else { return .none }
                    return ExtendedAutolinks.wwwLink(in: source, at: at)
                }
                switch match {
                case .none: break
                case .unsure:
                    unsure = true
                    return
                case .link where openBrackets > 0 || bracketDepth > 0:
                    // No link while a `[` or `![` is open (or in a link's or an image's text);
                    // but once a link has closed inside an open `![`, cmark-gfm 0.29.0.gfm.6 links
                    // again (not inside an open `[`): left to the extension.
                    if linkInOpenBracket {
                        unsure = true
                        return
                    }
                case .link(let range, let url):
                    // The link must be made of this text's own bytes, as they stand in the source.
                    let textStart = index - (at - range.lowerBound)
                    let textEnd = textStart + range.count
                    guard textStart >= segmentStart, textEnd <= literal.count,
                        Self.sourceOffset(of: textStart, placed) == range.lowerBound,
                        Self.sourceOffset(of: textEnd - 1, placed) == range.upperBound - 1,
                        source[range].elementsEqual(literal[textStart..<textEnd])
                    else {
                        unsure = true
                        return
                    }
                    let before = UnsafeBufferPointer(rebasing: literal[segmentStart..<textStart])
                    if emails {
                        emailText(before, reported: segmentStart == 0 ? reported : nil)
                    } else {
                        text(before, reported: segmentStart == 0 ? reported : nil)
                    }
                    link(.autolink(UnsafeBufferPointer(rebasing: literal[textStart..<textEnd]), url: url))
                    segmentStart = textEnd
                    index = textEnd
                    continue
                }
            default: break
            }
            index += 1
        }
        if segmentStart == 0 {
            if emails { emailText(literal, reported: reported) } else { text(literal, placed: placed) }
        } else {
            let rest = UnsafeBufferPointer(rebasing: literal[segmentStart...])
            if emails { emailText(rest, reported: nil) } else { text(rest, reported: nil) }
        }
    }

    /// The source offset of the literal's byte at `index` if it stands for itself there (a
    /// verbatim piece: not an escape, an entity or a line break).
    private static func sourceOffset(of index: Int, _ placed: Placement) -> Int? {
        switch placed {
        case .verbatim(let start): return start + index
        case .escaped: return nil
        case .aligned(_, let pieces):
            for piece in pieces where piece.text.contains(index) {
                guard piece.text.count == piece.source.count else { return nil }
                return piece.source.lowerBound + index - piece.text.lowerBound
            }
            return nil
        case .piecewise: return nil
        }
    }

    /// A text outside links, with the e-mail addresses in it linked.
    private mutating func emailText(_ literal: UnsafeBufferPointer<UInt8>, reported: Int?) {
        let emails = ExtendedAutolinks.emails(in: literal)
        guard !emails.isEmpty else {
            text(literal, reported: reported)
            return
        }
        var start = 0
        for email in emails {
            // Only the text before the first address keeps cmark's position; the rest has none.
            text(
                UnsafeBufferPointer(rebasing: literal[start..<email.text.lowerBound]),
                reported: start == 0 ? reported : nil)
            let address = UnsafeBufferPointer(rebasing: literal[email.text])
            let url = (email.mailto ? "mailto:" : "") + String(decoding: address, as: UTF8.self)
            link(.autolink(address, url: url))
            start = email.text.upperBound
        }
        text(UnsafeBufferPointer(rebasing: literal[start...]), reported: nil)
    }
}
