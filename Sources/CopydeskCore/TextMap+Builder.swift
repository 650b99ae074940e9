extension TextMap {
    /// Builds a `TextMap` from byte pieces: the text is collected as UTF-8 bytes and becomes a
    /// `String` once.
    ///
    /// A loader appends a block's text a few bytes at a time (every text node, every space for a
    /// line break). Appending each piece to a `String` costs a `String` for the piece and a
    /// string append, several hundred instructions a piece; here it is a byte copy, and the
    /// `String` is made once, in `build()`. The runs are recorded exactly as `TextMap.append`
    /// records them, so `build()` equals the map built piece by piece with
    /// `append(_:sourceOffset:)` and `append(_:sourceRange:)`.
    package struct Builder: Sendable {
        /// The text so far, as UTF-8 (pieces are whole scalars).
        package private(set) var bytes: [UInt8] = []
        private var runs: [Run] = []

        package init() {}

        /// Continues `map`: the text built so far is `map`'s.
        package init(_ map: TextMap) {
            bytes = Array(map.text.utf8)
            runs = map.runs
        }

        /// Makes room for about `byteCount` bytes of text in `runCount` runs: a block's text
        /// comes a few bytes at a time, and every time the arrays outgrew their room they were
        /// copied to a new one.
        package mutating func reserveCapacity(bytes byteCount: Int, runs runCount: Int) {
            bytes.reserveCapacity(byteCount)
            runs.reserveCapacity(runCount)
        }

        package var utf8Count: Int { bytes.count }
        package var isEmpty: Bool { bytes.isEmpty }

        /// Bytes copied verbatim from the source at `sourceOffset`.
        package mutating func append(_ piece: ArraySlice<UInt8>, sourceOffset: Int) {
            append(piece, sourceRange: sourceOffset..<(sourceOffset + piece.count))
        }

        /// Bytes that stand for the source span `sourceRange` (verbatim when as long as it).
        ///
        /// A piece is decoded on its own, as `String(decoding:as:)` would: one that cuts a scalar
        /// (the pieces of valid text never do) is repaired before it is counted.
        package mutating func append(_ piece: ArraySlice<UInt8>, sourceRange: Range<Int>) {
            piece.withUnsafeBufferPointer { append($0, sourceRange: sourceRange) }
        }

        /// `append(_:sourceRange:)` of bytes read in place (a parser's text, not copied first).
        package mutating func append(_ piece: UnsafeBufferPointer<UInt8>, sourceRange: Range<Int>) {
            guard !piece.isEmpty else { return }
            guard Self.holdsWholeScalars(piece) else {
                let repaired = Array(String(decoding: piece, as: UTF8.self).utf8)
                TextMap.addRun(to: &runs, textStart: bytes.count, count: repaired.count, source: sourceRange)
                bytes += repaired
                return
            }
            TextMap.addRun(to: &runs, textStart: bytes.count, count: piece.count, source: sourceRange)
            bytes.append(contentsOf: piece)
        }

        /// Whether `piece` (a slice of valid UTF-8) starts and ends on scalar boundaries.
        static func holdsWholeScalars<Bytes: RandomAccessCollection<UInt8>>(_ piece: Bytes) -> Bool
        where Bytes.Index == Int {
            guard let first = piece.first, first & 0xC0 != 0x80 else { return false }
            var lead = piece.endIndex - 1
            while lead > piece.startIndex, piece[lead] & 0xC0 == 0x80, piece.endIndex - lead < 4 { lead -= 1 }
            let byte = piece[lead]
            let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 0
            return lead + length == piece.endIndex
        }

        /// `append(_:sourceRange:)` of bytes that start and end on scalar boundaries (the
        /// caller knows: a parser's valid text cut only at ASCII bytes), not checked again.
        package mutating func append(wholeScalars piece: UnsafeBufferPointer<UInt8>, sourceRange: Range<Int>) {
            guard !piece.isEmpty else { return }
            assert(Self.holdsWholeScalars(piece), "a piece cuts a scalar")
            TextMap.addRun(to: &runs, textStart: bytes.count, count: piece.count, source: sourceRange)
            bytes.append(contentsOf: piece)
        }

        /// One ASCII byte (a space for a line break, a bracket) standing for `sourceRange`.
        package mutating func append(_ byte: UInt8, sourceRange: Range<Int>) {
            TextMap.addRun(to: &runs, textStart: bytes.count, count: 1, source: sourceRange)
            bytes.append(byte)
        }

        /// Source byte range of a text byte range, as `TextMap.sourceRange(of:)` answers it.
        ///
        /// A range that ends at the end of the text so far (a link's text, just read) has its
        /// runs among the last few: they are looked for from the end, a few runs back at most,
        /// before the binary search. A text offset is in one run at most either way.
        package func sourceRange(of textRange: Range<Int>) -> Range<Int> {
            guard textRange.upperBound == bytes.count, textRange.lowerBound <= textRange.upperBound,
                let startRun = lastRun(where: {
                    textRange.lowerBound >= $0.textStart && textRange.lowerBound < $0.textStart + $0.textLength
                }),
                let endRun = lastRun(where: {
                    textRange.upperBound > $0.textStart && textRange.upperBound <= $0.textStart + $0.textLength
                })
            else { return TextMap.sourceRange(of: textRange, in: runs) }
            let start =
                startRun.isVerbatim
                ? startRun.sourceStart + textRange.lowerBound - startRun.textStart : startRun.sourceStart
            guard !textRange.isEmpty else { return start..<start }
            let delta = textRange.upperBound - endRun.textStart
            let end =
                endRun.isVerbatim
                ? endRun.sourceStart + delta
                : delta == 0 ? endRun.sourceStart : endRun.sourceStart + endRun.sourceLength
            return start..<max(start, end)
        }

        /// The last of the last four runs that `isIn` holds for, if any.
        private func lastRun(where isIn: (Run) -> Bool) -> Run? {
            var index = runs.count
            while index > 0, index > runs.count - 4 {
                index -= 1
                if isIn(runs[index]) { return runs[index] }
            }
            return nil
        }

        /// The map of the text built so far.
        package func build() -> TextMap {
            TextMap(text: String(decoding: bytes, as: UTF8.self), runs: runs, length: bytes.count)
        }

        /// `build()`, the map taking the builder's runs array itself: the builder is left without
        /// runs, and its bytes as they were (`removeAll()` empties them keeping their room).
        /// For a loader that builds block after block in one builder and reserves room for each
        /// block's runs: copying the runs out and emptying them cost more than the new array.
        package mutating func takingRuns() -> TextMap {
            let map = TextMap(text: String(decoding: bytes, as: UTF8.self), runs: runs, length: bytes.count)
            runs = []
            return map
        }

        /// Empties the builder and keeps its room: a loader that builds block after block in one
        /// builder allocates its arrays once, not once a block. (An empty array is left as it
        /// is: emptying one still costs a generic call.)
        package mutating func removeAll() {
            if !bytes.isEmpty { bytes.removeAll(keepingCapacity: true) }
            if !runs.isEmpty { runs.removeAll(keepingCapacity: true) }
        }
    }
}
