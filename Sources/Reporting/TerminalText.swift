/// Text safe for a terminal: control characters and escape sequences that came from an
/// article are replaced, so a hostile article cannot move the cursor or recolour the screen.
enum TerminalText {
    static func sanitize(_ text: String) -> String {
        if !UTF8Scan.contains(text, where: UTF8Scan.isControlOrBidi) { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09: result.append(" ")
            case 0x00...0x1F, 0x7F...0x9F: result.append("\u{FFFD}")
            // Bidirectional overrides and isolates can reorder what a reader sees.
            case 0x202A...0x202E, 0x2066...0x2069: result.append("\u{FFFD}")
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}

/// ANSI styling, on only when the output is a colour terminal.
struct TerminalStyle: Sendable {
    var enabled: Bool

    func apply(_ code: String, _ text: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func bold(_ text: String) -> String { apply("1", text) }
    func dim(_ text: String) -> String { apply("2", text) }
    func red(_ text: String) -> String { apply("1;31", text) }
    func yellow(_ text: String) -> String { apply("1;33", text) }
    func cyan(_ text: String) -> String { apply("1;36", text) }
    func green(_ text: String) -> String { apply("1;32", text) }
}
