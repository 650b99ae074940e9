extension CheckWorthiness {
    func exclusion(_ scan: TextScan) -> Exclusion? {
        if isQuestion(scan) { return .question }
        guard !scan.tokens.isEmpty else { return nil }
        let start = mayDependOnBodyStart(scan) ? bodyStart(scan) : 0
        // Most sentences match neither lexicon: their matches are not gone through.
        if scan.hasMatch(.articleDescriptions),
            scan.matches(.articleDescriptions).contains(where: { $0.tokenRange.lowerBound == start })
        {
            return .articleDescription
        }
        // "It is important to note that…" introduces a claim rather than advice.
        if scan.hasMatch(.advice),
            scan.matches(.advice).contains(where: { match in
                !(scan.word(match.tokenRange.lowerBound).hasPrefix("it")
                    && scan.isWord(match.tokenRange.upperBound, in: CheckWorthiness.noteVerbs))
            })
        {
            return .advice
        }
        if isImperative(at: start, scan) { return .advice }
        // "If you take it at night, ask your pharmacist": the main clause after a leading condition.
        // (The role read here, not in `isWord`: the set, an argument, was made ready for every sentence.)
        let subordinate =
            start < scan.roles.count
            ? scan.roles[start].contains(.subordinator) : scan.isWord(start, in: CheckWorthiness.subordinators)
        if subordinate {
            var cursor = start + 1
            while cursor < scan.count && !scan.gap(before: cursor, holds: UInt8(ascii: ",")) { cursor += 1 }
            if cursor < scan.count && isImperative(at: cursor, scan) { return .advice }
        }
        return nil
    }

    /// The sentence ends with a question mark (closing quotes and brackets aside).
    private func isQuestion(_ scan: TextScan) -> Bool {
        Self.endsWithQuestionMark(scan.bytes)
    }

    /// `isQuestion` read on a sentence's bytes.
    @inline(__always)
    static func endsWithQuestionMark(_ bytes: SentenceBytes) -> Bool {
        for byte in bytes.reversed() {
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

    /// Whether `exclusion` may answer otherwise for another `bodyStart` than 0: the body starts
    /// at one of the first eight words, and a sentence read with every word's roles whose first
    /// eight words are neither imperatives nor subordinators, and that matches no article
    /// description, is excluded for none of its first words (the others are asked about by
    /// their roles). Most sentences: their bytes are not searched for a colon.
    @inline(__always)
    func mayDependOnBodyStart(_ scan: TextScan) -> Bool {
        if scan.hasMatch(.articleDescriptions) || scan.roles.count != scan.count { return true }
        var first: Roles = []
        for index in 0..<min(scan.count, 8) { first.formUnion(scan.roles[index]) }
        return !first.isDisjoint(with: [.imperative, .subordinator])
    }

    /// The first token after a short leading label such as "Mechanism of Action:" or "Tip:".
    func bodyStart(_ scan: TextScan) -> Int {
        // Most sentences hold no colon, so no gap before their eighth word holds one.
        guard ByteSearch.contains(UInt8(ascii: ":"), in: scan.bytes) else { return 0 }
        for index in 1..<min(scan.count, 8) where scan.gap(before: index, holds: UInt8(ascii: ":")) {
            return index
        }
        return 0
    }

    /// (Inlined: its first test, a role, rules out most sentences' first words.)
    @inline(__always)
    private func isImperative(at index: Int, _ scan: TextScan) -> Bool {
        guard isWord(index, in: imperatives, role: .imperative, scan) else { return false }
        // "Use of statins…", "Keep in mind" vs "Use is rising": a noun reading when a verb or `of` follows.
        if scan.isWord(index + 1, in: Self.nounReadingFollowers) { return false }
        // Words that are nouns as often as verbs ("Talk therapy can help") need an object or a particle.
        if scan.isWord(index, in: CheckWorthiness.ambiguousImperatives) {
            return scan.isWord(index + 1, in: CheckWorthiness.imperativeFollowers)
        }
        return true
    }

    /// `scan.isWord(index, in: set)` for a set whose words have `role`: the detector's scan read
    /// each word's roles (`RoleIndex`), so a word of the sentence is not looked up again.
    @inline(__always)
    private func isWord(_ index: Int, in set: WordSet, role: Roles, _ scan: TextScan) -> Bool {
        // A scan without roles (`TextScan(_:)`) and a place outside the sentence ("", which the
        // roles do not give) are looked up in the set.
        index >= 0 && index < scan.roles.count ? scan.roles[index].contains(role) : scan.isWord(index, in: set)
    }

    /// "Use of", "Use is": the words after an imperative that make it a noun, looked up by the
    /// word's key (a `switch` over the word compared its string with each case in turn, some 400
    /// instructions for a sentence that starts with an imperative).
    static let nounReadingFollowers: WordSet = ["of", "is", "are", "was", "were", "has", "have", "can", "may", "will"]

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
