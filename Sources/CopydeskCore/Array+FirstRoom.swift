extension Array {
    /// `append(element)`, with room for `room` elements made at the first append to an empty
    /// list (one without storage of its own). Appended one by one from empty, a list is
    /// allocated with room for one and moved to new storage at its second element (and its
    /// fourth): a check with two findings an article paid two allocations and a copy. A list
    /// that is never appended to still allocates nothing.
    @inlinable
    package mutating func append(_ element: __owned Element, firstRoom room: Int) {
        if capacity == 0 { reserveCapacity(room) }
        append(element)
    }
}

extension Array where Element == Finding {
    /// `append(finding)`, with room for four findings made at the first
    /// (`append(_:firstRoom:)`): a check that finds something in an article usually finds a
    /// few.
    @inlinable
    package mutating func appendFinding(_ finding: __owned Finding) {
        append(finding, firstRoom: 4)
    }
}
