extension WordKeys {
    /// `FNV1a.hash(words[index])`, the stable hash the repetition checks compare words by: an
    /// ASCII word's key already holds it (FNV-1a over the word's bytes, read with the sentence),
    /// any other word is hashed from its string.
    @inline(__always)
    package func stableHash(ofWordAt index: Int) -> UInt64 {
        let key = key(at: index)
        return key.isASCII ? key.hash : FNV1a.hash(words[index])
    }

    /// Writes `stableHash(ofWordAt: i)` of every word `i` to `base + i * stride`, as a `UInt64`:
    /// one call for a sentence's words where a reader in another module (which cannot inline
    /// `stableHash(ofWordAt:)`) called once a word.
    package func writeStableHashes(to base: UnsafeMutableRawPointer, stride: Int) {
        withUnsafeKeys { keys in
            for index in keys.indices {
                let key = keys[index]
                let hash = key.isASCII ? key.hash : FNV1a.hash(words[index])
                (base + index &* stride).storeBytes(of: hash, as: UInt64.self)
            }
        }
    }
}
