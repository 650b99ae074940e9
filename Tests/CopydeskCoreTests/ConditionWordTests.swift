import Testing

@testable import CopydeskCore

/// `MedicalLexicon.isConditionWord` rules ASCII words out by their last byte before comparing
/// endings: its answers are those of the endings and exceptions read as strings.
@Suite struct ConditionWordTests {
    static func reference(_ word: String) -> Bool {
        guard word.count > 5, !MedicalLexicon.conditionSuffixExceptions.contains(word) else { return false }
        return MedicalLexicon.conditionSuffixes.contains { word.hasSuffix($0) }
    }

    @Test func endingsAreReadAsStringsReadThem() {
        var words = [
            "arthritis", "osteoporosis", "anaemia", "melanoma", "neuropathy", "myalgia", "arachnophobia",
            "diagnosis", "nostalgia", "coma", "empathy", "happy", "itis", "cinema", "ghosts", "notes", "sympathy",
            "gastritis", "na\u{EF}vety", "caf\u{E9}itis", "xitis\u{301}", "leukemias",
        ]
        for suffix in MedicalLexicon.conditionSuffixes {
            for stem in ["", "a", "ab", "abcd", "abcdefg"] {
                words.append(stem + suffix)
                words.append(stem + suffix + "x")
            }
        }
        for word in words {
            #expect(MedicalLexicon.isConditionWord(word) == Self.reference(word), "\(word)")
        }
    }
}
