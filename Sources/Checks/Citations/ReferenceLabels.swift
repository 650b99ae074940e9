import CopydeskCore

/// Matches citation markers to reference entries by label.
///
/// Labels compare case-insensitively without `^`, `#`, brackets or spaces. A marker for several
/// numbers (`[1,2]`, `[1–3]`) points at each. A purely numeric label also matches an anchor-style
/// label that ends with the same number (`1` and `r1`, `ref-1`, `cite-note-1`).
struct ReferenceLabels: Sendable {
    private let entries: [String]

    init(_ references: [ReferenceEntry]) {
        entries = ReferenceLabels.normalizedLabels(of: references)
    }

    /// The labels of `normalizedLabels(of:)` (or the like), made once by the caller.
    init(normalized: [String]) {
        entries = normalized
    }

    /// Each entry's label, normalized: read in the array, without the copy of each entry
    /// (its fields retained and released) that `map` hands its closure.
    static func normalizedLabels(of references: [ReferenceEntry]) -> [String] {
        var labels: [String] = []
        labels.reserveCapacity(references.count)
        for index in references.indices { labels.append(normalized(references[index].label)) }
        return labels
    }

    var isEmpty: Bool { entries.isEmpty }

    /// The indexes of the entries the marker points at, the first entry for each label (a second
    /// list numbered from 1 again is not what `[1]` means); empty when the marker is dangling.
    func entries(for marker: CitationMarker) -> [Int] {
        entries(forLabel: marker.label)
    }

    /// `entries(for:)` of a marker with this label.
    func entries(forLabel label: String) -> [Int] {
        var found: [Int] = []
        for key in ReferenceLabels.keys(of: label) {
            let exact = entries.firstIndex(of: key)
            if let index = exact ?? entries.firstIndex(where: { ReferenceLabels.matches(key, $0) }),
                !found.contains(index)
            {
                found.append(index)
            }
        }
        return found
    }

    /// Sets `cited[index]` for each index of `entries(for:)` of a marker with this label,
    /// without making the list, nor the marker's list of keys when its label stands for itself
    /// (most markers). Given the label, not the marker: a marker handed over from the article's
    /// markers was copied (its fields retained and released).
    func markEntries(forLabel label: String, in cited: inout [Bool]) {
        let normalized = ReferenceLabels.normalized(label)
        guard ReferenceLabels.standsForItself(normalized) else {
            for index in entries(forLabel: label) { cited[index] = true }
            return
        }
        if let index = entries.firstIndex(of: normalized)
            ?? entries.firstIndex(where: { ReferenceLabels.matches(normalized, $0) })
        {
            cited[index] = true
        }
    }

    /// `!entries(for: marker).isEmpty`, without making the list, nor the marker's list of keys
    /// when its label stands for itself (most markers): whether the marker points at an entry.
    func hasEntry(for marker: CitationMarker) -> Bool {
        let normalized = ReferenceLabels.normalized(marker.label)
        guard ReferenceLabels.standsForItself(normalized) else { return !entries(for: marker).isEmpty }
        return entries.contains(normalized) || entries.contains { ReferenceLabels.matches(normalized, $0) }
    }

    /// Whether a normalized label is its only key (`keys(of:)`): ASCII without `,` or `-`.
    private static func standsForItself(_ normalized: String) -> Bool {
        normalized.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: ",") && $0 != UInt8(ascii: "-") }
    }

    /// The labels a marker stands for: `1,2` → 1 and 2; `1–3` → 1, 2 and 3.
    static func keys(of label: String) -> [String] {
        let normalized = normalized(label)
        // An ASCII label without `,` or `-` stands for itself (checked on bytes first).
        if standsForItself(normalized) { return [normalized] }
        guard normalized.contains(where: { $0 == "," || $0 == "-" || $0 == "–" }),
            normalized.allSatisfy({ $0.isNumber || $0 == "," || $0 == "-" || $0 == "–" })
        else { return [normalized] }
        var keys: [String] = []
        for part in normalized.split(separator: ",") {
            let bounds = part.split(whereSeparator: { $0 == "-" || $0 == "–" }).compactMap { Int($0) }
            if bounds.count == 2, bounds[0] <= bounds[1], bounds[1] - bounds[0] < 100 {
                keys += (bounds[0]...bounds[1]).map(String.init)
            } else if let number = bounds.first {
                keys.append(String(number))
            }
        }
        return keys
    }

    static func normalized(_ label: String) -> String {
        // Most labels (`1`, `who`, `smith-2020`) are already normalized: nothing to fold or drop.
        if label.utf8.withContiguousStorageIfAvailable(isNormalized) == true { return label }
        let bytes = Array(label.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            return String(label.lowercased().filter { !"^#[] \t".contains($0) })
        }
        // ASCII: the same folding and filtering on bytes.
        return String(
            decoding: bytes.compactMap { byte -> UInt8? in
                switch byte {
                case UInt8(ascii: "^"), UInt8(ascii: "#"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: " "),
                    UInt8(ascii: "\t"):
                    nil
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte | 0x20
                default: byte
                }
            }, as: UTF8.self)
    }

    /// Whether `normalized` leaves a label as it is: ASCII with no capital, `^`, `#`, bracket,
    /// space or tab.
    static func isNormalized(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { byte in
            switch byte {
            case 0x80..., UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "^"), UInt8(ascii: "#"),
                UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: " "), UInt8(ascii: "\t"):
                false
            default: true
            }
        }
    }

    static func matches(_ key: String, _ entry: String) -> Bool {
        if key == entry { return true }
        let (number, other) = key.allSatisfy(\.isNumber) ? (key, entry) : (entry, key)
        guard !number.isEmpty, number.allSatisfy(\.isNumber), !other.allSatisfy(\.isNumber) else { return false }
        let trailing = String(other.reversed().prefix { $0.isNumber }.reversed())
        return !trailing.isEmpty && Int(trailing) == Int(number)
            && other.dropLast(trailing.count).allSatisfy { $0.isLetter || $0 == "-" || $0 == "_" }
    }

    /// How a marker reads in a message: `[^who]`, `[1]`, `¹`-style as written.
    static func display(_ marker: CitationMarker) -> String {
        switch marker.style {
        case .footnote: "[^\(marker.label)]"
        case .numbered: "[\(marker.label)]"
        case .superscript: marker.label
        }
    }
}
