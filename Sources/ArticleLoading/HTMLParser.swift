@preconcurrency import CLibXML2
import CopydeskCore

/// Initialises libxml2 once before any parse (required before parsing on several threads).
private let libxmlInitialized: Void = { xmlInitParser() }()

/// HTML through libxml2's forgiving HTML parser (`htmlReadMemory`).
///
/// libxml2 gives text with entities decoded but only line numbers, so each text node is
/// located in the source by a cursor that moves forward through the file in document order,
/// stepping over tags and comments, and lining the decoded text up with the raw bytes
/// (entities, CRLF). Positions therefore point into the HTML source.
struct HTMLParser {
    let source: [UInt8]
    let lines: LineIndex

    func parse() -> ArticleDraft {
        _ = libxmlInitialized
        guard !source.isEmpty, source.count < Int(Int32.max) else { return ArticleDraft() }
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        let document = source.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(chars.count), "article.html", "UTF-8", options)
            }
        }
        guard let document else { return ArticleDraft() }
        defer { xmlFreeDoc(document) }
        var walker = HTMLWalker(source: source, anchorTargets: HTMLTree.anchorTargets(document.pointee.children))
        var child = document.pointee.children
        while let node = child {
            walker.walk(node, context: .init())
            child = node.pointee.next
        }
        walker.flushAll()
        var draft = walker.draft
        draft.title = walker.titleText ?? walker.firstH1Text
        return draft
    }
}

/// Small helpers over libxml2's tree.
enum HTMLTree {
    static func name(_ node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return lowercased(String(cString: name))
    }

    /// `text.lowercased()`, without the work when there is nothing to lower (libxml2's HTML
    /// parser gives element and attribute names in lowercase ASCII already).
    static func lowercased(_ text: String) -> String {
        text.utf8.allSatisfy({ $0 < 0x80 && $0 &- UInt8(ascii: "A") >= 26 }) ? text : text.lowercased()
    }

    static func attribute(_ node: xmlNodePtr, _ wanted: String) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if let name = current.pointee.name, lowercased(String(cString: name)) == wanted {
                guard let value = current.pointee.children, let content = value.pointee.content else { return "" }
                return String(cString: content)
            }
            attribute = current.pointee.next
        }
        return nil
    }

    static func content(_ node: xmlNodePtr) -> [UInt8] {
        guard let content = node.pointee.content else { return [] }
        return CStringBytes.bytes(content)
    }

    /// Every element among `first` and its siblings, depth first.
    static func forEachElement(_ first: xmlNodePtr?, _ body: (xmlNodePtr) -> Void) {
        var child = first
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE {
                body(node)
                forEachElement(node.pointee.children, body)
            } else if node.pointee.type == XML_DOCUMENT_NODE || node.pointee.type == XML_HTML_DOCUMENT_NODE {
                forEachElement(node.pointee.children, body)
            }
            child = node.pointee.next
        }
    }

    /// Ids that `href="#id"` links point at.
    static func anchorTargets(_ first: xmlNodePtr?) -> Set<String> {
        var targets = Set<String>()
        forEachElement(first) { node in
            if name(node) == "a", let href = attribute(node, "href"), href.hasPrefix("#"), href.count > 1 {
                targets.insert(String(href.dropFirst()))
            }
        }
        return targets
    }

    /// All descendant text, in order.
    static func text(_ node: xmlNodePtr) -> String {
        var bytes: [UInt8] = []
        func collect(_ first: xmlNodePtr?) {
            var child = first
            while let current = child {
                if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE {
                    bytes += content(current)
                } else if current.pointee.type == XML_ELEMENT_NODE {
                    collect(current.pointee.children)
                }
                child = current.pointee.next
            }
        }
        collect(node.pointee.children)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether an element has a descendant `<a href="#…">`.
    static func hasFragmentLink(_ node: xmlNodePtr) -> Bool {
        var found = false
        forEachElement(node.pointee.children) { child in
            if name(child) == "a", attribute(child, "href")?.hasPrefix("#") == true { found = true }
        }
        return found
    }
}
