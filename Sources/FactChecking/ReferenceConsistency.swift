import CopydeskCore
import Foundation

/// Reference-list hygiene: `fact-check.incomplete-reference` (no year or no source),
/// `fact-check.malformed-doi`, `fact-check.duplicate-footnote`.
struct ReferenceConsistency: Sendable {
    static let incomplete = CheckDescription(
        id: "fact-check.incomplete-reference", category: .factCheck, defaultSeverity: .warning,
        summary:
            "A reference entry lacks a year or a source (journal, publisher, DOI or URL), so it cannot be checked.",
        passing: [
            Example("Smoking harms.[^1]\n\n[^1]: Doll R, Hill AB. Mortality in relation to smoking. BMJ. 1954;1:1451."),
            Example(
                "Smoking harms.[^1]\n\n[^1]: WHO. Tobacco fact sheet. 2023. https://www.who.int/news-room/fact-sheets/detail/tobacco"
            ),
        ],
        failing: [
            Example("Smoking harms.[^1]\n\n1️⃣[^1]: Doll R, Hill AB. Mortality in relation to smoking."),
            Example("Smoking harms.[^1]\n\n1️⃣[^1]: Doll R, Hill AB. Mortality in relation to smoking. 1954."),
        ])

    static let malformedDOI = CheckDescription(
        id: "fact-check.malformed-doi", category: .factCheck, defaultSeverity: .warning,
        summary: "A DOI does not have the form 10.NNNN/suffix, so it will not resolve.",
        passing: [
            Example(
                "Coffee.[^1]\n\n[^1]: Poole R, et al. Coffee consumption and health. BMJ. 2017. doi:10.1136/bmj.j5024")
        ],
        failing: [
            Example(
                "Coffee.[^1]\n\n[^1]: Poole R, et al. Coffee consumption and health. BMJ. 2017. doi:1️⃣10.1136bmj.j5024")
        ])

    static let duplicateFootnote = CheckDescription(
        id: "fact-check.duplicate-footnote", category: .factCheck, defaultSeverity: .warning,
        summary: "A footnote or reference label is defined twice, so readers cannot tell which source a marker means.",
        passing: [Example("One.[^1] Two.[^2]\n\n[^1]: WHO. Report. 2020.\n[^2]: CDC. Report. 2021.")],
        failing: [Example("One.[^1]\n\n[^1]: WHO. Report. 2020.\n\n1️⃣[^1]: CDC. Report. 2021.")])

    func findings(in article: Article) -> [Finding] {
        var findings: [Finding] = []
        // The first definition's range under each label's key.
        var seen = FirstRanges(keys: article.references.count)
        let blocks = ReferenceBlocks(article: article)
        for (index, entry) in article.references.enumerated() {
            let location = ReferenceLocation(entryIndex: index, blockIndex: blocks.blockOfEntry[index])
            let key = ArticleEvidence.key(entry.label)
            if let first = seen.first(under: key, else: entry.range), article.format != .markdown {
                findings.append(
                    location.finding(
                        Self.duplicateFootnote, in: article,
                        "reference '\(entry.label)' is defined twice; give each source its own label",
                        at: nil, related: [RelatedLocation(message: "first definition", range: first)]))
            }
            let fields = ReferenceFields(entry.text, hasLink: location.blockIndex.map(blocks.hasLink) ?? false)
            if let message = Self.incompleteMessage(
                label: entry.label, year: !fields.hasYear, source: !fields.hasSource)
            {
                findings.append(location.finding(Self.incomplete, in: article, message, at: nil))
            }
            for doi in fields.malformedDOIs {
                findings.append(
                    location.finding(
                        Self.malformedDOI, in: article,
                        "malformed DOI '\(doi.text)'; a DOI reads 10.<registrant>/<suffix>, e.g. 10.1136/bmj.j5024",
                        at: doi.range))
            }
        }
        if article.format == .markdown { findings += duplicateFootnoteDefinitions(in: article) }
        return findings
    }

    /// The message of an entry that lacks a year (`year`) or a source (`source`): what it lacks
    /// and what to add, joined with "and" (the year first); nil when it lacks nothing. Each made
    /// in one allocation of its length around the label (an interpolation of the label and two
    /// phrases appended five pieces, growing its storage).
    static func incompleteMessage(label: String, year: Bool, source: Bool) -> String? {
        switch (year, source) {
        case (true, true):
            String(
                concatenating: "reference '", label,
                "' has no year and no source; add the year and the journal, publisher, DOI or URL")
        case (true, false): String(concatenating: "reference '", label, "' has no year; add the year")
        case (false, true):
            String(concatenating: "reference '", label, "' has no source; add the journal, publisher, DOI or URL")
        case (false, false): nil
        }
    }

    /// Markdown keeps only the first of two footnote definitions with one label, so the
    /// duplicates are read from the source: `[^label]:` opening a line outside code.
    func duplicateFootnoteDefinitions(in article: Article) -> [Finding] {
        // Without two definitions of one label (code included) there is nothing to report: the
        // code ranges and the definitions' positions are read only when there are.
        guard Self.hasRepeatedFootnoteLabel(in: article) else { return [] }
        let code = RangeIndex(codeOf: article)
        var first = FirstRanges()
        var findings: [Finding] = []
        let bytes = article.source
        Self.forEachFootnoteDefinition(in: bytes, lineStarts: article.lines.lineStarts) { labelRange in
            // `[^label]:`
            let definition = (labelRange.lowerBound - 2)..<(labelRange.upperBound + 2)
            let range = article.lines.range(from: definition.lowerBound, to: definition.upperBound)
            if code.contains(range) { return true }
            let label = String(decoding: bytes[labelRange], as: UTF8.self)
            let key = ArticleEvidence.key(label)
            if let earlier = first.first(under: key, else: range) {
                let description = Self.duplicateFootnote
                findings.append(
                    Finding(
                        rule: description.id, category: description.category, severity: description.defaultSeverity,
                        message: "footnote '\(label)' is defined twice; give each source its own label",
                        match: String(decoding: bytes[definition], as: UTF8.self), range: range,
                        related: [RelatedLocation(message: "first definition", range: earlier)]))
            }
            return true
        }
        return findings
    }
}

extension ReferenceConsistency {
    /// Whether two `[^label]:` lines (as `duplicateFootnoteDefinitions` reads them, in code or
    /// not) have labels with the same key.
    static func hasRepeatedFootnoteLabel(in article: Article) -> Bool {
        if let found = hasRepeatedOwnKeyLabel(in: article.source, lineStarts: article.lines.lineStarts) {
            return found
        }
        // The keys so far, compared one by one while they are few (an article defines a handful
        // of footnotes: a set cost more to make than the comparisons), then in a set.
        var listed: [String] = []
        var keys: Set<String>?
        var found = false
        let bytes = article.source
        forEachFootnoteDefinition(in: bytes, lineStarts: article.lines.lineStarts) { label in
            let key = ArticleEvidence.key(String(decoding: bytes[label], as: UTF8.self))
            if keys != nil {
                found = !keys!.insert(key).inserted
            } else {
                found = listed.contains(key)
                listed.append(key)
                if listed.count == Self.listedKeys { keys = Set(listed) }
            }
            return !found
        }
        return found
    }

    /// How many keys `hasRepeatedFootnoteLabel` compares one by one before it makes a set.
    static let listedKeys = 16

    /// `hasRepeatedFootnoteLabel` while every label is its own key (`ArticleEvidence.isOwnKey`:
    /// lowercase ASCII, nothing to trim, as most labels are) and there are `listedKeys` at most:
    /// two such labels have one key when they have the same bytes, compared in place without a
    /// string made for each. Nil when a label is not its own key or there are more.
    static func hasRepeatedOwnKeyLabel(in source: [UInt8], lineStarts: [Int]) -> Bool? {
        source.withUnsafeBufferPointer { bytes in
            lineStarts.withUnsafeBufferPointer { lineStarts in
                withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: listedKeys) { listed in
                    var count = 0
                    var found: Bool? = false
                    forEachFootnoteDefinition(in: bytes, lineStarts: lineStarts) { label in
                        let text = UnsafeBufferPointer(rebasing: bytes[label])
                        guard count < listedKeys, ArticleEvidence.isOwnKey(text) else {
                            found = nil
                            return false
                        }
                        for earlier in listed[..<count]
                        where earlier.count == label.count
                            && memcmp(bytes.baseAddress! + earlier.lowerBound, text.baseAddress!, label.count) == 0
                        {
                            found = true
                            return false
                        }
                        listed.initializeElement(at: count, to: label)
                        count += 1
                        return true
                    }
                    return found
                }
            }
        }
    }

    /// Calls `body` with the byte range of the label of each line that opens with `[^label]:`
    /// (after at most three spaces), in source order, until it returns false.
    static func forEachFootnoteDefinition(in bytes: [UInt8], lineStarts: [Int], _ body: (Range<Int>) -> Bool) {
        // In place: every line of the article is looked at.
        bytes.withUnsafeBufferPointer { bytes in
            lineStarts.withUnsafeBufferPointer { forEachFootnoteDefinition(in: bytes, lineStarts: $0, body) }
        }
    }

    private static func forEachFootnoteDefinition(
        in bytes: UnsafeBufferPointer<UInt8>, lineStarts: UnsafeBufferPointer<Int>, _ body: (Range<Int>) -> Bool
    ) {
        for start in lineStarts {
            var index = start
            while index < bytes.count, index - start < 3, bytes[index] == UInt8(ascii: " ") { index += 1 }
            guard index + 2 < bytes.count, bytes[index] == UInt8(ascii: "["), bytes[index + 1] == UInt8(ascii: "^")
            else { continue }
            var end = index + 2
            while end < bytes.count, bytes[end] != UInt8(ascii: "]"), bytes[end] != UInt8(ascii: "\n") { end += 1 }
            guard end + 1 < bytes.count, end > index + 2, bytes[end] == UInt8(ascii: "]"),
                bytes[end + 1] == UInt8(ascii: ":")
            else { continue }
            if !body((index + 2)..<end) { return }
        }
    }
}

/// The range first recorded under each key (a label's key): compared one by one while the keys
/// are few (an article defines a handful of references: a dictionary cost more to make and to
/// hash into than the comparisons), then in a dictionary.
struct FirstRanges {
    private var listed: [(key: String, range: SourceRange)] = []
    private var table: [String: SourceRange] = [:]

    /// - Parameter keys: how many keys are to be recorded, at most (room is made for them).
    init(keys: Int = 0) {
        listed.reserveCapacity(min(keys, Self.listedKeys + 1))
    }

    /// How many keys are compared one by one before they move to the dictionary.
    static let listedKeys = 16

    /// The range recorded under `key`, or nil after recording `range` under it.
    mutating func first(under key: String, else range: SourceRange) -> SourceRange? {
        guard table.isEmpty else {
            if let first = table[key] { return first }
            table[key] = range
            return nil
        }
        for entry in listed where entry.key == key { return entry.range }
        listed.append((key, range))
        if listed.count > Self.listedKeys {
            table.reserveCapacity(listed.count)
            for entry in listed { table[entry.key] = entry.range }
            listed = []
        }
        return nil
    }
}

/// Where a reference entry sits: its block when the loader made one, for exact positions inside it.
/// It holds no copy of the article, nor of the block: the findings are made in the article it
/// was read in, and the block is read there (and the entry's offset in it found) only for a
/// finding at a range of the entry's text (a malformed DOI): the block and its entry's offset,
/// kept for every entry, cost a copy of the block and a search of its text an entry. Nor of
/// the entry: it is read in the article's references for a finding (a copy kept in every
/// location, besides the loop's, was retained and released, fields and all, for every entry).
struct ReferenceLocation {
    let entryIndex: Int
    let blockIndex: Int?

    /// - Parameters:
    ///   - entryIndex: the entry's index in the article's references.
    ///   - blockIndex: the entry's block (`ReferenceBlocks.blockOfEntry`).
    init(entryIndex: Int, blockIndex: Int?) {
        self.entryIndex = entryIndex
        self.blockIndex = blockIndex
    }

    /// The UTF-8 offset of the first occurrence of `text` in `blockText`, or 0.
    static func offset(of text: String, in blockText: String) -> Int {
        // ASCII text and block: a byte search, in place.
        let ascii = text.utf8.withContiguousStorageIfAvailable { needle in
            blockText.utf8.withContiguousStorageIfAvailable { asciiOffset(of: needle, in: $0) } ?? nil
        }
        if let found = ascii ?? nil { return found }
        let needle = Array(text.utf8)
        let haystack = Array(blockText.utf8)
        if ByteSearch.isASCII(needle) && ByteSearch.isASCII(haystack) {
            return needle.isEmpty ? 0 : ByteSearch.firstOffset(of: needle, in: haystack) ?? 0
        }
        guard let found = blockText.range(of: text) else { return 0 }
        return blockText.utf8.distance(from: blockText.startIndex, to: found.lowerBound)
    }

    /// The offset of the first occurrence of `needle` in `haystack`, or 0; nil when either is not ASCII.
    static func asciiOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard ByteSearch.isASCII(needle), ByteSearch.isASCII(haystack) else { return nil }
        guard let first = needle.first, haystack.count >= needle.count else { return 0 }
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            if memcmp(haystack.baseAddress! + start, needle.baseAddress!, needle.count) == 0 { return start }
        }
        return 0
    }

    /// A finding at a byte range of the entry's text, or at the whole entry.
    func finding(
        _ description: CheckDescription, in article: Article, _ message: String, at range: Range<Int>?,
        related: [RelatedLocation] = []
    )
        -> Finding
    {
        var sourceRange = article.references[entryIndex].range
        var match = article.references[entryIndex].text
        if let range, let blockIndex {
            let block = article.blocks[blockIndex]
            // Byte offset of the entry's text within the block's text.
            let offset = Self.offset(of: match, in: block.text)
            if block.text.utf8.count >= offset + range.upperBound {
                let bytes = Array(match.utf8)
                match = String(decoding: bytes[range], as: UTF8.self)
                sourceRange = article.range(
                    in: block, textRange: (offset + range.lowerBound)..<(offset + range.upperBound))
            }
        }
        return Finding(
            rule: description.id, category: description.category, severity: description.defaultSeverity,
            message: message, match: match, range: sourceRange,
            section: blockIndex.flatMap { article.blocks[$0].section }, related: related)
    }
}
