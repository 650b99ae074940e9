import CopydeskCore

extension PrettyJSON {
    /// A finding as the next element of the open `findings` array, as `element()` and
    /// `ReportJSON.writeFinding` write it, from the template for its depth in one reservation:
    /// the text around its values (separators, indents, names, the empty `related` and
    /// `suggestions` arrays, the category and severity) is the same for every finding at one
    /// depth with a given category and severity, so it is copied thirty-two bytes at a time in a
    /// handful of pieces, and only the fingerprint's digits, the strings and the range are
    /// written. The general writer reserved room thirteen times a finding, copied each
    /// member's separator, name and constant apart, and called `memcpy` for each constant.
    ///
    /// Suggestions (a stacked hedge's) are written after their own tail piece, a piece between
    /// two and one after the last; they went through the general writer, about 2,000
    /// instructions a finding.
    ///
    /// Returns false, having written nothing, for a finding the template does not cover (a
    /// fingerprint string, more than one related location, a string without contiguous
    /// UTF-8, or at another depth than the report's findings sit at): the caller writes it
    /// with the general writer.
    ///
    /// `template` and `ranges` are `FindingTemplate.atReportDepth` and `RangeTemplate.all`, read
    /// once by the caller for all its findings (each read of a static is a `swift_once`). Out of
    /// line: inlined in `ReportJSON.write(_:into:)`, it changed how the claims' ranges around it
    /// were compiled.
    @inline(never)
    mutating func findingElement(
        _ finding: UnsafePointer<Finding>, template: FindingTemplate, ranges: UnsafePointer<RangeTemplate>
    ) -> Bool {
        let depth = depth
        let relatedCount = finding.pointee.related.count
        // One related location (a repeat's first occurrence) has its own pieces; its range
        // sits three deeper than the finding.
        guard depth == FindingTemplate.reportDepth, let hash = finding.pointee.fingerprintHash, relatedCount <= 1
        else { return false }
        let suggestions = finding.pointer(to: \.suggestions)!
        // Each suggestion takes its separator and at most 2 + 6 × its bytes.
        var suggestionsAtMost = 0
        suggestions.pointee.withUnsafeBufferPointer { list in
            guard !list.isEmpty else { return }
            suggestionsAtMost = template.suggestionsMaxCount
            for index in list.indices {
                suggestionsAtMost &+= template.betweenSuggestionsCount &+ 2 &+ 6 &* list[index].utf8.count
            }
        }
        let range = ranges[depth &+ 1]
        let relatedRange = ranges[relatedCount == 0 ? depth : depth &+ 3]
        let match = finding.pointer(to: \.match)!
        let message = finding.pointer(to: \.message)!
        let rule = finding.pointer(to: \.rule)!
        let section = Finding.sectionAddress(in: finding)
        // Each string quoted takes at most 2 + 6 × its bytes; each number of the range 21.
        let strings =
            match.pointee.utf8.count &+ message.pointee.utf8.count &+ rule.pointee.utf8.count
            &+ (section.pointee?.utf8.count ?? 0)
            &+ (relatedCount == 0 ? 0 : finding.pointee.related[0].message.utf8.count)
        let atMost =
            template.maxCount &+ range.count &+ relatedRange.count &+ 12 &* 21 &+ 10 &+ 6 &* strings &+ 16
            &+ ByteBuffer.chunkPairSpare
            &+ suggestionsAtMost
        let category = finding.pointee.category.caseIndex
        let severity = finding.pointee.severity.caseIndex
        return writeElement(atMost: atMost) { out, comma in
            var written = template.copy(FindingTemplate.head(category), skippingComma: !comma, at: out)
            Finding.writeHex(hash, to: out + written)
            written &+= 16
            written &+= template.copy(FindingTemplate.beforeMatch, at: out + written)
            let matchCount = Self.writeQuoted(at: match, to: out + written)
            guard matchCount >= 0 else { return nil }
            written &+= matchCount
            written &+= template.copy(FindingTemplate.beforeMessage, at: out + written)
            let messageCount = Self.writeQuoted(at: message, to: out + written)
            guard messageCount >= 0 else { return nil }
            written &+= messageCount
            written &+= range.write(finding.pointee.range, comma: true, at: out + written)
            if relatedCount == 0 {
                written &+= template.copy(FindingTemplate.beforeRule, at: out + written)
            } else {
                written &+= template.copy(FindingTemplate.beforeRelatedMessage, at: out + written)
                let relatedCount = finding.pointee.related.withUnsafeBufferPointer { related in
                    Self.writeQuoted(at: related.baseAddress!.pointer(to: \.message)!, to: out + written)
                }
                guard relatedCount >= 0 else { return nil }
                written &+= relatedCount
                written &+= relatedRange.write(finding.pointee.related[0].range, comma: true, at: out + written)
                written &+= template.copy(FindingTemplate.afterRelated, at: out + written)
            }
            let ruleCount = Self.writeQuoted(at: rule, to: out + written)
            guard ruleCount >= 0 else { return nil }
            written &+= ruleCount
            if section.pointee != nil {
                written &+= template.copy(FindingTemplate.beforeSection, at: out + written)
                let sectionCount = Self.writeQuoted(atOptional: section, to: out + written)
                guard sectionCount >= 0 else { return nil }
                written &+= sectionCount
            }
            if suggestionsAtMost == 0 {
                written &+= template.copy(FindingTemplate.tail(severity), at: out + written)
                return written
            }
            written &+= template.copy(FindingTemplate.suggestionsTail(severity), at: out + written)
            let wroteSuggestions = suggestions.pointee.withUnsafeBufferPointer { list -> Bool in
                for index in list.indices {
                    if index > 0 { written &+= template.copy(FindingTemplate.betweenSuggestions, at: out + written) }
                    let count = Self.writeQuoted(at: list.baseAddress! + index, to: out + written)
                    guard count >= 0 else { return false }
                    written &+= count
                }
                return true
            }
            guard wroteSuggestions else { return nil }
            written &+= template.copy(FindingTemplate.afterSuggestions, at: out + written)
            return written
        }
    }

    /// `string` quoted and escaped at `out` (room for the worst case), read in place; its
    /// count, or -1 (nothing written) when its UTF-8 is not contiguous. One call a string:
    /// the contiguous-storage test and the escaping (`quoted`) inlined in it.
    @inline(never)
    static func writeQuoted(at string: UnsafePointer<String>, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var short = ShortBytes()
        let bytes = string.pointee.utf8.withContiguousStorageIfAvailable { short.keep($0) }
        return short.quoted(bytes, at: out)
    }

    /// `writeQuoted(at:to:)` of an optional string that is not nil.
    @inline(never)
    static func writeQuoted(atOptional string: UnsafePointer<String?>, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var short = ShortBytes()
        let bytes = string.pointee!.utf8.withContiguousStorageIfAvailable { short.keep($0) }
        return short.quoted(bytes, at: out)
    }

    /// A string's bytes as `writeQuoted(at:to:)` reads them, to be quoted after they are lent:
    /// the escaping is a C call (`copydesk_json_quoted`) the compiler cannot see into, and made
    /// while a string's bytes are lent it retained and released the string around the call
    /// (about 40 instructions a string). A string's storage stays where it is while the string
    /// lives (its finding or claim does, in the report being written), so its bytes are read
    /// where they are after; the bytes of a small string (at most fifteen, lent as a copy on
    /// the stack that is gone after) are copied here first.
    struct ShortBytes {
        private var words: (UInt64, UInt64) = (0, 0)

        /// The bytes lent, or their count when they are copied here (nil for the address).
        @inline(__always)
        mutating func keep(_ utf8: UnsafeBufferPointer<UInt8>) -> (UnsafePointer<UInt8>?, Int) {
            let count = utf8.count
            guard count < 16, let base = utf8.baseAddress else { return (utf8.baseAddress, count) }
            // Two overlapping reads of eight bytes, or of four, or byte by byte (a call of
            // `memcpy` for a count not known here cost about 12 instructions).
            let raw = UnsafeRawPointer(base)
            withUnsafeMutableBytes(of: &words) { words in
                if count >= 8 {
                    words.storeBytes(of: raw.loadUnaligned(as: UInt64.self), as: UInt64.self)
                    words.storeBytes(
                        of: raw.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self), toByteOffset: count &- 8,
                        as: UInt64.self)
                } else if count >= 4 {
                    words.storeBytes(of: raw.loadUnaligned(as: UInt32.self), as: UInt32.self)
                    words.storeBytes(
                        of: raw.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self), toByteOffset: count &- 4,
                        as: UInt32.self)
                } else {
                    for index in 0..<count { words[index] = base[index] }
                }
            }
            return (nil, count)
        }

        /// The bytes `keep` returned (`bytes`), quoted at `out`; their count, or -1 for nil.
        @inline(__always)
        mutating func quoted(_ bytes: (UnsafePointer<UInt8>?, Int)?, at out: UnsafeMutablePointer<UInt8>) -> Int {
            guard let (base, count) = bytes else { return -1 }
            if let base { return PrettyJSON.quoted(UnsafeBufferPointer(start: base, count: count), at: out) }
            return withUnsafeBytes(of: &words) { words in
                PrettyJSON.quoted(
                    UnsafeBufferPointer(start: words.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count),
                    at: out)
            }
        }
    }
}

/// The text of a finding element at a depth around its values, cut into pieces: the head
/// (separator, `{`, the category member and the fingerprint's name) for each category, the
/// names before the match, the message and the section, the empty `related` array and the
/// rule's name after the range, and the tail (the severity member, the empty `suggestions`
/// array and `}`) for each severity. Kept one after another with spare bytes after them (a
/// piece is copied in pairs of chunks of sixteen, the last pair reading past it).
struct FindingTemplate {
    /// The depth of a report's findings: elements of a file entry's `findings` array (the
    /// report's `files` array holds the entries at depth 2). The only depth there is a template
    /// for: no report writes a finding at another, and the fifteen depths there were templates
    /// for cost 0.56 M instructions a process to make (a one-article run takes about 46 M).
    static var reportDepth: Int { 4 }

    /// The template of `reportDepth`, made once and kept for the process's life.
    nonisolated(unsafe) static let atReportDepth = FindingTemplate(depth: reportDepth)

    /// Piece numbers: the heads (one a category), the four fixed pieces, the tails (one a severity).
    @inline(__always) static func head(_ category: Int) -> Int { category }
    static let beforeMatch = 6
    static let beforeMessage = 7
    static let beforeRule = 8
    static let beforeSection = 9
    @inline(__always) static func tail(_ severity: Int) -> Int { 10 &+ severity }
    /// For a finding with one related location, in place of `beforeRule`: the `related` array
    /// up to its message's value, and after its range up to the rule's value.
    static let beforeRelatedMessage = 13
    static let afterRelated = 14
    /// For a finding with suggestions, in place of `tail`: the severity member (one a
    /// severity) and the `suggestions` array up to its first value; the text between two
    /// values; the text after the last value to the finding's `}`.
    @inline(__always) static func suggestionsTail(_ severity: Int) -> Int { 15 &+ severity }
    static let betweenSuggestions = 18
    static let afterSuggestions = 19
    private static let pieceCount = 20

    /// The pieces, laid end to end.
    private let laid: TemplatePieces
    /// The most bytes the pieces of one finding take: the longest head and tail and the fixed pieces.
    let maxCount: Int
    /// The most bytes the suggestions' pieces other than those between two take: the longest
    /// suggestions tail and the piece after the last.
    let suggestionsMaxCount: Int
    /// The bytes of the piece between two suggestions.
    let betweenSuggestionsCount: Int

    /// The pieces as `element()` and `ReportJSON.writeFinding` write a finding after another
    /// element at `depth`, cut where its values go: the finding written with a marker byte
    /// (`0x01`, which no separator, indent or name holds) for each value.
    init(depth: Int) {
        precondition(depth + 3 < RangeTemplate.depths, "a finding's range sits one deeper, a related one three")
        let cut = Self.markedPieces(depth: depth)
        precondition(cut.count == 9 && cut[4].isEmpty, "a finding's template has nine pieces, none after the message")
        var pieces: [[UInt8]] = Array(repeating: [], count: Self.pieceCount)
        for (index, category) in Category.allCases.enumerated() {
            pieces[Self.head(index)] = cut[0] + TemplatePieces.bytes(category.rawText) + cut[1]
        }
        pieces[Self.beforeMatch] = cut[2]
        pieces[Self.beforeMessage] = cut[3]
        pieces[Self.beforeRule] = cut[5]
        pieces[Self.beforeSection] = cut[6]
        for (index, severity) in Severity.allCases.enumerated() {
            pieces[Self.tail(index)] = cut[7] + TemplatePieces.bytes(severity.rawText) + cut[8]
        }
        let related = Self.markedRelatedPieces(depth: depth)
        precondition(related.count == 4 && related[2].isEmpty, "a related location's template has four pieces")
        pieces[Self.beforeRelatedMessage] = related[1]
        pieces[Self.afterRelated] = related[3]
        let suggestions = Self.markedSuggestionPieces(depth: depth)
        precondition(
            suggestions.count == 4 && suggestions[0] == cut[7], "a finding's suggestions have four pieces")
        for (index, severity) in Severity.allCases.enumerated() {
            pieces[Self.suggestionsTail(index)] = cut[7] + TemplatePieces.bytes(severity.rawText) + suggestions[1]
        }
        pieces[Self.betweenSuggestions] = suggestions[2]
        pieces[Self.afterSuggestions] = suggestions[3]
        laid = TemplatePieces(pieces)
        let heads = (0..<6).map { pieces[Self.head($0)].count }.max()!
        let tails = (0..<3).map { pieces[Self.tail($0)].count }.max()!
        maxCount =
            heads &+ tails &+ pieces[Self.beforeMatch].count &+ pieces[Self.beforeMessage].count
            &+ max(
                pieces[Self.beforeRule].count, pieces[Self.beforeRelatedMessage].count + pieces[Self.afterRelated].count
            )
            &+ pieces[Self.beforeSection].count
        suggestionsMaxCount =
            (0..<3).map { pieces[Self.suggestionsTail($0)].count }.max()! &+ pieces[Self.afterSuggestions].count
        betweenSuggestionsCount = pieces[Self.betweenSuggestions].count
    }

    /// The text from the severity's value to the finding's `}` when it has suggestions, as
    /// `ReportJSON.write(_:into:)` writes them (`stringsMember`), with a marker byte for the
    /// severity and two suggestions: four pieces, the first the text before the severity's
    /// value (the same as the one without suggestions), the third the text between two.
    private static func markedSuggestionPieces(depth: Int) -> [[UInt8]] {
        let marker: UInt8 = 0x01
        // The finding's object is open, one deeper than its element, with members written.
        var json = PrettyJSON(inside: depth + 1, hasElements: true)
        json.constantMember("severity", "\u{1}")
        json.key("suggestions")
        json.beginArray()
        json.element()
        json.raw([marker])
        json.element()
        json.raw([marker])
        json.endArray()
        json.endObject()
        return json.bytes.split(separator: marker, omittingEmptySubsequences: false).map(Array.init)
    }

    /// A finding element written by the general writer's pieces with a marker byte for each
    /// value (the category, the fingerprint's digits, the match, the message, the range, the
    /// rule, the section and the severity), cut at the markers: nine pieces.
    private static func markedPieces(depth: Int) -> [[UInt8]] {
        let marker: UInt8 = 0x01
        var json = PrettyJSON(inside: depth, hasElements: true)
        json.element()
        json.beginObject()
        json.constantMember("category", "\u{1}")
        json.key("fingerprint")
        json.raw([UInt8(ascii: "\""), marker, UInt8(ascii: "\"")])
        json.key("match")
        json.raw([marker])
        json.key("message")
        json.raw([marker])
        // The range member brings its own separator.
        json.raw([marker])
        json.emptyArrayMember("related")
        json.key("rule")
        json.raw([marker])
        json.key("section")
        json.raw([marker])
        json.constantMember("severity", "\u{1}")
        json.emptyArrayMember("suggestions")
        json.endObject()
        return json.bytes.split(separator: marker, omittingEmptySubsequences: false).map(Array.init)
    }

    /// The text from after a finding's range to its rule's value when it has one related
    /// location, with a marker byte where the finding's range ends (first) and for the related
    /// location's message, its range and the rule: four pieces, the first and third empty.
    private static func markedRelatedPieces(depth: Int) -> [[UInt8]] {
        let marker: UInt8 = 0x01
        // The finding's object is open, one deeper than its element, with members written.
        var json = PrettyJSON(inside: depth + 1, hasElements: true)
        json.raw([marker])
        json.key("related")
        json.beginArray()
        json.element()
        json.beginObject()
        json.key("message")
        json.raw([marker])
        // The range member brings its own separator.
        json.raw([marker])
        json.endObject()
        json.endArray()
        json.key("rule")
        json.raw([marker])
        let cut = json.bytes.split(separator: marker, omittingEmptySubsequences: false).map(Array.init)
        // The last piece is empty: the rule's value comes after the marker.
        precondition(cut.count == 5 && cut[0].isEmpty && cut[4].isEmpty, "a related location's template")
        return Array(cut[0..<4])
    }

    /// Piece `piece` at `out`, without its first byte (the separator's comma) if `skippingComma`,
    /// thirty-two bytes at a time (up to 31 bytes past it are read and written); its count.
    @inline(__always)
    func copy(_ piece: Int, skippingComma: Bool = false, at out: UnsafeMutablePointer<UInt8>) -> Int {
        laid.copy(piece, skippingComma: skippingComma, at: out)
    }
}
