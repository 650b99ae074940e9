/// Maps the UTF-8 bytes of a block's plain text back to byte offsets in the source file.
///
/// Loaders build the text piece by piece: `append(_:sourceOffset:)` for text copied from
/// the source, `append(_:sourceRange:)` for text that stands for a longer or different
/// source span (a decoded entity, a soft line break). Every later position is computed
/// through this map, never by searching for the text again.
public struct TextMap: Sendable, Hashable {
    /// A piece of the text and the source span it stands for.
    ///
    /// Kept as four 32-bit integers (16 bytes, not 32): a block keeps a run per piece of markup
    /// it crosses, and no source copydesk reads is 2 GiB long (`ArticleLoader.maxSupportedBytes`).
    public struct Run: Sendable, Hashable {
        /// Start of the run in the plain text (UTF-8 bytes).
        @Int32Storage public var textStart: Int
        /// Length of the run in the plain text.
        @Int32Storage public var textLength: Int
        /// Start of the run in the source file.
        @Int32Storage public var sourceStart: Int
        /// Length of the source span; equal to `textLength` for verbatim text.
        @Int32Storage public var sourceLength: Int

        /// Every value must be below 2^31.
        public init(textStart: Int, textLength: Int, sourceStart: Int, sourceLength: Int) {
            self.textStart = textStart
            self.textLength = textLength
            self.sourceStart = sourceStart
            self.sourceLength = sourceLength
        }

        public var isVerbatim: Bool { textLength == sourceLength }

        /// The source offset of `textOffset`, in this run, as the start of a span.
        @inlinable
        public func sourceOffset(forStart textOffset: Int) -> Int {
            isVerbatim ? sourceStart + textOffset - textStart : sourceStart
        }

        /// The source offset of `textOffset`, in this run, as the end of a span (exclusive).
        @inlinable
        public func sourceOffset(forEnd textOffset: Int) -> Int {
            let delta = textOffset - textStart
            if isVerbatim { return sourceStart + delta }
            return delta == 0 ? sourceStart : sourceStart + sourceLength
        }
    }

    public private(set) var text: String = ""
    /// The runs when there is exactly one (most blocks: one piece of text, or verbatim pieces
    /// that follow one another), kept here and not in an array of its own: that array cost an
    /// allocation and a free for every such block. `manyRuns` is then empty.
    package private(set) var soleRun: Run?
    /// The runs when there are none or more than one (`soleRun` nil).
    package private(set) var manyRuns: [Run] = []
    private var length = 0

    /// The runs in text order (`soleRun` or `manyRuns`). An array is made for a sole run:
    /// read them in place with `withRuns`.
    public var runs: [Run] { soleRun.map { [$0] } ?? manyRuns }

    /// `body` of the runs read in place (a sole run as a buffer of one).
    package func withRuns<R>(_ body: (UnsafeBufferPointer<Run>) throws -> R) rethrows -> R {
        if let soleRun {
            return try withUnsafePointer(to: soleRun) { try body(UnsafeBufferPointer(start: $0, count: 1)) }
        }
        return try manyRuns.withUnsafeBufferPointer(body)
    }

    /// The same text, length and runs (however the runs are kept).
    public static func == (lhs: TextMap, rhs: TextMap) -> Bool {
        lhs.text == rhs.text && lhs.length == rhs.length
            && lhs.withRuns { left in rhs.withRuns { right in left.elementsEqual(right) } }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(length)
        withRuns { runs in
            hasher.combine(runs.count)
            for run in runs { hasher.combine(run) }
        }
    }

    /// The runs in `manyRuns`, to be appended to.
    private mutating func unpackSoleRun() {
        if let soleRun {
            manyRuns = [soleRun]
            self.soleRun = nil
        }
    }

    public init() {}

    /// Text copied verbatim from the source at `sourceOffset`.
    public mutating func append(_ piece: String, sourceOffset: Int) {
        let count = piece.utf8.count
        guard count > 0 else { return }
        unpackSoleRun()
        Self.addRun(to: &manyRuns, textStart: length, count: count, source: sourceOffset..<(sourceOffset + count))
        text += piece
        length += count
    }

    /// Text that replaces the source span `sourceRange` (byte offsets, end exclusive).
    public mutating func append(_ piece: String, sourceRange: Range<Int>) {
        let count = piece.utf8.count
        guard count > 0 else { return }
        unpackSoleRun()
        Self.addRun(to: &manyRuns, textStart: length, count: count, source: sourceRange)
        text += piece
        length += count
    }

    /// A map of `text` made by a `Builder` (its runs already describe `text`): a sole run is
    /// kept in the map, more are copied into an array of their size.
    init(text: String, runs: UnsafeBufferPointer<Run>, length: Int) {
        self.text = text
        if runs.count == 1 {
            self.soleRun = runs[0]
        } else if !runs.isEmpty {
            // (`Array(_:)` of the buffer: `Array(unsafeUninitializedCapacity:)` allocated through
            // an unspecialized call, three times the cost.)
            self.manyRuns = Array(runs)
        }
        self.length = length
    }

    /// Records `count` text bytes at `textStart` standing for `source`: verbatim text (as long
    /// as its source span) extends a verbatim run it directly follows in both text and source.
    static func addRun(to runs: inout [Run], textStart: Int, count: Int, source: Range<Int>) {
        if count == source.count, let last = runs.last, last.isVerbatim,
            last.textStart + last.textLength == textStart, last.sourceStart + last.sourceLength == source.lowerBound
        {
            runs[runs.count - 1].textLength += count
            runs[runs.count - 1].sourceLength += count
        } else {
            runs.append(
                Run(textStart: textStart, textLength: count, sourceStart: source.lowerBound, sourceLength: source.count)
            )
        }
    }

    public var utf8Count: Int { length }

    /// The source offset of a text offset that starts a span.
    public func sourceOffset(forStart textOffset: Int) -> Int {
        withRuns { Self.sourceOffset(forStart: textOffset, in: $0) }
    }

    /// The source offset of a text offset that ends a span (exclusive).
    public func sourceOffset(forEnd textOffset: Int) -> Int {
        withRuns { Self.sourceOffset(forEnd: textOffset, in: $0) }
    }

    /// Source byte range of a text byte range.
    public func sourceRange(of textRange: Range<Int>) -> Range<Int> {
        withRuns { Self.sourceRange(of: textRange, in: $0) }
    }

    static func sourceOffset(forStart textOffset: Int, in runs: [Run]) -> Int {
        runs.withUnsafeBufferPointer { sourceOffset(forStart: textOffset, in: $0) }
    }

    static func sourceOffset(forEnd textOffset: Int, in runs: [Run]) -> Int {
        runs.withUnsafeBufferPointer { sourceOffset(forEnd: textOffset, in: $0) }
    }

    package static func sourceRange(of textRange: Range<Int>, in runs: [Run]) -> Range<Int> {
        runs.withUnsafeBufferPointer { sourceRange(of: textRange, in: $0) }
    }

    /// `sourceRange(of:in:)` over runs read in place (a builder's).
    package static func sourceRange(of textRange: Range<Int>, in runs: UnsafeBufferPointer<Run>) -> Range<Int> {
        let start = sourceOffset(forStart: textRange.lowerBound, in: runs)
        let end = textRange.isEmpty ? start : sourceOffset(forEnd: textRange.upperBound, in: runs)
        return start..<max(start, end)
    }

    static func sourceOffset(forStart textOffset: Int, in runs: UnsafeBufferPointer<Run>) -> Int {
        guard let run = run(containing: textOffset, preferEnd: false, in: runs) else {
            return runs.first?.sourceStart ?? 0
        }
        return run.sourceOffset(forStart: textOffset)
    }

    static func sourceOffset(forEnd textOffset: Int, in runs: UnsafeBufferPointer<Run>) -> Int {
        guard let run = run(containing: textOffset, preferEnd: true, in: runs) else {
            guard let last = runs.last else { return 0 }
            return last.sourceStart + last.sourceLength
        }
        return run.sourceOffset(forEnd: textOffset)
    }

    private static func run(containing offset: Int, preferEnd: Bool, in runs: UnsafeBufferPointer<Run>) -> Run? {
        guard !runs.isEmpty else { return nil }
        var low = 0
        var high = runs.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let run = runs[mid]
            let lower = run.textStart
            let upper = run.textStart + run.textLength
            if preferEnd ? (offset > lower && offset <= upper) : (offset >= lower && offset < upper) {
                return run
            }
            if offset < lower || (preferEnd && offset == lower) { high = mid - 1 } else { low = mid + 1 }
        }
        return nil
    }
}
