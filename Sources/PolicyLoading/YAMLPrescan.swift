/// A lexical pass over the YAML text before Yams composes it, refusing what would make
/// composing itself explode: flow collections nested too deeply, long chains of compact
/// nested sequences (`- - - x`), and complex keys in a document with anchors (Yams hashes
/// every key while composing, and a key built from aliases can expand exponentially).
///
/// It skips quoted scalars and comments; it does not parse YAML, so it only counts.
struct YAMLPrescan {
    struct Finding: Equatable {
        var line: Int
        var column: Int
        var message: String
    }

    var maxDepth: Int

    func check(_ text: String) -> Finding? {
        let bytes = Array(text.utf8)
        var index = 0
        var line = 1
        var lineStart = 0
        var flowDepth = 0
        var hasAnchor = false
        var complexKey: Finding?
        var atLineStart = true
        var compactChain = 0

        func column(_ at: Int) -> Int {
            String(decoding: bytes[lineStart..<at], as: UTF8.self).unicodeScalars.count + 1
        }
        func isBlank(_ at: Int) -> Bool { at >= bytes.count || [0x20, 0x09, 0x0A, 0x0D].contains(bytes[at]) }
        func previousIsBlankOrIndicator(_ at: Int) -> Bool {
            at == 0 || [0x20, 0x09, 0x0A, 0x0D, 0x5B, 0x7B, 0x2C, 0x3A].contains(bytes[at - 1])
        }

        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x0A:  // newline
                line += 1
                lineStart = index + 1
                atLineStart = true
                compactChain = 0
                index += 1
                continue
            case 0x20, 0x09, 0x0D:
                index += 1
                continue
            case 0x23 where previousIsBlankOrIndicator(index):  // comment
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
                continue
            // A quoted scalar: a quote that starts a token (an apostrophe inside a word does not).
            case 0x27 where previousIsBlankOrIndicator(index), 0x22 where previousIsBlankOrIndicator(index):
                index = skipQuoted(bytes, from: index, line: &line, lineStart: &lineStart)
                atLineStart = false
                continue
            case 0x7C where flowDepth == 0 && previousIsBlankOrIndicator(index),
                0x3E where flowDepth == 0 && previousIsBlankOrIndicator(index):  // | > block scalar
                if let next = skipBlockScalar(bytes, indicator: index, lineStart: lineStart, line: &line) {
                    index = next
                    lineStart = next
                    atLineStart = true
                    compactChain = 0
                    continue
                }
            case 0x5B, 0x7B:  // [ {
                flowDepth += 1
                if flowDepth > maxDepth {
                    return Finding(
                        line: line, column: column(index),
                        message: "nesting deeper than \(maxDepth) levels; flatten the policy")
                }
            case 0x5D, 0x7D:  // ] }
                flowDepth = max(0, flowDepth - 1)
                if complexKey == nil, let next = nextNonBlank(bytes, after: index), bytes[next] == 0x3A,
                    isBlank(next + 1)
                {
                    complexKey = Finding(
                        line: line, column: column(index), message: "a key must be a plain string, not a collection")
                }
            case 0x2D where atLineStart || compactChain > 0:  // "- " compact sequence
                if isBlank(index + 1) {
                    compactChain += 1
                    if compactChain > maxDepth {
                        return Finding(
                            line: line, column: column(index),
                            message: "nesting deeper than \(maxDepth) levels; flatten the policy")
                    }
                    index += 1
                    continue
                }
            case 0x3F where isBlank(index + 1) && previousIsBlankOrIndicator(index):  // "? " explicit key
                if complexKey == nil {
                    complexKey = Finding(
                        line: line, column: column(index),
                        message: "explicit '?' keys are not supported; write 'key: value'")
                }
            case 0x26 where previousIsBlankOrIndicator(index):  // & anchor
                hasAnchor = true
            case 0x2A where previousIsBlankOrIndicator(index):  // * alias used as a key
                var end = index + 1
                while end < bytes.count, !isBlank(end), ![0x2C, 0x5B, 0x5D, 0x7B, 0x7D].contains(bytes[end]) {
                    end += 1
                }
                if complexKey == nil, let next = nextNonBlank(bytes, after: end - 1), bytes[next] == 0x3A,
                    isBlank(next + 1)
                {
                    complexKey = Finding(
                        line: line, column: column(index), message: "a key must be a plain string, not an alias")
                }
            default:
                break
            }
            atLineStart = false
            compactChain = byte == 0x2D ? compactChain : 0
            index += 1
        }
        return hasAnchor ? complexKey : nil
    }

    /// After a block scalar's indicator (`|`, `>`, with optional `+`, `-` and digit), the start of
    /// the first line after its content: the lines indented more than the indicator's line.
    /// Nil when the indicator is followed by more than a comment (so it is not one).
    private func skipBlockScalar(_ bytes: [UInt8], indicator: Int, lineStart: Int, line: inout Int) -> Int? {
        var index = indicator + 1
        while index < bytes.count, [0x2B, 0x2D].contains(bytes[index]) || (0x30...0x39).contains(bytes[index]) {
            index += 1
        }
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        guard index >= bytes.count || [0x0A, 0x0D, 0x23].contains(bytes[index]) else { return nil }
        var parentIndent = 0
        while lineStart + parentIndent < bytes.count, bytes[lineStart + parentIndent] == 0x20 { parentIndent += 1 }
        while index < bytes.count, bytes[index] != 0x0A { index += 1 }  // the rest of the indicator's line
        while index < bytes.count {
            let next = index + 1  // the start of the following line
            var indent = 0
            while next + indent < bytes.count, bytes[next + indent] == 0x20 { indent += 1 }
            let end = next + indent
            let blank = end >= bytes.count || bytes[end] == 0x0A || bytes[end] == 0x0D
            guard blank || indent > parentIndent else { break }
            line += 1
            index = end
            while index < bytes.count, bytes[index] != 0x0A { index += 1 }
        }
        guard index < bytes.count else { return index }
        line += 1
        return index + 1
    }

    /// The index after the closing quote (or the end of the text).
    private func skipQuoted(_ bytes: [UInt8], from start: Int, line: inout Int, lineStart: inout Int) -> Int {
        let quote = bytes[start]
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                lineStart = index + 1
            } else if quote == 0x22, byte == 0x5C {  // backslash escape in double quotes
                index += 2
                continue
            } else if byte == quote {
                if quote == 0x27, index + 1 < bytes.count, bytes[index + 1] == 0x27 {  // '' in single quotes
                    index += 2
                    continue
                }
                return index + 1
            }
            index += 1
        }
        return index
    }

    /// The next byte on the same line that is not a space or tab.
    private func nextNonBlank(_ bytes: [UInt8], after index: Int) -> Int? {
        var next = index + 1
        while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x09 { next += 1 }
        return next < bytes.count ? next : nil
    }
}
