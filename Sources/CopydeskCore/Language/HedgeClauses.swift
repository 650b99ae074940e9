/// Splits text into clauses, the unit in which hedges stack.
///
/// A clause ends at `; : ( ) . ! ?`, a dash, or a line break; before a conjunction or relative
/// pronoun that opens a new clause (but, although, though, whereas, while, however, yet,
/// because, unless, which, who, how, why); before `and`, `or`, `so`, `as`, `where`, a subject
/// pronoun or an -ing participle after a comma ("…, potentially leading to…", "…, they may");
/// and a clause opened by a subordinator (although, while, if, because…) ends at its first comma. "It might be that
/// cold exposure could perhaps help" is one clause; "…, although this is arguably unclear" another.
public enum HedgeClauses {
    static let openers: WordSet = [
        "but", "although", "though", "whereas", "while", "whilst", "however", "yet", "because", "unless",
        "which", "who", "whom", "whose", "why", "how",
    ]
    static let openersAfterComma: WordSet = ["and", "or", "so", "then", "nor", "as", "where"]
    /// Subject pronouns: after a comma they start a new clause ("…, they may differ").
    static let subjects: WordSet = ["they", "it", "we", "he", "she", "you", "i", "there", "this", "these"]
    static let subordinators: WordSet = [
        "although", "though", "while", "whilst", "whereas", "because", "since", "unless", "if", "when",
    ]

    /// UTF-8 byte ranges of the clauses of `text`, from each clause's first word to its last.
    public static func ranges(in text: String) -> [Range<Int>] {
        ranges(in: HedgeText(text))
    }

    /// The same for a sentence already read (see `SentenceText.all(in:)`).
    package static func ranges(in text: SentenceText) -> [Range<Int>] {
        ranges(in: HedgeText(text))
    }

    static func ranges(in text: HedgeText) -> [Range<Int>] {
        guard text.count > 0 else { return [] }
        var clauses: [Range<Int>] = []
        // Room for a few clauses made once: grown range by range, the array was made again at
        // one and two clauses (about 300 instructions each); a longer sentence grows it as before.
        clauses.reserveCapacity(4)
        var first = 0
        // The words are looked up by the keys read with the sentence (`WordSet.contains(in:at:)`).
        var subordinate = subordinators.contains(in: text.keys, at: 0)
        for index in 1..<text.count {
            // After one space (most words) only an opener breaks: no comma, no clause break.
            let breaks: Bool
            if text.isOneSpace(before: index) {
                breaks = openers.contains(in: text.keys, at: index)
            } else {
                let word = text.words[index]
                let comma = text.hasComma(before: index)
                breaks =
                    text.startsClause(at: index) || openers.contains(in: text.keys, at: index)
                    || (comma
                        && (openersAfterComma.contains(in: text.keys, at: index) || subordinate
                            || subordinators.contains(in: text.keys, at: index)
                            || subjects.contains(in: text.keys, at: index) || isParticiple(word)
                            || (word.hasSuffix("ly") && isParticiple(text.word(index + 1) ?? ""))))
            }
            guard breaks else { continue }
            clauses.append(text.tokens[first].range.lowerBound..<text.tokens[index - 1].range.upperBound)
            first = index
            subordinate = subordinators.contains(in: text.keys, at: index)
        }
        clauses.append(text.tokens[first].range.lowerBound..<text.tokens[text.count - 1].range.upperBound)
        return clauses
    }

    /// An -ing word that can open a participle clause: raising, leading, suggesting.
    static func isParticiple(_ word: String) -> Bool {
        word.count > 5 && word.hasSuffix("ing") && !word.utf8.contains(UInt8(ascii: "-"))
    }
}
