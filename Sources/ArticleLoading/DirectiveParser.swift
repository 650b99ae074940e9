import CopydeskCore

/// Reads suppression directives: `copydesk-disable hedging citation.unsupported-claim`,
/// `copydesk-enable`, `copydesk-disable-next-line …` (targets separated by spaces or commas;
/// none means every rule).
enum DirectiveParser {
    /// The directive a comment body holds (`<!-- … -->` without the delimiters, or a `# …` line
    /// without the `#`), or nil when it holds none.
    static func parse(_ body: String) -> (kind: Directive.Kind, targets: [String])? {
        let words = body.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == "\n" || $0 == "\r" })
            .map(String.init)
        guard var first = words.first else { return nil }
        if first.hasSuffix(":") { first.removeLast() }
        let kind: Directive.Kind
        switch first {
        case Directive.Kind.disable.rawValue: kind = .disable
        case Directive.Kind.enable.rawValue: kind = .enable
        case Directive.Kind.disableNextLine.rawValue: kind = .disableNextLine
        default: return nil
        }
        var targets: [String] = []
        for word in words.dropFirst() {
            // A `--` or `:` starts a free-text reason: `copydesk-disable hedging -- quoted speech`.
            if word == "--" || word.hasPrefix("--") || word == ":" { break }
            targets.append(word.hasSuffix(":") ? String(word.dropLast()) : word)
        }
        return (kind, targets)
    }

    /// Every directive in the HTML comments of `bytes[range]`, with the comment's byte range.
    static func comments(in bytes: [UInt8], range: Range<Int>) -> [ArticleDraft.DraftDirective] {
        var found: [ArticleDraft.DraftDirective] = []
        var index = range.lowerBound
        let open: [UInt8] = Array("<!--".utf8)
        let close: [UInt8] = Array("-->".utf8)
        while let start = ByteSearch.find(open, in: bytes, from: index, to: range.upperBound) {
            let bodyStart = start + open.count
            guard let end = ByteSearch.find(close, in: bytes, from: bodyStart, to: range.upperBound) else { break }
            index = end + close.count
            // Every directive word starts with `copydesk-`: most comments (commented-out drafts,
            // editor notes) hold none and are not split into words.
            guard ByteSearch.find(directivePrefix, in: bytes, from: bodyStart, to: end) != nil else { continue }
            let body = String(decoding: bytes[bodyStart..<end], as: UTF8.self)
            if let directive = parse(body) {
                found.append(
                    .init(kind: directive.kind, targets: directive.targets, source: start..<(end + close.count)))
            }
        }
        return found
    }

    private static let directivePrefix = Array("copydesk-".utf8)
}
