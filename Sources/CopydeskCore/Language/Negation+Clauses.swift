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

    /// Whether the word at `index`, whose roles are `roles` (not empty), opens a clause: a clause
    /// opener ("instead" only before "of"), or `and`, `or`, `so`, `then` before a subject pronoun.
    /// The clauses of a sentence are numbered as its scope is made (`init(bytes:tokens:keys:)`).
    @inline(__always)
    static func opensClause(_ words: SentenceWords, _ roles: Roles, at index: Int) -> Bool {
        if roles.contains(.clauseOpener) {
            // "even if", "as if", "only when": still a new clause; "instead of" only opens one.
            return words[index] != "instead" || (index + 1 < words.count && words[index + 1] == "of")
        }
        if roles.contains(.conjunction) {
            return index + 1 < words.count && subjectPronouns.contains(words[index + 1])
        }
        return false
    }

    /// Whether clause punctuation stands in the gap between two tokens (`, ; : ! ? ( ) [ ]`, a
    /// spaced hyphen, an en or em dash).
    @inline(__always)
    static func gapBreaksClause(_ bytes: SentenceBytes, _ gap: Range<Int>) -> Bool {
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
