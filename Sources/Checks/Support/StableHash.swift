import CopydeskCore

/// FNV-1a, 64 bits: a hash that is the same in every run (Swift's `Hasher` is seeded per process),
/// so shingle sets and their order are deterministic.
enum StableHash {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The hash of a whole text (`FNV1a`).
    static func hash(_ text: String) -> UInt64 {
        FNV1a.hash(text)
    }

    /// A hash of a run of word hashes (a shingle), mixed so that nearby runs spread apart.
    static func combine(_ hashes: ArraySlice<UInt64>) -> UInt64 {
        var state = offsetBasis
        for hash in hashes {
            state = (state ^ hash) &* prime
            state ^= state >> 29
        }
        // SplitMix64's finaliser.
        state = (state ^ (state >> 30)) &* 0xBF58_476D_1CE4_E5B9
        state = (state ^ (state >> 27)) &* 0x94D0_49BB_1331_11EB
        return state ^ (state >> 31)
    }
}
