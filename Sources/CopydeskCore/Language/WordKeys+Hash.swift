extension WordKeys {
    /// `FNV1a.hash(words[index])`, the stable hash the repetition checks compare words by: an
    /// ASCII word's key already holds it (FNV-1a over the word's bytes, read with the sentence),
    /// any other word is hashed from its string.
    @inline(__always)
    package func stableHash(ofWordAt index: Int) -> UInt64 {
        let key = key(at: index)
        return key.isASCII ? key.hash : FNV1a.hash(words[index])
    }
}
