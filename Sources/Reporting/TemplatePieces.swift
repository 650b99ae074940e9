/// The constant pieces of a JSON template, laid end to end in one allocation that lives as long
/// as the process (templates are statics), with spare bytes after the last so each piece can be
/// copied thirty-two bytes at a time (`ByteBuffer.copyInChunkPairs`).
struct TemplatePieces {
    /// The pieces, then `ByteBuffer.chunkPairSpare` spare bytes.
    private let text: UnsafePointer<UInt8>
    /// Piece `p` is `text[bounds[2p]..<bounds[2p + 1]]`.
    private let bounds: UnsafePointer<Int>

    init(_ pieces: [[UInt8]]) {
        let total = pieces.reduce(0) { $0 + $1.count }
        let text = UnsafeMutablePointer<UInt8>.allocate(capacity: total + ByteBuffer.chunkPairSpare)
        text.initialize(repeating: 0, count: total + ByteBuffer.chunkPairSpare)
        let bounds = UnsafeMutablePointer<Int>.allocate(capacity: 2 * pieces.count)
        var count = 0
        for (index, piece) in pieces.enumerated() {
            bounds[2 * index] = count
            for byte in piece {
                text[count] = byte
                count += 1
            }
            bounds[2 * index + 1] = count
        }
        self.text = UnsafePointer(text)
        self.bounds = UnsafePointer(bounds)
    }

    /// The bytes of a static string, for building pieces.
    static func bytes(_ text: StaticString) -> [UInt8] {
        Array(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Piece `piece` at `out`, without its first byte (the separator's comma) if `skippingComma`,
    /// thirty-two bytes at a time (up to 31 bytes past it are read and written); its count.
    @inline(__always)
    func copy(_ piece: Int, skippingComma: Bool = false, at out: UnsafeMutablePointer<UInt8>) -> Int {
        let start = bounds[2 &* piece] &+ (skippingComma ? 1 : 0)
        return ByteBuffer.copyInChunkPairs(
            from: UnsafeRawPointer(text + start), count: bounds[2 &* piece &+ 1] &- start, to: out)
    }
}
