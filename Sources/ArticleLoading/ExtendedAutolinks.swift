import CmarkArena

/// GitHub's extended autolinks (`www.example.com`, `https://example.com`, `name@example.com`),
/// found as cmark-gfm 0.29.0.gfm.6's `autolink` extension finds them.
///
/// The extension is not attached to the parser: it made cmark stop at every `w` and `:` of the
/// text, then merge the pieces again and read every text node once more for `@`, and linked
/// about one word in ten thousand. The walker finds the same links in the text it reads anyway
/// (`InlineBuilder+Autolinks.swift`); these are the extension's rules, on bytes:
///
/// - A web address starts at `www.` (after a space, a line start, `*`, `_`, `~` or `(`) or at
///   `://` after `http`, `https` or `ftp` (any case; a letter before the scheme makes it no
///   link). Its host is letters, digits, other characters that are neither space nor
///   punctuation, `-`, `_` and `.`, with no `_` in its last two parts (`www.` needs a `.` in
///   it); then the link runs on to a space or `<`, and trailing `?!.,:*_~'"`, a `)` without
///   its `(`, and an entity-like `&name;` are dropped from its end.
/// - An e-mail address is found in the text nodes' decoded text outside links: letters,
///   digits and `.+-_` before an `@` (through a `mailto:` or `xmpp:`, which the link then
///   keeps), letters, digits, `-`, `_` and inner dots (at least one) after it, ending in a
///   letter or a dot that is then dropped.
enum ExtendedAutolinks {
    /// A web address found in the source.
    enum WebMatch: Equatable {
        case none
        /// The source range of the link text, and its URL.
        case link(Range<Int>, url: String)
        /// The answer depends on where cmark's input for the block ends, which the walker does
        /// not know here: the caller parses the file again with the extension.
        case unsure
    }

    /// An e-mail address in a text node's decoded text.
    struct Email: Equatable {
        /// Where its text is in the text node's literal.
        var text: Range<Int>
        /// Whether the URL is the text after `mailto:` (else the text is the URL: it has a scheme).
        var mailto: Bool
    }

    // MARK: - cmark's ASCII classes

    /// cmark's `cmark_isspace`: space, tab, line feed, vertical tab, form feed, carriage return.
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    static func isAlpha(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isAlpha(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    // MARK: - Web addresses

    /// Whether a `www.` whose `w` comes after `previous` (nil at the start of a line of the
    /// block's text) may start a link.
    static func mayStartWeb(after previous: UInt8?) -> Bool {
        guard let previous else { return true }
        return isSpace(previous) || previous == UInt8(ascii: "*") || previous == UInt8(ascii: "_")
            || previous == UInt8(ascii: "~") || previous == UInt8(ascii: "(")
    }

    /// The `www.` link at `start` in `bytes`, whose `w` may start a link (`mayStartWeb`).
    static func wwwLink(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> WebMatch {
        guard start + 4 <= bytes.count, bytes[start] == UInt8(ascii: "w"), bytes[start + 1] == UInt8(ascii: "w"),
            bytes[start + 2] == UInt8(ascii: "w"), bytes[start + 3] == UInt8(ascii: ".")
        else { return .none }
        guard let host = hostLength(in: bytes, from: start, allowShort: false) else { return .unsure }
        guard host > 0 else { return .none }
        let end = trimmedEnd(in: bytes, from: start, to: candidateEnd(in: bytes, from: start + host))
        guard end > start else { return .none }
        return .link(start..<end, url: "http://" + String(decoding: bytes[start..<end], as: UTF8.self))
    }

    /// The `scheme://` link whose `:` is at `colon` in `bytes`; its scheme's letters are looked
    /// for back to `lowerBound` (where the text node starts: the byte before it is no letter).
    static func schemeLink(in bytes: UnsafeBufferPointer<UInt8>, colon: Int, lowerBound: Int) -> WebMatch {
        guard colon + 3 < bytes.count, bytes[colon + 1] == UInt8(ascii: "/"), bytes[colon + 2] == UInt8(ascii: "/")
        else { return .none }
        var start = colon
        while start > lowerBound, isAlpha(bytes[start - 1]) { start -= 1 }
        if start == lowerBound, start > 0, isAlpha(bytes[start - 1]) { return .unsure }
        let scheme = colon - start
        let known = [Array("http".utf8), Array("https".utf8), Array("ftp".utf8)]
        guard
            known.contains(where: { name in
                name.count == scheme && zip(name, bytes[start..<colon]).allSatisfy { $0 == ($1 | 0x20) }
            })
        else { return .none }
        // The first character of the host is tested on its own; the host is read after it.
        guard isHostCharacter(in: bytes, at: colon + 3) else { return .none }
        guard let host = hostLength(in: bytes, from: colon + 3, allowShort: true) else { return .unsure }
        guard host > 0 else { return .none }
        let end = trimmedEnd(in: bytes, from: colon, to: candidateEnd(in: bytes, from: colon + 3 + host))
        guard end > colon else { return .none }
        return .link(start..<end, url: String(decoding: bytes[start..<end], as: UTF8.self))
    }

    /// Where a link's candidate text ends: at the first space or `<` from `index` on.
    private static func candidateEnd(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var end = index
        while end < bytes.count, !isSpace(bytes[end]), bytes[end] != UInt8(ascii: "<") { end += 1 }
        return end
    }

    /// Whether the character at `index` may be part of a host name.
    private static func isHostCharacter(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index < bytes.count, let base = bytes.baseAddress else { return false }
        return copydesk_is_host_character(base + index, bytes.count - index) != 0
    }

    /// The length of the host name starting at `start` (its first character not tested), 0
    /// when it is no host for a link; nil when the answer depends on whether cmark's input
    /// ends after it (cmark does not test its input's last character).
    ///
    /// The input may end at the first space or `|` after the host (the end of the block, of a
    /// table cell): the host is read both ways, and must be a host both ways or neither. (The
    /// lengths may differ by the last character, which the link then takes in either way.)
    private static func hostLength(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, allowShort: Bool) -> Int? {
        var stop = start
        while stop < bytes.count, !isSpace(bytes[stop]), bytes[stop] != UInt8(ascii: "|") { stop += 1 }
        let running = hostLength(in: bytes, from: start, end: bytes.count, allowShort: allowShort)
        let ending = hostLength(in: bytes, from: start, end: stop, allowShort: allowShort)
        return (running == 0) == (ending == 0) ? running : nil
    }

    /// The host length when cmark's input ends at `end`.
    private static func hostLength(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, allowShort: Bool)
        -> Int
    {
        let size = end - start
        var dots = 0
        var underscoresBefore = 0
        var underscores = 0
        var index = 1
        while index < size - 1 {
            let byte = bytes[start + index]
            if byte == UInt8(ascii: "_") {
                underscores += 1
            } else if byte == UInt8(ascii: ".") {
                underscoresBefore = underscores
                underscores = 0
                dots += 1
            } else if byte != UInt8(ascii: "-"),
                copydesk_is_host_character(bytes.baseAddress! + start + index, end - start - index) == 0
            {
                break
            }
            index += 1
        }
        // No `_` in the last two parts of the host.
        if underscoresBefore > 0 || underscores > 0 { return 0 }
        return allowShort || dots > 0 ? index : 0
    }

    /// The end of a link's text in `bytes[start..<end]` once its trailing punctuation is
    /// dropped (`start` when nothing is left).
    static func trimmedEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var end = end
        var opening = 0
        var closing = 0
        for index in start..<end {
            switch bytes[index] {
            case UInt8(ascii: "<"):
                end = index
            case UInt8(ascii: "("): opening += 1
            case UInt8(ascii: ")"): closing += 1
            default: continue
            }
            if end == index { break }
        }
        while end > start {
            switch bytes[end - 1] {
            case UInt8(ascii: ")"):
                // A `)` stays while there are as many `(` in the link.
                if closing <= opening { return end }
                closing -= 1
                end -= 1
            case UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"),
                UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "'"), UInt8(ascii: "\""):
                end -= 1
            case UInt8(ascii: ";"):
                // `&name;` at the end goes whole; any other `;` alone.
                var probe = end - 2
                while probe > start, isAlpha(bytes[probe]) { probe -= 1 }
                end = probe < end - 2 && bytes[probe] == UInt8(ascii: "&") ? probe : end - 1
            default:
                return end
            }
        }
        return end
    }

    // MARK: - E-mail addresses

    /// The e-mail addresses in a text node's literal, in order (cmark-gfm links each, and reads
    /// on after it).
    static func emails(in text: UnsafeBufferPointer<UInt8>) -> [Email] {
        var addresses: [Email] = []
        // Where the next `@` is looked for: after the last address, or after an `@` that is none.
        var offset = 0
        while offset < text.count, let at = text[offset...].firstIndex(of: UInt8(ascii: "@")) {
            if let address = address(in: text, at: at, after: offset) {
                addresses.append(address)
                offset = address.text.upperBound
            } else {
                offset = at + 1
            }
        }
        return addresses
    }

    /// The address around the `@` at `at`, its name starting at `lowerBound` at the earliest.
    private static func address(in text: UnsafeBufferPointer<UInt8>, at: Int, after lowerBound: Int) -> Email? {
        // Back from the `@` over the name, and through a `mailto:` or `xmpp:` in it.
        var mailto = true
        var xmpp = false
        var rewind = 0
        while rewind < at - lowerBound {
            let byte = text[at - rewind - 1]
            if isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            {
                rewind += 1
                continue
            }
            if byte == UInt8(ascii: ":") {
                if scheme("mailto:", endsAt: at - rewind, in: text, after: lowerBound) {
                    mailto = false
                    rewind += 1
                    continue
                }
                if scheme("xmpp:", endsAt: at - rewind, in: text, after: lowerBound) {
                    mailto = false
                    xmpp = true
                    rewind += 1
                    continue
                }
            }
            break
        }
        guard rewind > 0 else { return nil }
        // On from the `@` over the domain (the `@` counted): one `@`, a dot inside.
        var length = 0
        var signs = 0
        var dots = 0
        let available = text.count - at
        while length < available {
            let byte = text[at + length]
            if isAlphanumeric(byte) {
            } else if byte == UInt8(ascii: "@") {
                signs += 1
            } else if byte == UInt8(ascii: "."), length < available - 1, isAlphanumeric(text[at + length + 1]) {
                dots += 1
            } else if byte == UInt8(ascii: "/"), xmpp {
            } else if byte != UInt8(ascii: "-"), byte != UInt8(ascii: "_") {
                break
            }
            length += 1
        }
        guard length >= 2, signs == 1, dots > 0,
            isAlpha(text[at + length - 1]) || text[at + length - 1] == UInt8(ascii: ".")
        else { return nil }
        let end = trimmedEnd(in: text, from: at, to: at + length)
        guard end > at else { return nil }
        return Email(text: (at - rewind)..<end, mailto: mailto)
    }

    /// Whether `name` (ending in `:`) ends just before `end` in `text`, and starts at `lowerBound`
    /// or after a byte that is not a letter or digit.
    private static func scheme(
        _ name: StaticString, endsAt end: Int, in text: UnsafeBufferPointer<UInt8>, after lowerBound: Int
    )
        -> Bool
    {
        let count = name.utf8CodeUnitCount
        let start = end - count
        guard start >= lowerBound else { return false }
        let bytes = UnsafeBufferPointer(start: name.utf8Start, count: count)
        guard text[start..<end].elementsEqual(bytes) else { return false }
        return start == lowerBound || !isAlphanumeric(text[start - 1])
    }
}
