/// The dashboard's only way to put text into markup: everything from a report is escaped here.
enum DashboardHTML {
    /// Text safe in element content and in double- or single-quoted attribute values.
    /// Control characters other than tab and newline become U+FFFD.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case "\u{0}"..."\u{1F}", "\u{7F}"..."\u{9F}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `text` escaped, with the first occurrence of `match` nearest `hint` (a UTF-8 offset) in `<mark>`.
    static func highlighted(_ text: String, match: String, near hint: Int) -> String {
        guard !match.isEmpty, let range = nearestRange(of: match, in: text, near: hint) else { return escape(text) }
        return escape(String(text[..<range.lowerBound])) + "<mark>" + escape(String(text[range])) + "</mark>"
            + escape(String(text[range.upperBound...]))
    }

    /// The occurrence of `match` in `text` whose UTF-8 offset is closest to `hint`.
    static func nearestRange(of match: String, in text: String, near hint: Int) -> Range<String.Index>? {
        var best: (distance: Int, range: Range<String.Index>)?
        var searchStart = text.startIndex
        while let found = text.range(of: match, range: searchStart..<text.endIndex) {
            let offset = text.utf8.distance(from: text.startIndex, to: found.lowerBound)
            let distance = abs(offset - hint)
            if best == nil || distance < best!.distance { best = (distance, found) }
            if offset >= hint { break }
            searchStart = text.index(after: found.lowerBound)
        }
        return best?.range
    }

    /// A number with thousands separators: 12,345.
    static func count(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// One decimal place: 8.2; whole numbers keep the decimal (8.0) so columns line up.
    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(count(tenths / 10)).\(abs(tenths % 10))"
    }

    /// `1 finding`, `2 findings`.
    static func plural(_ value: Int, _ noun: String, _ plural: String? = nil) -> String {
        "\(count(value)) \(value == 1 ? noun : plural ?? noun + "s")"
    }
}
