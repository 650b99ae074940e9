import CopydeskCore

extension PrettyJSON {
    /// The `range` member of a source range (`"range" : {"end" : {column, line, offset},
    /// "start" : {…}}`), as `intObjectsMember` writes it, from the template for the member's
    /// depth: the text around the six numbers is the same for every range at one depth (a
    /// report holds one per finding and claim), so it is copied thirty-two bytes at a time in
    /// seven pieces, and only the numbers are worked out. Past the templates' depths,
    /// `intObjectsMember` writes it.
    @inline(__always)
    mutating func rangeMember(_ range: SourceRange) {
        rangeMember(range, templates: RangeTemplate.all)
    }

    /// `rangeMember(range)`, `templates` being `RangeTemplate.all` read by the caller once for
    /// many ranges (each read of the static is a `swift_once`, about a hundred instructions).
    @inline(__always)
    mutating func rangeMember(_ range: SourceRange, templates: UnsafePointer<RangeTemplate>) {
        guard depth < RangeTemplate.depths else {
            intObjectsMember(
                "range", "end", (("column", range.end.column), ("line", range.end.line), ("offset", range.end.offset)),
                "start",
                (("column", range.start.column), ("line", range.start.line), ("offset", range.start.offset)))
            return
        }
        let template = templates[depth]
        // Each number takes at most 21 bytes (`ByteBuffer.writeDecimal`); the last piece's
        // chunks may write 31 bytes past it.
        writeMember(atMost: template.count &+ 6 &* 21 &+ ByteBuffer.chunkPairSpare) { out, comma in
            template.write(range, comma: comma, at: out)
        }
    }
}

/// The text of a `range` member at one depth with its six numbers left out: seven pieces,
/// the first starting with the separator's comma, kept one after another with spare bytes
/// after them (a piece is copied in pairs of chunks of sixteen, the last pair reading past it).
struct RangeTemplate {
    /// The depths there are templates for: deeper than any report's ranges sit.
    static let depths = 16

    /// The template of each depth below `depths`, made once and kept for the process's life.
    nonisolated(unsafe) static let all: UnsafePointer<RangeTemplate> = {
        let all = UnsafeMutablePointer<RangeTemplate>.allocate(capacity: depths)
        for depth in 0..<depths { (all + depth).initialize(to: RangeTemplate(depth: depth)) }
        return UnsafePointer(all)
    }()

    /// The pieces, then `ByteBuffer.chunkPairSpare` spare bytes.
    private let text: UnsafePointer<UInt8>
    /// Where each piece ends in `text` (where the next begins).
    private let ends: (Int, Int, Int, Int, Int, Int, Int)

    /// The pieces' length (with the comma).
    var count: Int { ends.6 }

    /// The pieces as `intObjectsMember` writes them after another member at `depth`: the
    /// member written with the numbers 0 to 5, cut at the digits (no other byte of the member
    /// is a digit).
    init(depth: Int) {
        var json = PrettyJSON(inside: depth, hasElements: true)
        json.intObjectsMember(
            "range", "end", (("column", 0), ("line", 1), ("offset", 2)), "start",
            (("column", 3), ("line", 4), ("offset", 5)))
        let member = json.bytes
        let pieces = member.split(omittingEmptySubsequences: false) { $0 &- UInt8(ascii: "0") < 10 }
        precondition(pieces.count == 7, "a range member has six numbers")
        let text = UnsafeMutablePointer<UInt8>.allocate(capacity: member.count + ByteBuffer.chunkPairSpare)
        text.initialize(repeating: 0, count: member.count + ByteBuffer.chunkPairSpare)
        var ends: [Int] = []
        var count = 0
        for piece in pieces {
            for byte in piece {
                text[count] = byte
                count += 1
            }
            ends.append(count)
        }
        self.text = UnsafePointer(text)
        self.ends = (ends[0], ends[1], ends[2], ends[3], ends[4], ends[5], ends[6])
    }

    /// The member with `range`'s numbers at `out`, its separator with a comma if `comma`; its count.
    @inline(__always)
    func write(_ range: SourceRange, comma: Bool, at out: UnsafeMutablePointer<UInt8>) -> Int {
        var written = copy(from: comma ? 0 : 1, to: ends.0, at: out)
        written &+= ByteBuffer.writeDecimal(range.end.column, at: out + written)
        written &+= copy(from: ends.0, to: ends.1, at: out + written)
        written &+= ByteBuffer.writeDecimal(range.end.line, at: out + written)
        written &+= copy(from: ends.1, to: ends.2, at: out + written)
        written &+= ByteBuffer.writeDecimal(range.end.offset, at: out + written)
        written &+= copy(from: ends.2, to: ends.3, at: out + written)
        written &+= ByteBuffer.writeDecimal(range.start.column, at: out + written)
        written &+= copy(from: ends.3, to: ends.4, at: out + written)
        written &+= ByteBuffer.writeDecimal(range.start.line, at: out + written)
        written &+= copy(from: ends.4, to: ends.5, at: out + written)
        written &+= ByteBuffer.writeDecimal(range.start.offset, at: out + written)
        written &+= copy(from: ends.5, to: ends.6, at: out + written)
        return written
    }

    /// The bytes of `text` from `start` to `end` at `out`, thirty-two at a time (up to 31 bytes
    /// past them are read and written); their count.
    @inline(__always)
    private func copy(from start: Int, to end: Int, at out: UnsafeMutablePointer<UInt8>) -> Int {
        ByteBuffer.copyInChunkPairs(from: UnsafeRawPointer(text + start), count: end &- start, to: out)
    }
}
