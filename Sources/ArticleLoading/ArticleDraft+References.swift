import CopydeskCore

extension ArticleDraft {
    /// Headings that introduce a reference list.
    static let referenceHeadings: Set<String> = [
        "references", "reference", "sources", "source", "bibliography", "citations", "works cited", "literature",
        "further reading", "notes", "footnotes", "endnotes", "reference list", "studies cited",
    ]

    /// List items (and `[1] …` / `1. …` paragraphs) under a "References"-like heading become
    /// reference entries, numbered in order, until the next heading.
    mutating func markReferenceSections() {
        var inReferences = false
        var number = 0
        // Each block's kind read in place, its text only where it is asked: a block copied out
        // of the array for the switch retained and released its text and runs, for every block.
        for index in blocks.indices {
            switch blocks[index].kind {
            case .heading, .title:
                inReferences = Self.isReferenceHeading(blocks[index].map.text)
                number = 0
            case .listItem, .paragraph:
                guard inReferences else { continue }
                if case .paragraph = blocks[index].kind, !Self.looksLikeEntry(blocks[index].map.text) { continue }
                number += 1
                blocks[index].kind = .reference
                references.append(
                    .init(
                        label: "\(number)", text: Self.collapsed(blocks[index].map.text), source: blocks[index].source))
            case .reference:
                if inReferences { number += 1 }
            default:
                break
            }
        }
        references.sort { $0.source.lowerBound < $1.source.lowerBound }
    }

    /// Whether a heading's text, collapsed and lowercased, without final `:` and `.`, is one of
    /// `referenceHeadings`. Those are ASCII, and the only non-ASCII scalar that lowercases to
    /// ASCII is the Kelvin sign (to `k`): other non-ASCII text needs no lowercasing to rule out.
    static func isReferenceHeading(_ text: String) -> Bool {
        // Most headings are longer than any of them: settled before collapsing.
        if hasTooManyLetters(text) { return false }
        var heading = collapsed(text)
        if let found = heading.withUTF8(isReferenceHeadingKey) { return found }
        heading = heading.lowercased()
        while heading.last == ":" || heading.last == "." { heading.removeLast() }
        return referenceHeadings.contains(heading)
    }

    /// Whether `text` has more ASCII bytes other than whitespace, `:` and `.` than the longest of
    /// `referenceHeadings` before its first byte that is not ASCII: collapsing takes out only
    /// whitespace, trimming only a final `:` or `.`, and lowercasing keeps every ASCII byte, so
    /// the text `isReferenceHeading` looks up has at least those bytes, and is none of them.
    static func hasTooManyLetters(_ text: String) -> Bool {
        // Read once, not at every byte (a lazy global's check each time).
        let longest = longestReferenceHeading
        // A text of no more bytes than that holds no more such bytes.
        if text.utf8.count <= longest { return false }
        // In place (a native string's bytes), not through a copy of the string made `var` for
        // `withUTF8`; each byte tested against the skipped ones (all below 64) by one shift of a
        // mask, not by a switch.
        return text.utf8.withContiguousStorageIfAvailable { hasTooManyLetters($0, longest: longest) }
            ?? Array(text.utf8).withUnsafeBufferPointer { hasTooManyLetters($0, longest: longest) }
    }

    /// `hasTooManyLetters` of a text's bytes.
    private static func hasTooManyLetters(_ bytes: UnsafeBufferPointer<UInt8>, longest: Int) -> Bool {
        // Space, tab, `\n`, `\r`, `:` and `.`.
        let skipped: UInt64 = 1 << 0x20 | 1 << 0x09 | 1 << 0x0A | 1 << 0x0D | 1 << 0x3A | 1 << 0x2E
        var count = 0
        for byte in bytes {
            if byte >= 0x80 { return false }
            if byte < 64, skipped >> byte & 1 != 0 { continue }
            count += 1
            if count > longest { return true }
        }
        return false
    }

    /// The longest of `referenceHeadings`, in bytes.
    static let longestReferenceHeading = referenceHeadings.map(\.utf8.count).max() ?? 0

    /// `referenceHeadings` as bytes, to compare with a heading's without making a string of it
    /// (and hashing that string).
    private static let referenceHeadingBytes: [[UInt8]] = referenceHeadings.map { Array($0.utf8) }

    /// For a collapsed heading: whether its ASCII text, lowercased without final `:` and `.`,
    /// is one of `referenceHeadings` (compared byte by byte with those of its length); false for
    /// other non-ASCII text; nil when it holds a Kelvin sign and must be lowercased the Unicode way.
    private static func isReferenceHeadingKey(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var end = bytes.count
        if bytes.contains(where: { $0 >= 0x80 }) {
            let kelvin: [UInt8] = [0xE2, 0x84, 0xAA]
            for index in bytes.indices where bytes[index] == kelvin[0] && index + 2 < bytes.count {
                if bytes[index + 1] == kelvin[1] && bytes[index + 2] == kelvin[2] { return nil }
            }
            return false
        }
        while end > 0, bytes[end - 1] == UInt8(ascii: ":") || bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
        guard end <= longestReferenceHeading else { return false }
        return referenceHeadingBytes.contains { heading in
            heading.count == end
                && heading.indices.allSatisfy { index in
                    let byte = bytes[index]
                    return ASCII.lowercased(byte) == heading[index]
                }
        }
    }

    /// `[1] Smith…` or `1. Smith…`.
    private static func looksLikeEntry(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first else { return false }
        if first == UInt8(ascii: "[") { return NumberedMarkers.marker(in: bytes, at: 0, allowFootnote: false) != nil }
        var index = 0
        while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
        return index > 0 && index < bytes.count
            && (bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")"))
    }
}
