/// How `FactRegistryMatcher` tells a sentence that makes a claim from one that denies or debunks it.
enum FactRegistryDebunking {
    /// Words that, anywhere in a sentence, show it reports or refutes the claim rather than making it.
    static let debunkingWords: Set<String> = [
        "myth", "myths", "misconception", "misconceptions", "misinformation", "disinformation", "falsely", "wrongly",
        "incorrectly", "mistakenly", "erroneously", "debunk", "debunked", "debunks", "debunking", "disproved",
        "disproven", "disprove", "refuted", "refutes", "refute", "discredited", "retracted", "unfounded", "baseless",
        "untrue", "hoax", "rumor", "rumors", "rumour", "rumours", "dispelled", "dispel", "fear", "fears", "feared",
        "worry", "worries", "worried", "misleading", "conspiracy", "unsupported", "unproven", "fake",
    ]

    /// Phrases that debunk: "no evidence", "contrary to", "not true".
    static let debunkingPhrases: [[String]] = [
        ["no", "evidence"], ["no", "link"], ["no", "proof"], ["no", "connection"], ["no", "association"],
        ["no", "scientific"], ["not", "true"], ["contrary", "to"], ["lack", "of", "evidence"], ["there", "is", "no"],
        ["there", "are", "no"], ["never", "been", "shown"], ["not", "supported"], ["does", "not", "support"],
        ["do", "not", "support"], ["claim", "that"], ["claims", "that"], ["claimed", "that"], ["believe", "that"],
        ["believed", "that"], ["belief", "that"], ["some", "people", "believe"], ["is", "false"], ["are", "false"],
        ["was", "false"],
    ]

    /// `debunkingWords` and the first words of `debunkingPhrases`, numbered (a lookup without
    /// Swift's string hashing, with `Set<String>`'s answers), so each word of a sentence is looked
    /// up once; the phrases by their first word's number, and whether that word debunks alone.
    /// Read through three statics: the tuple was copied out for every sentence (each array of
    /// the table retained and released).
    private static let debunkingTable: WordTable = debunking.words
    private static let debunkingPhrasesByWord: [[[String]]] = debunking.phrases
    private static let debunksAlone: [Bool] = debunking.alone

    private static let debunking: (words: WordTable, phrases: [[[String]]], alone: [Bool]) = {
        var table = WordTable(filtered: false)
        var phrases: [[[String]]] = []
        var alone: [Bool] = []
        for word in debunkingWords where table.insert(word).isNew {
            phrases.append([])
            alone.append(true)
        }
        for phrase in debunkingPhrases {
            let (number, isNew) = table.insert(phrase[0])
            if isNew {
                phrases.append([])
                alone.append(false)
            }
            phrases[number].append(phrase)
        }
        return (table, phrases, alone)
    }()

    /// Whether a word of the sentence whose keys are `keys` debunks, or a debunking phrase starts
    /// there. Each word is looked up by its key (`WordTable.number(in:at:)`: an ASCII word by
    /// the hash read with the sentence, not its string hashed again); the phrase's words are
    /// compared as strings, only after their first word is found.
    static func isDebunking(_ keys: WordKeys) -> Bool {
        for index in 0..<keys.count {
            guard let number = debunkingTable.number(in: keys, at: index) else { continue }
            if debunksAlone[number] { return true }
            let words = keys.words
            for phrase in debunkingPhrasesByWord[number] where index + phrase.count <= words.count {
                if phrase.indices.allSatisfy({ words[index + $0] == phrase[$0] }) { return true }
            }
        }
        return false
    }

    /// Whether a negation reaches the match: a cue inside the matched span (outside the entry's
    /// own wording, which may hold a negation of its own), one shortly before it in its clause,
    /// or one that denies the whole sentence (see `NegationScope`).
    static func isNegated(span: Range<Int>, exempt: Range<Int>?, negation: NegationScope) -> Bool {
        for cue in negation.cues where span.contains(cue) && !(exempt?.contains(cue) ?? false) { return true }
        return negation.cue(negating: span.lowerBound..<(span.lowerBound + 1), window: 5) != nil
    }

    /// The distinct clause numbers of `clauseIndex`, in order (`Set(clauses).sorted()`), read
    /// with a flag per number: they are small (each new clause takes the next one from 0).
    static func distinct(_ clauses: [Int]) -> [Int] {
        guard let largest = clauses.max() else { return [] }
        guard clauses.allSatisfy({ $0 >= 0 }), largest < 4 * clauses.count + 64 else { return Set(clauses).sorted() }
        var seen = [Bool](repeating: false, count: largest + 1)
        for clause in clauses { seen[clause] = true }
        return seen.indices.filter { seen[$0] }
    }

    /// The words that start a new clause.
    private static let clauseWords: WordSet = ["but", "whereas", "although", "though", "while", "however"]

    /// The clause number of each word of `read`: `;`, `:`, a dash, a bracket or "but"/"whereas"
    /// starts a new clause.
    static func clauseIndex(_ read: SentenceText) -> [Int] {
        clauses(read).clauses
    }

    /// `clauseIndex(read)` and its distinct clause numbers in order (`distinct` of it): the
    /// numbers below 64 noted in a mask as the tokens get them, and read from it (one array
    /// made at its size; `distinct` made an array of flags and grew its answer), unless a
    /// number is 64 or more.
    static func clauses(_ read: SentenceText) -> (clauses: [Int], order: [Int]) {
        var seen: UInt64 = 0
        var large = false
        let clauses = clauseIndex(read, seen: &seen, large: &large)
        guard !large else { return (clauses, distinct(clauses)) }
        let order = [Int](unsafeUninitializedCapacity: seen.nonzeroBitCount) { order, count in
            var rest = seen
            count = 0
            while rest != 0 {
                order[count] = rest.trailingZeroBitCount
                count += 1
                rest &= rest &- 1
            }
        }
        return (clauses, order)
    }

    /// `clauseIndex(read)`, setting bit `n` of `seen` for each clause number `n` below 64 a
    /// token gets, and `large` when one gets a larger number.
    ///
    /// The words are looked up by their keys (`WordSet.contains(in:at:)`, `Set<String>.contains`
    /// of the folded word: none of the clause words holds a `’`, so it is the token's text that
    /// equals one or none), and the tokens' ranges are read in place: a `switch` over each
    /// token's text compared it with the words one by one (a call each), after copying the
    /// token (its text retained and released).
    private static func clauseIndex(_ read: SentenceText, seen: inout UInt64, large: inout Bool) -> [Int] {
        let keys = read.keys
        let bytes = read.bytes
        return read.tokens.withUnsafeBufferPointer { tokens in
            var result: [Int] = []
            result.reserveCapacity(tokens.count)
            var clause = 0
            var next = 1
            // A parenthesis is a clause of its own; after it, the clause it interrupted goes on.
            var outer: [Int] = []
            var previousEnd = 0
            for index in tokens.indices {
                for offset in previousEnd..<max(previousEnd, tokens[index].range.lowerBound) {
                    switch bytes[offset] {
                    case UInt8(ascii: ";"), UInt8(ascii: ":"):
                        clause = next
                        next += 1
                    case UInt8(ascii: "("):
                        outer.append(clause)
                        clause = next
                        next += 1
                    case UInt8(ascii: ")"):
                        clause = outer.popLast() ?? clause
                    case 0xE2 where ClaimStrengthClassifier.isDash(bytes, at: offset):
                        clause = next
                        next += 1
                    default: break
                    }
                }
                if clauseWords.contains(in: keys, at: index) {
                    clause = next
                    next += 1
                }
                if clause < 64 { seen |= 1 &<< UInt64(truncatingIfNeeded: clause) } else { large = true }
                result.append(clause)
                previousEnd = tokens[index].range.upperBound
            }
            return result
        }
    }
}
