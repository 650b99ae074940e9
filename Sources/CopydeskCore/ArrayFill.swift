extension Array {
    /// `Array(repeating: value, count: count)`, made through `reserveCapacity` and one append.
    ///
    /// `Array(repeating:count:)` (and `Array(unsafeUninitializedCapacity:)`) allocate in a
    /// standard-library function that is not specialised, which asks the runtime for the
    /// storage class of the element type at every call: some 500 instructions, more than
    /// filling a table of a few dozen slots. `reserveCapacity` allocates in specialised code.
    @inlinable
    package static func filled(with value: Element, count: Int) -> [Element] {
        var array: [Element] = []
        array.reserveCapacity(count)
        array.append(contentsOf: repeatElement(value, count: count))
        return array
    }
}
