import TestSupport
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

    /// Over a block's words joined from its sentences, the edge's words looked up by their
    /// sentences' keys cross where their strings do (`cross(at:_:)` of the same words as an array),
    /// at every index of many generated blocks (non-ASCII words, capitals and empty sentences among them).
    @Test func joinedWordsCrossByTheirKeysAsByTheirStrings() {
        let extra = ["caf\u{E9} may", "no * could"]
        let phrases = HedgeLexicon.builtIn.cues.map(\.pattern) + HedgeLexicon.builtIn.exceptions + extra
        let crossings = HedgeCrossings(phrases)
        let vocabulary = [
            "it", "is", "possible", "that", "may", "be", "likely", "IT", "Is", "no", "one", "could", "caf\u{E9}",
            "cafe\u{301}", "more", "research", "needed", "to", "some", "extent", "seems", "don’t", "know", "whether",
        ]
        var random = SplitMix(seed: 31)
        var crossed = 0
        for _ in 0..<1_000 {
            let sentences = (0..<(1 + random.next(4))).map { _ in
                (0..<random.next(6)).map { _ in vocabulary[random.next(vocabulary.count)] }.joined(separator: " ")
            }
            let texts = sentences.map { SentenceText($0) }
            let pieces = texts.indices.map { Article.Piece(sentence: $0, offset: 0) }
            let joined = JoinedWords(pieces: pieces, texts: texts)
            let words = texts.flatMap { Array($0.words) }
            #expect(Array(joined) == words)
            guard words.count >= 2 else { continue }
            for index in 1..<words.count {
                let expected = crossings.cross(at: index, words)
                #expect(crossings.cross(at: index, in: joined) == expected, "\(sentences) at \(index)")
                if expected { crossed += 1 }
            }
        }
        #expect(crossed > 60)
    }

    /// At the edge between two sentences long enough for every cut, the crossing read on the two
    /// sentences alone (`cross(before:after:)`) is the one read on the block's joined words,
    /// with sentences before and after them; a sentence too short is left to the joined words.
    @Test func edgesBetweenLongSentencesCrossAsTheJoinedWordsDo() {
        let extra = ["caf\u{E9} may", "no * could", "it is * that"]
        let phrases = HedgeLexicon.builtIn.cues.map(\.pattern) + HedgeLexicon.builtIn.exceptions + extra
        let crossings = HedgeCrossings(phrases)
        let vocabulary = [
            "it", "is", "possible", "that", "may", "be", "likely", "IT", "Is", "no", "one", "could", "caf\u{E9}",
            "cafe\u{301}", "more", "research", "needed", "to", "some", "extent", "seems", "don’t", "know", "whether",
            "not", "clear", "remains", "unclear", "appears",
        ]
        var random = SplitMix(seed: 37)
        var read = 0
        var crossed = 0
        for _ in 0..<3_000 {
            let sentences = (0..<(2 + random.next(3))).map { _ in
                (0..<random.next(12)).map { _ in vocabulary[random.next(vocabulary.count)] }.joined(separator: " ")
            }
            let texts = sentences.map { SentenceText($0) }
            let pieces = texts.indices.map { Article.Piece(sentence: $0, offset: 0) }
            let joined = JoinedWords(pieces: pieces, texts: texts)
            var edge = 0
            var before: Int?
            for (index, text) in texts.enumerated() where text.keys.count > 0 {
                if let before {
                    let expected = crossings.cross(at: edge, in: joined)
                    if let apart = crossings.cross(before: texts[before].keys, after: text.keys) {
                        #expect(apart == expected, "\(sentences) at \(edge)")
                        read += 1
                        if apart { crossed += 1 }
                    }
                }
                edge += text.keys.count
                before = index
            }
        }
        #expect(read > 1_000)
        #expect(crossed > 50)
    }
}
