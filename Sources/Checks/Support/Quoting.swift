/// Short quotations of article text for finding messages.
enum Quoting {
    /// The text on one line, whitespace collapsed, cut at a word boundary near `limit` characters.
    static func excerpt(_ text: String, limit: Int = 60) -> String {
        let collapsed = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard collapsed.count > limit else { return collapsed }
        var cut = collapsed.prefix(limit)
        if let space = cut.lastIndex(of: " ") { cut = cut[..<space] }
        while let last = cut.last, last.isPunctuation || last.isWhitespace { cut = cut.dropLast() }
        return cut + "…"
    }
}
