/// Several word lists asked about one word at once: each word of the lists with the bits of the
/// lists that hold it (a `WordRoles` of the lists), found with one lookup of the word instead of
/// one per list.
///
/// The detectors ask about a few words around a cue (is the next word a unit, a people noun,
/// "percent"…), each in several lists one after another. An ASCII word (nearly every word) is
/// found here in one table of every list's words, by the key read with its sentence or by its
/// bytes: it equals a word of a list exactly when its bytes are that word's (no word of the
/// lists holds a scalar that decomposes to ASCII), which is each list's own answer too. Any
/// other word is asked about list by list, as before, so every answer is the lists' own.
struct WordListBits<Bits: OptionSet & Sendable>: Sendable where Bits.Element == Bits {
    private var roles = WordRoles<Bits>()
    private let lists: [(words: WordSet, bit: Bits)]
    private let single: [(word: String, bit: Bits)]

    /// - Parameters:
    ///   - lists: each list with its bit.
    ///   - words: single words with their bits (answered as `==` would).
    init(_ lists: [(words: WordSet, bit: Bits)], words: [(word: String, bit: Bits)] = []) {
        self.lists = lists
        single = words
        for (list, bit) in lists { roles.add(list, as: bit) }
        for (word, bit) in words { roles.add(CollectionOfOne(word), as: bit) }
    }

    /// The bits of the lists holding `keys.words[index]`.
    @inline(__always)
    func of(_ index: Int, in keys: WordKeys) -> Bits {
        guard keys.key(at: index).isASCII else { return slowly(keys.words[index]) }
        return roles.roles(at: index, in: keys)
    }

    /// The bits of the lists holding `word`.
    func of(_ word: String) -> Bits {
        var word = word
        let isASCII = word.withUTF8 { ByteSearch.isASCII($0) }
        guard isASCII else { return slowly(word) }
        return roles.roles(of: word)
    }

    /// A word that is not ASCII, asked about list by list.
    @inline(never)
    private func slowly(_ word: String) -> Bits {
        var result: Bits = []
        for (list, bit) in lists where list.contains(word) { result.insert(bit) }
        for (other, bit) in single where word == other { result.insert(bit) }
        return result
    }
}
