extension String {
    /// `before`, `text` and `after` joined, the string `"\(before)\(text)\(after)"` makes, made
    /// in one allocation of its exact length: a finding's message is most often a phrase between
    /// two literals, and the interpolation appended each piece to storage it had guessed the
    /// size of (growing it when the phrase was longer than two bytes), a generic append apiece.
    package init(concatenating before: StaticString, _ text: String, _ after: StaticString) {
        let count = before.utf8CodeUnitCount + text.utf8.count + after.utf8CodeUnitCount
        self.init(unsafeUninitializedCapacity: count) { Self.write(before, text, after, to: $0) }
    }

    /// `before`, `text`, `after` and `number`'s decimal digits joined, the string
    /// `"\(before)\(text)\(after)\(number)"` makes, in one allocation of its exact length: the
    /// repetition checks' messages quote a phrase and end with a line number ("heading repeats
    /// 'Results' from line 12"), which the interpolation appended piece by piece, growing its
    /// storage, and wrote through `description`.
    package init(concatenating before: StaticString, _ text: String, _ after: StaticString, number: Int) {
        // The digits of the number's magnitude (as an unsigned value, so `Int.min` has one).
        let magnitude = number.magnitude
        var digits = 1
        var rest = magnitude / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        let numberCount = digits + (number < 0 ? 1 : 0)
        let textCount = text.utf8.count
        let count = before.utf8CodeUnitCount + textCount + after.utf8CodeUnitCount + numberCount
        self.init(unsafeUninitializedCapacity: count) { out in
            var written = Self.write(before, text, after, to: out)
            if number < 0 {
                out[written] = UInt8(ascii: "-")
                written += 1
            }
            var value = magnitude
            for position in stride(from: written + digits - 1, through: written, by: -1) {
                out[position] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value % 10)
                value /= 10
            }
            written += digits
            return written
        }
    }

    /// `String(concatenating: before, String(decoding: text, as: UTF8.self), after)`, the bytes
    /// written in place (a phrase read out of a sentence's bytes, not made a string first). Bytes
    /// that are not valid UTF-8 are repaired as `String(decoding:as:)` repairs them: each
    /// maximal invalid sequence becomes U+FFFD, and the literals around them are ASCII or
    /// whole characters, so no sequence runs across them.
    package init(concatenating before: StaticString, utf8 text: UnsafeBufferPointer<UInt8>, _ after: StaticString) {
        let count = before.utf8CodeUnitCount + text.count + after.utf8CodeUnitCount
        // Written as they are: `init(unsafeUninitializedCapacity:initializingUTF8With:)` checks
        // the bytes itself and repairs invalid ones as `String(decoding:as:)` does (a check
        // here first went over every phrase twice).
        self.init(unsafeUninitializedCapacity: count) { Self.write(before, text, after, to: $0) }
    }

    /// Writes `before`, `text`'s bytes and `after` at the start of `out`, which has room for
    /// them; returns how many bytes it wrote.
    @inline(__always)
    private static func write(
        _ before: StaticString, _ text: String, _ after: StaticString, to out: UnsafeMutableBufferPointer<UInt8>
    ) -> Int {
        if let written = text.utf8.withContiguousStorageIfAvailable({ write(before, $0, after, to: out) }) {
            return written
        }
        return Array(text.utf8).withUnsafeBufferPointer { write(before, $0, after, to: out) }
    }

    /// Writes `before`, `text` and `after` at the start of `out`, which has room for them;
    /// returns how many bytes it wrote.
    @inline(__always)
    private static func write(
        _ before: StaticString, _ text: UnsafeBufferPointer<UInt8>, _ after: StaticString,
        to out: UnsafeMutableBufferPointer<UInt8>
    ) -> Int {
        var written = 0
        func append(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
            (out.baseAddress! + written).initialize(from: source, count: bytes.count)
            written += bytes.count
        }
        before.withUTF8Buffer { append($0) }
        append(text)
        after.withUTF8Buffer { append($0) }
        return written
    }
}
