import CopydeskCore

extension PrettyJSON {
    /// A claim as the next element of the open `claims` array, as `element()` and
    /// `ReportJSON.write(claim)` write it, from the template for its depth in one reservation:
    /// the text around its values (separators, indents, names) is the same for every claim at
    /// one depth, and its two flags, kind and strength are one of a few constants, so it is
    /// copied thirty-two bytes at a time in four pieces, and only the range and the text are
    /// written. The general writer reserved room seven times a claim and wrote each member's
    /// separator and name apart (a report holds about seven claims an article of the examples,
    /// 21 a real file).
    ///
    /// Returns false, having written nothing, for a claim the template does not cover (a text
    /// without contiguous UTF-8, or at another depth than the report's claims sit at): the
    /// caller writes it with the general writer.
    ///
    /// `template` and `ranges` are `ClaimTemplate.atReportDepth` and `RangeTemplate.all`, read
    /// once by the caller for all its claims (each read of a static is a `swift_once`).
    @inline(never)
    mutating func claimElement(
        _ claim: UnsafePointer<Claim>, template: ClaimTemplate, ranges: UnsafePointer<RangeTemplate>
    ) -> Bool {
        let depth = depth
        guard depth == ClaimTemplate.reportDepth else { return false }
        let range = ranges[depth &+ 1]
        let text = claim.pointer(to: \.text)!
        // The text quoted takes at most 2 + 6 × its bytes; each number of the range 21; the
        // last piece's chunks may write 31 bytes past it.
        let atMost =
            template.maxCount &+ range.count &+ 6 &* 21 &+ 2 &+ 6 &* text.pointee.utf8.count
            &+ ByteBuffer.chunkPairSpare
        let flags = ClaimTemplate.flags(cited: claim.pointee.cited, hedged: claim.pointee.hedged)
        let kind = ClaimTemplate.kind(claim.pointee.kind)
        let strength = ClaimTemplate.strength(claim.pointee.strength)
        return writeElement(atMost: atMost) { out, comma in
            var written = template.copy(flags, skippingComma: !comma, at: out)
            written &+= template.copy(kind, at: out + written)
            written &+= range.write(claim.pointee.range, comma: true, at: out + written)
            written &+= template.copy(strength, at: out + written)
            let textCount = Self.writeQuoted(at: text, to: out + written)
            guard textCount >= 0 else { return nil }
            written &+= textCount
            written &+= template.copy(ClaimTemplate.tail, at: out + written)
            return written
        }
    }
}

/// The text of a claim element at a depth around its range and text, cut into pieces, each
/// with the constants it holds: the head (separator, `{`, the `cited` and `hedged` members
/// and the `kind` member's name) for each pair of flags, the kind's value for each kind, the
/// `strength` member for each strength with the `text` member's name, and the tail (`}`).
/// Kept one after another with spare bytes after them (a piece is copied in pairs of chunks
/// of sixteen, the last pair reading past it).
struct ClaimTemplate {
    /// The depth of a report's claims: elements of a file entry's `claims` array (the report's
    /// `files` array holds the entries at depth 2). The only depth there is a template for:
    /// one costs about 34,000 instructions to make, a whole process's claims save about 100 each.
    static var reportDepth: Int { 4 }

    /// The template of `reportDepth`, made once and kept for the process's life.
    nonisolated(unsafe) static let atReportDepth = ClaimTemplate(depth: reportDepth)

    /// Piece numbers: the heads (one a pair of flags), the kinds, the strengths, the tail.
    @inline(__always)
    static func flags(cited: Bool, hedged: Bool) -> Int { (cited ? 2 : 0) &+ (hedged ? 1 : 0) }

    @inline(__always)
    static func kind(_ kind: Claim.Kind) -> Int {
        switch kind {
        case .statistic: 4
        case .research: 5
        case .causal: 6
        case .efficacy: 7
        case .safety: 8
        case .other: 9
        }
    }

    @inline(__always)
    static func strength(_ strength: Claim.Strength) -> Int {
        switch strength {
        case .none: 10
        case .correlational: 11
        case .conditionalCausal: 12
        case .causal: 13
        }
    }

    static let tail = 14
    private static let pieceCount = 15

    /// The pieces, laid end to end.
    private let laid: TemplatePieces
    /// The most bytes the pieces of one claim take: the longest head, kind and strength, and the tail.
    let maxCount: Int

    /// The pieces as `element()` and `ReportJSON.write(claim)` write a claim after another
    /// element at `depth`, cut where its values go: the claim written with a marker byte
    /// (`0x01`, which no separator, indent or name holds) for each value.
    init(depth: Int) {
        precondition(depth + 1 < RangeTemplate.depths, "a claim's range sits one deeper")
        let cut = Self.markedPieces(depth: depth)
        precondition(cut.count == 7, "a claim's template has seven pieces")
        var pieces: [[UInt8]] = Array(repeating: [], count: Self.pieceCount)
        for cited in [false, true] {
            for hedged in [false, true] {
                pieces[Self.flags(cited: cited, hedged: hedged)] =
                    cut[0] + TemplatePieces.bytes(cited ? "true" : "false") + cut[1]
                    + TemplatePieces.bytes(hedged ? "true" : "false")
                    + cut[2]
            }
        }
        for kind in Claim.Kind.allCases {
            pieces[Self.kind(kind)] = TemplatePieces.bytes(kind.rawText) + cut[3]
        }
        for strength in Claim.Strength.allCases {
            pieces[Self.strength(strength)] = cut[4] + TemplatePieces.bytes(strength.rawText) + cut[5]
        }
        pieces[Self.tail] = cut[6]
        laid = TemplatePieces(pieces)
        maxCount =
            (0..<4).map { pieces[$0].count }.max()! + (4..<10).map { pieces[$0].count }.max()!
            + (10..<14).map { pieces[$0].count }.max()! + pieces[Self.tail].count
    }

    /// A claim element written by the general writer's pieces with a marker byte for each
    /// value (the two flags, the kind, the range, the strength and the text), cut at the
    /// markers: seven pieces.
    private static func markedPieces(depth: Int) -> [[UInt8]] {
        let marker: UInt8 = 0x01
        var json = PrettyJSON(inside: depth, hasElements: true)
        json.element()
        json.beginObject()
        json.key("cited")
        json.raw([marker])
        json.key("hedged")
        json.raw([marker])
        json.constantMember("kind", "\u{1}")
        // The range member brings its own separator.
        json.raw([marker])
        json.constantMember("strength", "\u{1}")
        json.key("text")
        json.raw([marker])
        json.endObject()
        return json.bytes.split(separator: marker, omittingEmptySubsequences: false).map(Array.init)
    }

    /// Piece `piece` at `out`, without its first byte (the separator's comma) if `skippingComma`,
    /// thirty-two bytes at a time (up to 31 bytes past it are read and written); its count.
    @inline(__always)
    func copy(_ piece: Int, skippingComma: Bool = false, at out: UnsafeMutablePointer<UInt8>) -> Int {
        laid.copy(piece, skippingComma: skippingComma, at: out)
    }
}
