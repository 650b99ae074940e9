import TestSupport
import Testing

@testable import CopydeskCore

/// When a word first starts with a prefix of ASCII bytes, the registry prefilter marks every group
/// with a variant starting with it, and `entriesMayMatch` reads the groups' marks alone.
@Suite struct FactRegistryStemGroupsTests {
    typealias Word = FactRegistryMatcher.Word

    /// Over generated registries whose groups share a few ASCII prefixes (each in many groups of
    /// many entries, beside exact words and, in some registries, a non-ASCII prefix) and
    /// sentences: `entriesMayMatch` lists the entries the plain reading gives (a phrase's first
    /// word in the sentence; each group with a variant whose first word matches a word). Marking
    /// only the first group a prefix starts, or reading an unmarked group as matched, fails it.
    @Test func entriesMayMatchAreThePlainReading() {
        let plainStems = ["vaccin", "caus", "a", "autis", "hydroxychloroquin", "ab"]
        let exact = ["vaccines", "autism", "heal", "all", "cure", "café", "e"]
        let suffixes = ["", "", "e", "es", "ation", "\u{301}", "s", "ine", "b"]
        let others = ["écure", "naïveté", "the", "and", "Vaccine", "HYDROXYCHLOROQUINE", "x", "of", "a", "ÁB"]
        let phraseList = ["vaccines cause autism", "vaccin* harm", "* cures", "heal all"]
        var random = SplitMix(seed: 2_724)
        func pick(_ list: [String]) -> String { list[random.next(list.count)] }
        var compared = 0
        var groupMatches = 0
        for _ in 0..<150 {
            let stems = random.next(4) == 0 ? plainStems + ["naï"] : plainStems
            let entries = 4 + random.next(12)
            let phrases: [[String]] = (0..<entries).map { _ in
                random.next(3) == 0 ? [pick(phraseList)] : []
            }
            let groups: [[[[Word]]]] = (0..<entries).map { _ in
                (0..<random.next(4)).map { _ in
                    (0..<(1 + random.next(3))).map { _ in
                        [Word(random.next(3) == 0 ? pick(exact) : pick(stems) + "*")]
                    }
                }
            }
            let prefilter = FactRegistryPrefilter(phrases: phrases, groups: groups)
            for _ in 0..<40 {
                let length = random.next(10) == 0 ? 60 + random.next(20) : random.next(10)
                let sentence = (0..<length).map { _ in
                    let word = random.next(3) == 0 ? pick(others) : pick(stems + exact) + pick(suffixes)
                    return random.next(6) == 0 ? word.uppercased() : word
                }.joined(separator: " ")
                let read = SentenceText(sentence)
                var candidates = prefilter.candidates(read)
                var expected: [Int] = []
                for entry in 0..<entries {
                    let plain = FactRegistryPrefilterTests.plainAnswers(
                        phrases: phrases[entry], groups: groups[entry], words: Array(read.words))
                    if plain[0] || plain[1] { expected.append(entry << 2 | (plain[0] ? 1 : 0) | (plain[1] ? 2 : 0)) }
                    if plain[1] { groupMatches += 1 }
                }
                #expect(candidates.entriesMayMatch() == expected, "\(sentence) \(phrases) \(groups)")
                compared += 1
            }
        }
        #expect(compared == 6_000)
        #expect(groupMatches > 3_000)
    }
}
