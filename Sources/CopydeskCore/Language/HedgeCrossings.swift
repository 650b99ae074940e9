/// The hedge lexicon's entries of two words or more, cut at each place a sentence's edge could
/// fall inside a match: what tells whether a match may run from one sentence into the next.
struct HedgeCrossings: Sendable {
    /// An entry's words and how many of them stand before the edge.
    private struct Cut: Sendable {
        var words: [LexiconWord]
        var split: Int
        /// The number in `nextWords` of the word just after the edge when it is an exact word,
        /// -1 otherwise: a cut whose next word is not the token at the edge is not compared.
        var next: Int = -1
    }

    /// Cuts whose word just before the edge is an exact word, by that word: `lastWords` numbers
    /// the words (a lookup hashes a word's bytes once, where a `[String: [Cut]]` ran a seeded
    /// SipHash over it at every edge), and `byLastWord` holds each number's cuts.
    private let lastWords: WordTable
    private let byLastWord: [[Cut]]
    /// The exact words just after the edge of the cuts in `byLastWord`: at an edge, the token
    /// after it is looked up once, and each cut (an entry word `it` or `is` ends dozens) is
    /// passed over on a number, rather than compared word by word from its start.
    private let nextWords: WordTable
    /// Cuts whose word just before the edge is a prefix or `*`: tried at every edge.
    private let others: [Cut]
    /// The most words any cut reads before the edge, and after it (from the edge's word on).
    private let reachBefore: Int
    private let reachAfter: Int

    /// - Parameter phrases: the entries a `PhraseMatcher` is built from.
    init(_ phrases: [String]) {
        // Unfiltered: the table answers as a `[String: Int]` of its words would.
        var lastWords = WordTable(filtered: false)
        var nextWords = WordTable(filtered: false)
        var byLastWord: [[Cut]] = []
        var others: [Cut] = []
        // The most words of an entry that is cut: its cuts read up to one fewer on each side.
        var longest = 1
        for phrase in phrases {
            let words = LexiconWord.words(of: phrase)
            guard words.count >= 2 else { continue }
            longest = max(longest, words.count)
            for split in 1..<words.count {
                var cut = Cut(words: words, split: split)
                if case .exact(let word) = words[split - 1] {
                    let (number, isNew) = lastWords.insert(word)
                    if isNew { byLastWord.append([]) }
                    if case .exact(let next) = words[split] { cut.next = nextWords.insert(next).number }
                    byLastWord[number].append(cut)
                } else {
                    others.append(cut)
                }
            }
        }
        self.lastWords = lastWords
        self.nextWords = nextWords
        self.byLastWord = byLastWord
        self.others = others
        reachBefore = longest - 1
        reachAfter = longest - 1
    }

    /// Whether some entry matches the words on both sides of token `index` (`0 < index <
    /// words.count`): its first words end just before `index`, the rest start there. A prefix
    /// or `*` in an entry is taken to match any word, so no such match is missed.
    func cross<Words: RandomAccessCollection<String>>(at index: Int, _ words: Words) -> Bool where Words.Index == Int {
        cross(at: index, words, last: lastWords.number(of: words[index - 1])) { nextWords.number(of: words[index]) }
    }

    /// `cross(at:_:)` of a block's words joined from its sentences, the two words at the edge
    /// looked up by the keys read with their sentences (the tables answer as for the strings),
    /// not by hashing their strings again.
    func cross(at index: Int, in words: JoinedWords) -> Bool {
        let last = words.keys(of: index - 1)
        return cross(at: index, words, last: lastWords.number(in: last.keys, at: last.at)) {
            let next = words.keys(of: index)
            return nextWords.number(in: next.keys, at: next.at)
        }
    }

    /// `cross(at:in:)` at the edge between two sentences of a block whose words are `before`
    /// and `after` (the sentences with words next to each other), when each holds as many
    /// words as any cut reads on its side: every word a cut compares is one of theirs, read
    /// in place (no block's words joined, no search for a word's sentence). Nil when a cut
    /// could read past either sentence.
    func cross(before: WordKeys, after: WordKeys) -> Bool? {
        guard before.count >= reachBefore, after.count >= reachAfter, before.count > 0, after.count > 0 else {
            return nil
        }
        let words = EdgeWords(before: before.words, after: after.words)
        return cross(
            at: before.count, words, last: lastWords.number(in: before, at: before.count - 1),
            next: { nextWords.number(in: after, at: 0) })
    }

    /// `cross(at:_:)`, given the number of the word before the edge in `lastWords` and how to
    /// find the number of the word after it in `nextWords`.
    @inline(__always)
    private func cross<Words: RandomAccessCollection<String>>(
        at index: Int, _ words: Words, last: Int?, next nextNumber: () -> Int?
    ) -> Bool where Words.Index == Int {
        if let number = last {
            // The tables answer as `==` of the words would, as `matches` compares them.
            let next = nextNumber() ?? -2
            let crossing = byLastWord[number].contains { cut in
                (cut.next < 0 || cut.next == next) && Self.matches(cut, at: index, words)
            }
            if crossing { return true }
        }
        return others.contains { Self.matches($0, at: index, words) }
    }

    private static func matches<Words: RandomAccessCollection<String>>(_ cut: Cut, at index: Int, _ words: Words)
        -> Bool
    where Words.Index == Int {
        let start = index - cut.split
        guard start >= 0, start + cut.words.count <= words.count else { return false }
        for (offset, word) in cut.words.enumerated() {
            if case .exact(let text) = word, words[start + offset] != text { return false }
        }
        return true
    }
}

/// The words of two sentences one after the other, by index (`HedgeCrossings.cross(before:after:)`).
private struct EdgeWords: RandomAccessCollection {
    let before: SentenceWords
    let after: SentenceWords

    var startIndex: Int { 0 }
    var endIndex: Int { before.count + after.count }

    subscript(index: Int) -> String {
        index < before.count ? before[index] : after[index - before.count]
    }
}
