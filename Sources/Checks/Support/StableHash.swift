/// FNV-1a, 64 bits: a hash that is the same in every run (Swift's `Hasher` is seeded per process),
/// so shingle sets and their order are deterministic.
enum StableHash {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    static func hash(_ text: String, into state: inout UInt64) {
        for byte in text.utf8 {
            state ^= UInt64(byte)
            state &*= prime
        }
    }

    /// The hash of words joined by a separator byte that no word holds.
    static func hash(words: some Sequence<String>) -> UInt64 {
        var state = offsetBasis
        for word in words {
            hash(word, into: &state)
            state ^= 0x1F
            state &*= prime
        }
        return state
    }
}
