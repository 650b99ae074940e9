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
    ///
    /// The bytes and runs are kept in memory of the builder's own (`Storage`, copied on write),
    /// not in arrays: a piece is copied with one `memcpy` and its run written or extended in
    /// place, where an array's `append(contentsOf:)` and the extension of its last element each
    /// cost some hundred instructions of generic checks, for every text node of an article. A
    /// builder that builds block after block keeps that memory: `takingRuns()` copies a block's
    /// runs out into an array of their size instead of handing over (and reserving anew) the
    /// array they were appended to.
    package struct Builder: Sendable {
        private var storage: Storage

        package init() { storage = Storage.empty }

        /// Continues `map`: the text built so far is `map`'s.
        package init(_ map: TextMap) {
            let bytes = Array(map.text.utf8)
            let storage = map.withRuns { runs in
                let storage = Storage(byteCapacity: bytes.count, runCapacity: runs.count)
                for run in runs { storage.appendRun(run) }
                return storage
            }
            bytes.withUnsafeBufferPointer { storage.appendBytes($0) }
            self.storage = storage
        }

        /// The text so far, as UTF-8 (a copy: `lastByte` reads the last one in place).
        package var bytes: [UInt8] { Array(storage.byteBuffer) }

        /// The last byte of the text so far.
        package var lastByte: UInt8? {
            storage.byteCount > 0 ? storage.bytes[storage.byteCount &- 1] : nil
        }

        /// Makes room for about `byteCount` bytes of text in `runCount` runs: a block's text
        /// comes a few bytes at a time, and every time the memory outgrew its room it was
        /// copied to a new one.
        package mutating func reserveCapacity(bytes byteCount: Int, runs runCount: Int) {
            makeUnique(bytes: byteCount &- storage.byteCount, runs: runCount &- storage.runCount)
        }

        package var utf8Count: Int { storage.byteCount }
        package var isEmpty: Bool { storage.byteCount == 0 }

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
                repaired.withUnsafeBufferPointer { append(wholeScalars: $0, sourceRange: sourceRange) }
                return
            }
            append(wholeScalars: piece, sourceRange: sourceRange)
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
            makeUnique(bytes: piece.count, runs: 1)
            storage.addRun(count: piece.count, source: sourceRange)
            storage.appendBytes(piece)
        }

        /// One ASCII byte (a space for a line break, a bracket) standing for `sourceRange`.
        package mutating func append(_ byte: UInt8, sourceRange: Range<Int>) {
            makeUnique(bytes: 1, runs: 1)
            storage.addRun(count: 1, source: sourceRange)
            storage.bytes[storage.byteCount] = byte
            storage.byteCount &+= 1
        }

        /// Source byte range of a text byte range, as `TextMap.sourceRange(of:)` answers it.
        ///
        /// A range that ends at the end of the text so far (a link's text, just read) has its
        /// runs among the last few: they are looked for from the end, a few runs back at most,
        /// before the binary search. A text offset is in one run at most either way.
        package func sourceRange(of textRange: Range<Int>) -> Range<Int> {
            let runs = storage.runBuffer
            guard textRange.upperBound == storage.byteCount, textRange.lowerBound <= textRange.upperBound,
                let startRun = Self.lastRun(
                    in: runs,
                    where: {
                        textRange.lowerBound >= $0.textStart && textRange.lowerBound < $0.textStart + $0.textLength
                    }),
                let endRun = Self.lastRun(
                    in: runs,
                    where: {
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
        private static func lastRun(in runs: UnsafeBufferPointer<Run>, where isIn: (Run) -> Bool) -> Run? {
            var index = runs.count
            while index > 0, index > runs.count - 4 {
                index -= 1
                if isIn(runs[index]) { return runs[index] }
            }
            return nil
        }

        /// The map of the text built so far.
        package func build() -> TextMap {
            TextMap(
                text: String(decoding: storage.byteBuffer, as: UTF8.self), runs: storage.runBuffer,
                length: storage.byteCount)
        }

        /// `build()`, the builder left without runs, and its bytes as they were (`removeAll()`
        /// empties them keeping their room). For a loader that builds block after block in one
        /// builder.
        package mutating func takingRuns() -> TextMap {
            let map = build()
            if storage.runCount > 0 {
                makeUnique(bytes: 0, runs: 0)
                storage.runCount = 0
            }
            return map
        }

        /// Empties the builder and keeps its room: a loader that builds block after block in one
        /// builder allocates its memory once, not once a block.
        package mutating func removeAll() {
            guard storage.byteCount > 0 || storage.runCount > 0 else { return }
            makeUnique(bytes: 0, runs: 0)
            storage.byteCount = 0
            storage.runCount = 0
        }

        /// Makes `storage` this builder's own, with room for `bytes` and `runs` more.
        @inline(__always)
        private mutating func makeUnique(bytes: Int, runs: Int) {
            if _slowPath(!isKnownUniquelyReferenced(&storage)) || !storage.hasRoom(bytes: bytes, runs: runs) {
                storage = storage.copy(roomForBytes: bytes, runs: runs)
            }
        }
    }
}

extension TextMap.Builder {
    /// A builder's bytes and runs, each in memory of its own; the runs follow one another in the
    /// text without gaps (each starts where the text ended when it was added).
    fileprivate final class Storage: @unchecked Sendable {
        /// The runs, then the bytes, in one allocation.
        private let memory: UnsafeMutableRawPointer
        let runs: UnsafeMutablePointer<TextMap.Run>
        var runCount = 0
        private let runCapacity: Int
        let bytes: UnsafeMutablePointer<UInt8>
        var byteCount = 0
        private let byteCapacity: Int

        /// The storage of a new builder, shared until its first append (which copies it).
        static let empty = Storage(byteCapacity: 0, runCapacity: 0)

        init(byteCapacity: Int, runCapacity: Int) {
            self.byteCapacity = byteCapacity
            self.runCapacity = runCapacity
            let runBytes = runCapacity * MemoryLayout<TextMap.Run>.stride
            memory = .allocate(
                byteCount: max(runBytes + byteCapacity, 1), alignment: MemoryLayout<TextMap.Run>.alignment)
            runs = memory.bindMemory(to: TextMap.Run.self, capacity: runCapacity)
            bytes = (memory + runBytes).bindMemory(to: UInt8.self, capacity: byteCapacity)
        }

        deinit { memory.deallocate() }

        var byteBuffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: bytes, count: byteCount) }
        var runBuffer: UnsafeBufferPointer<TextMap.Run> { UnsafeBufferPointer(start: runs, count: runCount) }

        @inline(__always)
        func hasRoom(bytes count: Int, runs: Int) -> Bool {
            byteCount &+ count <= byteCapacity && runCount &+ runs <= runCapacity
        }

        /// A copy with room for `bytes` and `runs` more, at least twice the room this one had
        /// for whichever did not fit.
        @inline(never)
        func copy(roomForBytes count: Int, runs: Int) -> Storage {
            let byteNeed = byteCount + max(count, 0)
            let runNeed = runCount + max(runs, 0)
            let copy = Storage(
                byteCapacity: byteNeed > byteCapacity ? max(byteNeed, 2 * byteCapacity, 256) : byteCapacity,
                runCapacity: runNeed > runCapacity ? max(runNeed, 2 * runCapacity, 32) : runCapacity)
            copy.bytes.initialize(from: bytes, count: byteCount)
            copy.byteCount = byteCount
            copy.runs.initialize(from: self.runs, count: runCount)
            copy.runCount = runCount
            return copy
        }

        /// Appends `piece` (room made first).
        @inline(__always)
        func appendBytes(_ piece: UnsafeBufferPointer<UInt8>) {
            guard let base = piece.baseAddress else { return }
            (bytes + byteCount).update(from: base, count: piece.count)
            byteCount &+= piece.count
        }

        /// Appends `run` (room made first).
        func appendRun(_ run: TextMap.Run) {
            (runs + runCount).initialize(to: run)
            runCount &+= 1
        }

        /// `TextMap.addRun(to:textStart:count:source:)` for `count` bytes appended next (room
        /// made first): verbatim text extends a verbatim last run it directly follows in both
        /// text and source, in place.
        @inline(__always)
        func addRun(count: Int, source: Range<Int>) {
            let textStart = byteCount
            if count == source.count, runCount > 0 {
                let last = runs + (runCount &- 1)
                let run = last.pointee
                if run.isVerbatim, run.textStart + run.textLength == textStart,
                    run.sourceStart + run.sourceLength == source.lowerBound
                {
                    last.pointee.textLength = run.textLength + count
                    last.pointee.sourceLength = run.sourceLength + count
                    return
                }
            }
            (runs + runCount).initialize(
                to: TextMap.Run(
                    textStart: textStart, textLength: count, sourceStart: source.lowerBound,
                    sourceLength: source.count))
            runCount &+= 1
        }
    }
}
