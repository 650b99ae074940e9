extension TextScan {
    /// `word.hasSuffix(suffix)` for an ASCII `suffix`, read on the word's bytes when the word is
    /// ASCII (each of its characters is then one byte, and a byte equals a character of the
    /// suffix exactly when it is that character); any other word is asked as a string, which
    /// compares characters by canonical equivalence. `String.hasSuffix` cost about 110
    /// instructions a call, most words asked about being short ASCII ones.
    @inline(__always)
    static func hasSuffix(_ word: String, _ suffix: StaticString) -> Bool {
        var word = word
        let answer = word.withUTF8 { bytes -> Bool? in
            guard ByteSearch.isASCII(bytes) else { return nil }
            let count = suffix.utf8CodeUnitCount
            guard bytes.count >= count else { return false }
            let start = suffix.utf8Start
            let offset = bytes.count &- count
            for index in 0..<count where bytes[offset &+ index] != start[index] { return false }
            return true
        }
        return answer ?? word.hasSuffix(suffix.description)
    }

    /// `TextScan.hasSuffix(word(index), suffix)` for a lowercase ASCII `suffix`, an ASCII word
    /// read on its key's bytes (lowercased, they are the word's), without copying the word out.
    func wordHasSuffix(_ index: Int, _ suffix: StaticString) -> Bool {
        guard index >= 0 && index < keys.count else { return TextScan.hasSuffix(word(index), suffix) }
        let key = keys.key(at: index)
        guard key.isASCII else { return TextScan.hasSuffix(words[index], suffix) }
        let count = Int(key.count)
        let suffixCount = suffix.utf8CodeUnitCount
        guard count >= suffixCount else { return false }
        let suffixStart = suffix.utf8Start
        return keys.withBytes(of: key) { bytes in
            let offset = count &- suffixCount
            for index in 0..<suffixCount where ASCII.lowercased(bytes[offset &+ index]) != suffixStart[index] {
                return false
            }
            return true
        }
    }
}
