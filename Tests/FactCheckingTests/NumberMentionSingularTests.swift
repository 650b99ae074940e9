import TestSupport
import Testing

@testable import FactChecking

/// `NumberMention.singular` compares an ASCII word's bytes with the irregular plurals: it gives
/// what the plain reading of the string gives.
struct NumberMentionSingularTests {
    /// The plain reading: the irregular plurals compared as strings, else the word without a
    /// final `s` that does not end `ss`.
    static func plainSingular(_ word: String) -> String {
        switch word {
        case "people": "person"
        case "children": "child"
        case "women": "woman"
        case "men": "man"
        default: word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
        }
    }

    /// The plurals, their near misses (a letter changed, added or dropped, another case), words
    /// ending in `s` and `ss`, words that are not ASCII, and random words over a small alphabet.
    @Test func singularIsThePlainReading() {
        var words = [
            "people", "children", "women", "men", "peoples", "childrens", "womens", "mens", "People", "MEN",
            "Men", "peopl", "childre", "wome", "me", "peoplE", "children!", "xmen", "mem", "man", "cats",
            "glass", "s", "ss", "", "café", "cafés", "naïves", "menß", "peoplé", "childrén", "wömen",
        ]
        let alphabet = Array("menwopchildrsSMé".unicodeScalars)
        var generator = SplitMix(seed: 26)
        for _ in 0..<20_000 {
            let length = Int(generator.next() % 10)
            var word = ""
            for _ in 0..<length { word.unicodeScalars.append(alphabet[Int(generator.next() % UInt64(alphabet.count))]) }
            words.append(word)
        }
        for plural in ["people", "children", "women", "men"] {
            let bytes = Array(plural.utf8)
            for place in bytes.indices {
                for byte: UInt8 in [0x20, 0x41, 0x61, 0x7A, 0x7F, bytes[place] ^ 0x20, bytes[place] &+ 1] {
                    var changed = bytes
                    changed[place] = byte
                    words.append(String(decoding: changed, as: UTF8.self))
                }
            }
        }
        for word in words {
            #expect(NumberMention.singular(word) == Self.plainSingular(word), "\(word)")
        }
    }
}
