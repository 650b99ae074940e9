import TestSupport
import Testing

@testable import CopydeskCore

/// `MedicalWordClasses.forEachMember(in:)` finds the words of several lists in one pass, most
/// ruled out by their hashes: the members and classes of looking every word up in each list.
@Suite struct MedicalWordClassesTests {
    @Test func membersAreTheWordsOfEachList() {
        var random = SplitMix(state: 83)
        let listSets: [[[String]]] = [
            [["hope", "hopes", "so-called", "claim"], ["promising", "preliminary"], ["one", "some", "in"]],
            [["usually", "often", "rarely", "half", "most", "many", "some"]],
            // A list with a word that is not ASCII, and one word in two lists.
            [["caf\u{E9}", "na\u{EF}ve", "hope"], ["hope", "day"], [], ["x"]],
        ]
        let vocabulary = [
            "hope", "Hopes", "HOPE", "so-called", "claim", "claims", "promising", "Preliminary", "one", "some", "in",
            "usually", "Often", "rarely", "half", "most", "many", "day", "x", "X", "caf\u{E9}", "Caf\u{E9}",
            "cafe\u{301}", "na\u{EF}ve", "it", "cures", "acne", "the", "a", "100%", "½", "hope\u{2019}s", ",",
        ]
        var members = 0
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 1...16, using: &random)).map { _ in
                vocabulary.randomElement(using: &random)!
            }.joined(separator: " ")
            let read = SentenceText(text)
            for lists in listSets {
                let classes = MedicalWordClasses(lists)
                let sets = lists.map { WordSet($0) }
                var found: [(Int, UInt8)] = []
                classes.forEachMember(in: read.keys) { found.append(($0, $1.rawValue)) }
                var expected: [(Int, UInt8)] = []
                for (index, word) in read.words.enumerated() {
                    var bits: UInt8 = 0
                    for (position, set) in sets.enumerated() where set.contains(word) { bits |= 1 << UInt8(position) }
                    if bits != 0 { expected.append((index, bits)) }
                }
                #expect(found.map(\.0) == expected.map(\.0), "\(text)")
                #expect(found.map(\.1) == expected.map(\.1), "\(text)")
                // Asked one member after another, from every index: the next of the plain members.
                for start in 0...read.words.count {
                    let next = classes.firstMember(in: read.keys, from: start)
                    let plain = expected.first { $0.0 >= start }
                    #expect(next?.index == plain?.0, "\(text) \(start)")
                    #expect(next?.classes.rawValue == plain?.1, "\(text) \(start)")
                }
                members += found.count
            }
        }
        #expect(members > 5_000)
    }
}
