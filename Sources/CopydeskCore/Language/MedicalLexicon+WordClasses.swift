/// A few word lists of the medical-claim readers looked up together: each word of a sentence
/// found in one lookup for every list, most ruled out by a filter on their hashes, in one call
/// for the sentence. A reader in another module that asked each word of each list
/// (`WordSet.contains(in:at:)`) paid a call and a lookup for every word and every list.
package struct MedicalWordClasses: Sendable {
    /// The lists a word is in: bit `i` for list `i`.
    package struct Classes: OptionSet, Sendable {
        package let rawValue: UInt8

        package init(rawValue: UInt8) {
            self.rawValue = rawValue
        }
    }

    private let roles: WordRoles<Classes>
    /// The hashes of the lists' ASCII words (nil when a word that is not ASCII may equal one).
    private let hashes: WordHashBits?

    /// The classes of `lists` (at most eight): list `i` is `Classes(rawValue: 1 << i)`.
    package init(_ lists: [[String]]) {
        precondition(lists.count <= 8, "at most eight lists")
        var roles = WordRoles<Classes>()
        for (position, list) in lists.enumerated() {
            roles.add(list, as: Classes(rawValue: 1 << UInt8(position)))
        }
        self.roles = roles
        hashes = roles.asciiHashBits()
    }

    /// Calls `body` with each word index of `keys` whose word is in one of the lists, in order,
    /// and the lists it is in: `i` is in its classes exactly when `WordSet(lists[i])` contains
    /// `keys.words[index]`.
    package func forEachMember(in keys: WordKeys, _ body: (Int, Classes) -> Void) {
        var index = 0
        while let (member, classes) = firstMember(in: keys, from: index) {
            body(member, classes)
            index = member + 1
        }
    }

    /// The first word index of `keys` from `start` on whose word is in one of the lists, and the
    /// lists it is in (`forEachMember(in:_:)`'s next call), or nil: for a caller that keeps
    /// state across the members, which a closure capturing it held in boxes on the heap.
    package func firstMember(in keys: WordKeys, from start: Int) -> (index: Int, classes: Classes)? {
        let count = keys.count
        var index = start
        while index < count {
            if let hashes {
                index = hashes.firstMayContain(keys, from: index, to: count)
                guard index < count else { return nil }
            }
            let classes = roles.roles(at: index, in: keys)
            if !classes.isEmpty { return (index, classes) }
            index += 1
        }
        return nil
    }
}

/// A list of words, each known by its number (its place among the list's distinct words, in
/// the order given), for a medical-claim reader that keeps something for each word: a word of
/// a sentence is found by the key read with it, where a dictionary keyed by the word's string
/// copied the word out and hashed it again.
package struct MedicalWordNumbers: Sendable {
    private let table: WordTable

    /// The words of `words`, numbered from 0 in order; a word equal in Swift to an earlier one
    /// takes its number.
    package init(_ words: some Sequence<String>) {
        var table = WordTable(capacity: words.underestimatedCount)
        for word in words { table.insert(word) }
        self.table = table
    }

    /// The distinct words, by number (of words equal in Swift, the first given).
    package var words: [String] { table.words }

    /// The number of the word equal to `word`, or nil.
    package func number(of word: String) -> Int? {
        table.number(of: word)
    }

    /// `number(of: keys.words[index])`, the word found by the hash read with its sentence.
    @inline(__always)
    package func number(in keys: WordKeys, at index: Int) -> Int? {
        table.number(in: keys, at: index)
    }
}
