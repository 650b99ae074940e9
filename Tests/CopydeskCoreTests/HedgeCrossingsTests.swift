import Testing

@testable import CopydeskCore

/// `HedgeCrossings.cross(at:_:)` passes over the cuts whose word after the edge is not the
/// token there; it must answer as trying every entry cut at every place would.
@Suite struct HedgeCrossingsTests {
    /// Whether an entry matches words on both sides of `index`, every entry tried at every cut.
    private func crossesPlainly(_ phrases: [String], at index: Int, _ words: [String]) -> Bool {
        for phrase in phrases {
            let entry = LexiconWord.words(of: phrase)
            guard entry.count >= 2 else { continue }
            for split in 1..<entry.count {
                let start = index - split
                guard start >= 0, start + entry.count <= words.count else { continue }
                let matched = entry.indices.allSatisfy { offset in
                    if case .exact(let text) = entry[offset] { return words[start + offset] == text }
                    return true
                }
                if matched { return true }
            }
        }
        return false
    }

    @Test func crossingsAreThoseOfEveryEntryCutEverywhere() {
        let phrases =
            HedgeLexicon.builtIn.cues.map(\.pattern) + HedgeLexicon.builtIn.exceptions + [
                "caf\u{E9} may", "no * could", "it is [likely]", "be* that", "x * * y",
            ]
        let crossings = HedgeCrossings(phrases)
        let texts = [
            "it is possible that the drug works", "it is likely that", "it may be that it could be",
            "more research is needed to be sure", "it seems that no one could say", "cafe\u{301} may help",
            "caf\u{E9} may help", "x a b y", "believe that it is", "this is not clear whether it may",
            "in some cases it appears that", "to some extent", "IT IS possible",
        ]
        var crossed = 0
        for text in texts {
            let words = text.split(separator: " ").map(String.init)
            for index in 1..<words.count {
                let plain = crossesPlainly(phrases, at: index, words)
                #expect(crossings.cross(at: index, words) == plain, "\(text) at \(index)")
                if plain { crossed += 1 }
            }
        }
        #expect(crossed >= 20)
    }
}
