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
        output += indent + "<" + name + Self.attributes(attributes) + ">\n"
        open.append(name)
    }

    /// Closes the element opened last.
    mutating func close() {
        guard let name = open.popLast() else { return }
        output += indent + "</" + name + ">\n"
    }

    /// An element with text content, or empty when `text` is nil.
    mutating func element(_ name: String, _ attributes: [(String, String?)] = [], text: String? = nil) {
        if let text {
            output += indent + "<" + name + Self.attributes(attributes) + ">" + Self.escape(text) + "</" + name + ">\n"
        } else {
            output += indent + "<" + name + Self.attributes(attributes) + "/>\n"
        }
    }

    private var indent: String { String(repeating: indentUnit, count: open.count) }

    private static func attributes(_ attributes: [(String, String?)]) -> String {
        attributes.reduce(into: "") { out, pair in
            if let value = pair.1 { out += " \(pair.0)=\"\(escape(value))\"" }
        }
    }

    /// Text safe in XML and HTML content and in quoted attributes: `& < > " '` as entities;
    /// control characters XML 1.0 forbids and non-characters dropped. Line breaks and tabs are kept.
    static func escape(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if isAllowed(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
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
