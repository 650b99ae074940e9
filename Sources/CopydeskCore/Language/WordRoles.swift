/// The roles words play to one reader (a negation scope, a claim-strength scan, the
/// check-worthiness detectors), found with one lookup per word instead of one per word list:
/// a table read (`FirstWordShapes`) rules most words out, one `WordTable` lookup answers for the rest.
struct WordRoles<Role: OptionSet & Sendable>: Sendable where Role.Element == Role {
    private var words = WordTable()
    /// The roles of each word, by its number in `words`.
    private var table: [Role] = []

    init() {}

    /// Gives each of `words` the role `role` (besides the roles it has already).
    mutating func add(_ words: some Sequence<String>, as role: Role) {
        for word in words {
            let (number, isNew) = self.words.insert(word, filterEveryWord: true)
            if isNew { table.append([]) }
            table[number].insert(role)
        }
    }

    /// A filter in front of `roles(at:in:)` (see `WordTable.asciiHashBits()`): an ASCII word
    /// whose bit is clear has no role.
    func asciiHashBits() -> WordHashBits? {
        words.asciiHashBits()
    }

    /// The roles of each word (none for a word in no list).
    func roles(of words: some Collection<String>) -> [Role] {
        words.map { word in self.words.number(of: word).map { table[$0] } ?? [] }
    }

    /// `roles(of: keys.words)`, each word found by the hash read with the sentence.
    func roles(of keys: WordKeys) -> [Role] {
        (0..<keys.count).map { index in roles(at: index, in: keys) }
    }

    /// The roles of `keys.words[index]`, found by the hash read with its sentence.
    @inline(__always)
    func roles(at index: Int, in keys: WordKeys) -> Role {
        words.number(in: keys, at: index).map { table[$0] } ?? []
    }

    /// The roles of `word` (none for a word in no list).
    func roles(of word: String) -> Role {
        words.number(of: word).map { table[$0] } ?? []
    }
}
