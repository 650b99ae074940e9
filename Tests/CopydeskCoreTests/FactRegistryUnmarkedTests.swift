import TestSupport
import Testing

@testable import CopydeskCore

/// A sentence that marks no group and no phrase in the registry prefilter (no exact first word, no
/// prefix of ASCII bytes found) gets the entries whose phrases are always tried without a pass
/// over the entries, and makes no answers of its own until a group's prefixes are asked.
@Suite struct FactRegistryUnmarkedTests {
    typealias Word = FactRegistryMatcher.Word

    /// Over generated registries (some with phrases that start with a wildcard or a prefix, some
    /// with a non-ASCII prefix, read entry by entry) and sentences mostly of words no entry holds,
    /// with at most one that an entry starts with: `entriesMayMatch` lists the entries the plain
    /// reading gives. Answering an unmarked sentence with no entry, or with the always-tried
    /// phrases' entries' groups as well, fails it.
    @Test func entriesMayMatchAreThePlainReadingForSentencesThatMarkLittle() {
        let plainStems = ["vaccin", "caus", "autis", "ab"]
        let exact = ["vaccines", "autism", "heal", "all", "cure"]
        let others = ["the", "and", "of", "écure", "naïveté", "x", "Ébola", "a", "is", "good", "ÁB"]
        let phraseList = ["vaccines cause autism", "vaccin* harm", "* cures", "heal all", "naï* things"]
        var random = SplitMix(seed: 2_725)
        func pick(_ list: [String]) -> String { list[random.next(list.count)] }
        var compared = 0
        var unmarked = 0
        var listedUnmarked = 0
        for _ in 0..<150 {
            let stems = random.next(4) == 0 ? plainStems + ["naï"] : plainStems
            let entries = 3 + random.next(10)
            let phrases: [[String]] = (0..<entries).map { _ in random.next(3) == 0 ? [pick(phraseList)] : [] }
            let groups: [[[[Word]]]] = (0..<entries).map { _ in
                (0..<random.next(3)).map { _ in
                    (0..<(1 + random.next(3))).map { _ in
                        [Word(random.next(3) == 0 ? pick(exact) : pick(stems) + "*")]
                    }
                }
            }
            let prefilter = FactRegistryPrefilter(phrases: phrases, groups: groups)
            for _ in 0..<40 {
                var words = (0..<random.next(12)).map { _ in pick(others) }
                if random.next(3) == 0 {
                    words.insert(pick(stems + exact) + pick(["", "es", "s"]), at: random.next(words.count + 1))
                }
                let read = SentenceText(words.joined(separator: " "))
                var expected: [Int] = []
                // Asked entry by entry too: the answers of a sentence that marked nothing are
                // made only when a group's prefixes are asked.
                var perEntry = prefilter.candidates(read)
                for entry in 0..<entries {
                    let plain = FactRegistryPrefilterTests.plainAnswers(
                        phrases: phrases[entry], groups: groups[entry], words: Array(read.words))
                    if plain[0] || plain[1] { expected.append(entry << 2 | (plain[0] ? 1 : 0) | (plain[1] ? 2 : 0)) }
                    let asked = [perEntry.phrasesMayMatch(entry: entry), perEntry.groupsMayMatch(entry: entry)]
                    #expect(asked == plain, "\(words) \(phrases[entry]) \(groups[entry])")
                }
                var candidates = prefilter.candidates(read)
                let answers = candidates.entriesMayMatch()
                #expect(answers == expected, "\(words) \(phrases) \(groups)")
                compared += 1
                if !candidates.marked {
                    unmarked += 1
                    listedUnmarked += answers.count
                }
            }
        }
        #expect(compared == 6_000)
        #expect(unmarked > 2_000)
        #expect(listedUnmarked > 500)
    }
}
