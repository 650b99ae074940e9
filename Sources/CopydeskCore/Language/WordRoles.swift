/// The roles words play to one reader (a negation scope, a claim-strength scan, the
/// check-worthiness detectors), found with one lookup per word instead of one per word list:
/// a table read (`FirstWordShapes`) rules most words out, one hash lookup answers for the rest.
struct WordRoles<Role: OptionSet & Sendable>: Sendable where Role.Element == Role {
    private var table: [String: Role] = [:]
    private var shapes = FirstWordShapes()

    init() {}

    /// Gives each of `words` the role `role` (besides the roles it has already).
    mutating func add(_ words: some Sequence<String>, as role: Role) {
        for word in words {
            table[word, default: []].insert(role)
            shapes.insert(word)
        }
    }

    /// The roles of each word (none for a word in no list).
    func roles(of words: [String]) -> [Role] {
        words.map { word in shapes.mayContain(word) ? table[word] ?? [] : [] }
    }
}
