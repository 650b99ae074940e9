extension Array {
    /// Empties the array and keeps its room, as `removeAll(keepingCapacity: true)` does, taking
    /// its elements off the end one by one. A reader's links, markers and directives are emptied
    /// for every block and hold one or two elements when they hold any: `removeAll(keepingCapacity:)`
    /// goes through `replaceSubrange` and destroys them through the runtime's `swift_arrayDestroy`,
    /// about 170 instructions a call where each `removeLast()` is a few dozen inlined.
    @inline(__always)
    mutating func removeAllKeepingRoom() {
        while !isEmpty { removeLast() }
    }
}
