extension NegationScope {
    /// Words that open a new clause: contrast, concession, condition, cause.
    public static let clauseOpeners: Set<String> = [
        "but", "although", "though", "however", "whereas", "while", "unless", "unlike", "except", "because",
        "whether", "if", "when", "instead",
    ]

    /// Subject pronouns after which `and`, `or` and `so` start a new clause ("…, and it cures").
    static let subjectPronouns: WordSet = [
        "it", "they", "this", "these", "that", "those", "you", "we", "he", "she", "i",
    ]

    /// The clause number of each token: it increases at clause punctuation between two tokens
    /// (`, ; : ! ? ( ) [ ]`, dashes) and at a clause opener. Over the sentence's bytes, with its
    /// words' roles (see `roles(of:)`).
    static func clauseNumbers(
        bytes: SentenceBytes, tokens: SentenceTokens, words: SentenceWords, roles: [Roles]
    ) -> [Int] {
        var numbers: [Int] = []
        numbers.reserveCapacity(tokens.count)
        var clause = 0
        for index in tokens.indices {
            if index > 0 {
                let gap = tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound
                // Most words have no role and open no clause: asked here, not through a call.
                if gapBreaksClause(bytes, gap) || (!roles[index].isEmpty && opensClause(words, roles, at: index)) {
                    clause += 1
                }
            }
            numbers.append(clause)
        }
        return numbers
    }

    private static func opensClause(_ words: SentenceWords, _ roles: [Roles], at index: Int) -> Bool {
        guard !roles[index].isEmpty else { return false }
        let word = words[index]
        if roles[index].contains(.clauseOpener) {
            // "even if", "as if", "only when": still a new clause; "instead of" only opens one.
            return word != "instead" || (index + 1 < words.count && words[index + 1] == "of")
        }
        if roles[index].contains(.conjunction) {
            return index + 1 < words.count && subjectPronouns.contains(words[index + 1])
        }
        return false
    }

    private static func gapBreaksClause(_ bytes: SentenceBytes, _ gap: Range<Int>) -> Bool {
        guard gap.lowerBound >= 0, gap.upperBound <= bytes.count else { return false }
        var index = gap.lowerBound
        while index < gap.upperBound {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"),
                UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"):
                return true
            case UInt8(ascii: "-"):
                // A spaced hyphen stands for a dash; hyphens inside words never reach a gap.
                return true
            case 0xE2
            where index + 2 < bytes.count && bytes[index + 1] == 0x80
                && (0x93...0x94).contains(bytes[index + 2]):
                return true  // – and —
            default: break
            }
            index += 1
        }
        return false
    }
}
