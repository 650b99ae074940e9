extension NegationScope {
    /// Words that negate what follows them in their clause.
    public static let singleWordCues: Set<String> = Set([
        "not", "no", "never", "none", "nothing", "nobody", "neither", "nor", "without", "cannot",
        "lack", "lacks", "lacking", "unproven", "unsupported",
    ]).union(contractedNegatives)

    /// Contracted negative auxiliaries.
    public static let contractedNegatives: Set<String> = [
        "can't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't",
        "shouldn't", "couldn't", "hasn't", "haven't", "hadn't", "mustn't", "needn't", "ain't", "cannot",
    ]

    /// Words that deny the whole sentence they stand in: "it is a myth that …", "… is false".
    public static let sentenceWideCues: Set<String> = [
        "myth", "myths", "misconception", "misconceptions", "false", "untrue", "debunked", "debunks", "debunk",
    ]

    /// Two-word cues: "fails to prevent", "unable to cure".
    static let twoWordCues: Set<[String]> = [
        ["fail", "to"], ["fails", "to"], ["failed", "to"], ["unable", "to"], ["little", "evidence"],
    ]

    /// Emphatic phrases that start with a negation word but negate nothing.
    static let notCues: Set<[String]> = [
        ["not", "only"], ["not", "just"], ["not", "merely"], ["not", "least"], ["not", "surprisingly"],
        ["not", "to", "mention"], ["no", "doubt"], ["no", "question"], ["no", "wonder"], ["no", "less"],
        ["without", "doubt"], ["without", "a", "doubt"], ["nothing", "short"], ["nothing", "but"],
        ["never", "been", "easier"], ["never", "before"],
    ]

    static let auxiliaries: WordSet = [
        "is", "are", "was", "were", "does", "do", "did", "has", "have", "had", "will", "can", "would", "should",
        "could", "may", "might", "must",
    ]

    /// `contractedNegatives` and "never": a negated verb of their own after a noun phrase.
    static let negativeVerbs = WordSet(contractedNegatives.union(["never"]))

    static let adverbs: WordSet = ["still", "yet", "also", "always", "really", "actually", "currently"]

    /// `notCues` by their first word.
    private static let notCuesByFirstWord: [String: [[String]]] = Dictionary(grouping: notCues, by: { $0[0] })
    /// Every word a cue or a not-cue can start with: one set lookup rules most words out.
    static let firstWords = WordSet(singleWordCues).union(notCues.map { $0[0] })
        .union(twoWordCues.map { $0[0] })

    /// Whether a negation cue starts at `index`.
    static func isCue(_ words: SentenceWords, at index: Int) -> Bool {
        let word = words[index]
        guard firstWords.contains(word) else { return false }
        for phrase in notCuesByFirstWord[word] ?? [] where index + phrase.count <= words.count {
            if words[index..<(index + phrase.count)].elementsEqual(phrase) { return false }
        }
        if word == "no", index + 1 < words.count, words[index + 1].first?.isNumber == true { return false }
        if singleWordCues.contains(word) { return true }
        guard index + 1 < words.count else { return false }
        return twoWordCues.contains([word, words[index + 1]])
    }
}
