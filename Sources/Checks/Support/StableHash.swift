import CopydeskCore

/// FNV-1a, 64 bits: a hash that is the same in every run (Swift's `Hasher` is seeded per process),
/// so shingle sets and their order are deterministic.
enum StableHash {
    /// The hash of a whole text (`FNV1a`).
    static func hash(_ text: String) -> UInt64 {
        FNV1a.hash(text)
    }

    /// A hash of a run of word hashes (a shingle): FNV-1a's steps over whole hashes, mixed so
    /// that nearby runs spread apart.
    /// Taken as any sequence, so each caller's (a slice of a text's hashes, a shingle read in
    /// place) gets its own specialized loop.
    @inline(__always)
    static func combine(_ hashes: some Sequence<UInt64>) -> UInt64 {
        var state = offsetBasis
        for hash in hashes { step(&state, hash, prime: prime) }
        return finish(state)
    }

    /// `combine` of `hash(0)`, `hash(1)`, … up to `count`: for hashes read where they lie.
    @inline(__always)
    static func combine(count: Int, _ hash: (Int) -> UInt64) -> UInt64 {
        var state = offsetBasis
        for index in 0..<count { step(&state, hash(index), prime: prime) }
        return finish(state)
    }

    /// `FNV1a.offsetBasis` and `FNV1a.prime`, as constants of this module: read from
    /// `CopydeskCore`, each cost a call to its accessor at every combination.
    static var offsetBasis: UInt64 { 0xcbf2_9ce4_8422_2325 }
    static var prime: UInt64 { 0x100_0000_01b3 }

    /// One FNV-1a step over a whole hash, mixed.
    @inline(__always)
    private static func step(_ state: inout UInt64, _ hash: UInt64, prime: UInt64) {
        state = (state ^ hash) &* prime
        state ^= state >> 29
    }

    /// SplitMix64's finaliser, after FNV-1a's steps.
    @inline(__always)
    private static func finish(_ state: UInt64) -> UInt64 {
        var state = state
        state = (state ^ (state >> 30)) &* 0xBF58_476D_1CE4_E5B9
        state = (state ^ (state >> 27)) &* 0x94D0_49BB_1331_11EB
        return state ^ (state >> 31)
    }
}
