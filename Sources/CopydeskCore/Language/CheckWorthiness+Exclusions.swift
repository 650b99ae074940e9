extension CheckWorthiness {
    func exclusion(_ scan: TextScan) -> Exclusion? {
        if isQuestion(scan) { return .question }
        guard !scan.tokens.isEmpty else { return nil }
        let start = bodyStart(scan)
        if scan.matches(.articleDescriptions).contains(where: { $0.tokenRange.lowerBound == start }) {
            return .articleDescription
        }
        // "It is important to note that…" introduces a claim rather than advice.
        let adviceMatches = scan.matches(.advice).filter { match in
            !(scan.word(match.tokenRange.lowerBound).hasPrefix("it")
                && scan.isWord(match.tokenRange.upperBound, in: CheckWorthiness.noteVerbs))
        }
        if !adviceMatches.isEmpty { return .advice }
        if isImperative(at: start, scan) { return .advice }
        // "If you take it at night, ask your pharmacist": the main clause after a leading condition.
        if scan.isWord(start, in: CheckWorthiness.subordinators) {
            var cursor = start + 1
            while cursor < scan.count && !scan.gap(before: cursor, holds: UInt8(ascii: ",")) { cursor += 1 }
            if cursor < scan.count && isImperative(at: cursor, scan) { return .advice }
        }
        return nil
    }

    /// The sentence ends with a question mark (closing quotes and brackets aside).
    private func isQuestion(_ scan: TextScan) -> Bool {
        for byte in scan.bytes.reversed() {
            switch byte {
            case UInt8(ascii: "?"): return true
            // Spaces, quotes, brackets and the bytes of `”` and `’`.
            case UInt8(ascii: " "), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), 0x9D, 0x80, 0xE2, 0x99:
                continue
            default: return false
            }
        }
        return false
    }

    /// The first token after a short leading label such as "Mechanism of Action:" or "Tip:".
    func bodyStart(_ scan: TextScan) -> Int {
        for index in 1..<min(scan.count, 8) where scan.gap(before: index, holds: UInt8(ascii: ":")) {
            return index
        }
        return 0
    }

    private func isImperative(at index: Int, _ scan: TextScan) -> Bool {
        guard scan.isWord(index, in: imperatives) else { return false }
        // "Use of statins…", "Keep in mind" vs "Use is rising": a noun reading when a verb or `of` follows.
        let next = scan.word(index + 1)
        if Self.isNounReadingFollower(next) { return false }
        // Words that are nouns as often as verbs ("Talk therapy can help") need an object or a particle.
        if scan.isWord(index, in: CheckWorthiness.ambiguousImperatives) {
            return scan.isWord(index + 1, in: CheckWorthiness.imperativeFollowers)
        }
        return true
    }

    /// "Use of", "Use is": the words after an imperative that make it a noun (a `switch`: an
    /// array literal is built at every call).
    private static func isNounReadingFollower(_ word: String) -> Bool {
        switch word {
        case "of", "is", "are", "was", "were", "has", "have", "can", "may", "will": true
        default: false
        }
    }

    static let ambiguousImperatives: WordSet = [
        "talk", "use", "plan", "book", "watch", "look", "call", "check", "share", "find", "add", "put", "give",
        "skip", "write", "sign", "join", "download", "note", "drink", "start", "read",
    ]

    static let imperativeFollowers: WordSet = [
        "to", "with", "your", "the", "a", "an", "any", "all", "yourself", "it", "them", "up", "out", "about",
        "on", "off", "in", "for", "at", "this", "that", "these", "those", "more", "less", "plenty", "down", "over",
        "back", "someone", "some", "one", "our", "my", "us", "me", "whether", "if", "how", "what", "when",
    ]

    static let noteVerbs: WordSet = [
        "note", "remember", "understand", "know", "recognize", "recognise", "realize", "realise", "mention",
        "keep", "point", "stress", "emphasize", "emphasise", "highlight",
    ]

    static let subordinators: WordSet = [
        "if", "before", "when", "while", "after", "for", "during", "once", "until", "whenever", "unless", "to", "as",
    ]
}
