extension String {
    /// `before`, `text` and `after` joined, the string `"\(before)\(text)\(after)"` makes, made
    /// in one allocation of its exact length: a finding's message is most often a phrase between
    /// two literals, and the interpolation appended each piece to storage it had guessed the
    /// size of (growing it when the phrase was longer than two bytes), a generic append apiece.
    package init(concatenating before: StaticString, _ text: String, _ after: StaticString) {
        let textCount = text.utf8.count
        let count = before.utf8CodeUnitCount + textCount + after.utf8CodeUnitCount
        self.init(unsafeUninitializedCapacity: count) { out in
            var written = 0
            func write(_ bytes: UnsafeBufferPointer<UInt8>) {
                guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
                (out.baseAddress! + written).initialize(from: source, count: bytes.count)
                written += bytes.count
            }
            before.withUTF8Buffer { write($0) }
            if text.utf8.withContiguousStorageIfAvailable({ write($0) }) == nil {
                Array(text.utf8).withUnsafeBufferPointer { write($0) }
            }
            after.withUTF8Buffer { write($0) }
            return written
        }
    }
}
