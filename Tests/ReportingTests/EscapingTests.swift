import Foundation
import Testing

@testable import Reporting

/// The escaping functions work on UTF-8 bytes; these tests hold them to their scalar-by-scalar definitions.
@Suite struct EscapingTests {
    static let pieces = [
        "plain", " ", "%", ":", ",", "[", "]", "{", "}", "\\", "&", "<", ">", "\"", "'", "\t", "\n", "\r", "\r\n",
        "\u{0}", "\u{1B}[31m", "\u{7F}", "\u{80}",
        "\u{85}", "\u{9F}", "\u{A0}", "é", "e\u{301}", "—", "\u{2029}", "\u{202A}", "\u{202E}", "\u{202F}", "\u{2065}",
        "\u{2066}", "\u{2069}", "\u{206A}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{FEFF}", "😀", "中",
    ]

    /// Texts made of the pieces, the same on every run.
    static func texts() -> [String] {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        return (0..<3_000).map { _ in
            var text = ""
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            for shift in stride(from: 0, to: Int(state % 8) * 6, by: 6) {
                text += pieces[Int((state >> UInt64(shift)) % UInt64(pieces.count))]
            }
            return text
        }
    }

    private func xmlByScalars(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default: if XMLWriter.isAllowed(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    private func terminalByScalars(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09: result.append(" ")
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: result.append("\u{FFFD}")
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    @Test func xmlEscapingMatchesItsDefinition() {
        for text in Self.texts() {
            #expect(
                Array(XMLWriter.escape(text).utf8) == Array(xmlByScalars(text).utf8),
                "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func terminalSanitizingMatchesItsDefinition() {
        for text in Self.texts() {
            #expect(Array(TerminalText.sanitize(text).utf8) == Array(terminalByScalars(text).utf8))
        }
    }

    private func githubDataByScalars(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case "\t": out += " "
            default: out.unicodeScalars.append(XMLWriter.isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    @Test func githubEscapingMatchesItsDefinition() {
        for text in Self.texts() + ["a:b,c", "C:\\x,y", "%:,", "é:,"] {
            let data = githubDataByScalars(text)
            #expect(GitHubReporter.escapeData(text) == data)
            let property = data.replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
            #expect(Array(GitHubReporter.escapeProperty(text).utf8) == Array(property.utf8))
        }
    }

    private func sarifByScalars(_ text: String) -> String {
        var out = ""
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "[": out += "\\["
            case "]": out += "\\]"
            case "\\" where index + 1 < scalars.count && (scalars[index + 1] == "[" || scalars[index + 1] == "]"):
                out += "\\\\"
            case "{": out += "{{"
            case "}": out += "}}"
            case "\n", "\t": out += " "
            case "\r": continue
            default: out.unicodeScalars.append(XMLWriter.isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    @Test func sarifPlainTextMatchesItsDefinition() {
        for text in Self.texts() + ["a [b] {c} \\[", "plain text"] {
            #expect(Array(SARIFReporter.plainText(text).utf8) == Array(sarifByScalars(text).utf8))
        }
    }
}
