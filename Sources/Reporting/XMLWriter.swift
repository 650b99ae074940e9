/// Escaping for XML and HTML, and a small writer for indented XML documents.
///
/// Every string that came from an article or a policy goes through `escape`: markup
/// characters become entities and characters XML 1.0 forbids are dropped, so nothing an
/// article contains can open a tag, close a CDATA section or break an attribute.
struct XMLWriter: Sendable {
    private(set) var output = ""
    private var open: [String] = []
    private let indentUnit: String

    init(indent: String = "  ") {
        indentUnit = indent
    }

    /// A writer that goes on inside elements opened elsewhere (`names`, outermost first):
    /// it indents as they do and may close them.
    init(inside names: [String], indent: String = "  ") {
        indentUnit = indent
        open = names
    }

    /// `<?xml version="1.0" encoding="UTF-8"?>`
    mutating func declaration() {
        output += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    }

    /// Opens an element; attributes with a nil value are left out.
    mutating func open(_ name: String, _ attributes: [(String, String?)] = []) {
        startTag(name, attributes)
        output += ">\n"
        open.append(name)
    }

    /// Closes the element opened last.
    mutating func close() {
        guard let name = open.popLast() else { return }
        indent()
        output += "</"
        output += name
        output += ">\n"
    }

    /// An element with text content, or empty when `text` is nil.
    mutating func element(_ name: String, _ attributes: [(String, String?)] = [], text: String? = nil) {
        startTag(name, attributes)
        if let text {
            output += ">"
            output += Self.escape(text)
            output += "</"
            output += name
            output += ">\n"
        } else {
            output += "/>\n"
        }
    }

    /// The indent, `<name` and the attributes, appended piece by piece.
    private mutating func startTag(_ name: String, _ attributes: [(String, String?)]) {
        indent()
        output += "<"
        output += name
        for case (let key, let value?) in attributes {
            output += " "
            output += key
            output += "=\""
            output += Self.escape(value)
            output += "\""
        }
    }

    private mutating func indent() {
        for _ in 0..<open.count { output += indentUnit }
    }

    /// Text safe in XML and HTML content and in quoted attributes: `& < > " '` as entities;
    /// control characters XML 1.0 forbids and non-characters dropped. Line breaks and tabs are kept.
    static func escape(_ text: String) -> String {
        var text = text
        // On UTF-8 bytes: every character replaced or dropped is one scalar told by its lead byte.
        let escaped = text.withUTF8 { bytes -> [UInt8]? in
            var out: [UInt8]?
            var copied = 0
            var index = 0
            while index < bytes.count {
                let replacement: StaticString
                var length = 1
                switch bytes[index] {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                    index += 1
                    continue
                case let lead:
                    guard UTF8Scan.isControlOrBidi(bytes, index) || UTF8Scan.isNonCharacter(bytes, index) else {
                        index += 1
                        continue
                    }
                    replacement = ""
                    length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : 3
                }
                if out == nil {
                    out = []
                    out?.reserveCapacity(bytes.count + 16)
                }
                out?.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                out?.append(
                    contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                index += length
                copied = index
            }
            out?.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return out
        }
        return escaped.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    /// XML 1.0's Char production, less the C1 controls and bidirectional overrides, which only
    /// serve to disguise text.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: false
        case 0x202A...0x202E, 0x2066...0x2069: false
        case 0xFFFE, 0xFFFF: false
        default: true
        }
    }
}
