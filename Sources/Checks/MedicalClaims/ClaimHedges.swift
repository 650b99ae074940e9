/// Hedge cues that turn a medical claim into a possibility ("may prevent", "studies suggest").
///
/// A minimal list kept here until the hedging check's `HedgeCues` is shared; the medical-claim
/// checks only need to know whether a claim is hedged, not what kind of hedge it is.
enum ClaimHedges {
    /// Words that hedge what follows them in their clause.
    static let cues: Set<String> = Set([
        "may", "might", "could", "possibly", "possible", "potentially", "potential", "perhaps", "likely", "unlikely",
        "probably", "presumably", "conceivably", "hopefully", "promising", "promise", "preliminary", "whether",
    ]).union(framing)

    /// Epistemic verbs whose complement is the rest of the sentence.
    static let framing: Set<String> = [
        "suggest", "suggests", "suggested", "suggesting", "indicate", "indicates", "indicated", "indicating",
        "appear", "appears", "appeared", "seem", "seems", "seemed", "hope", "hopes", "hoped", "hoping", "believe",
        "believes", "believed", "think", "thinks", "speculate", "speculates", "hypothesize", "hypothesise",
        "hypothesized", "hypothesised",
        // Distancing: the claim is someone else's ("marketed as a cure", "supposedly reverses").
        "marketed", "touted", "advertised", "promoted", "billed", "hyped", "alleged", "allegedly", "supposedly",
        "purported", "purportedly", "so-called", "claimed", "claims", "claim",
    ]

    /// Multiword hedges, by their words.
    static let phrases: [[String]] = [
        ["it", "is", "possible"], ["to", "some", "extent"], ["in", "theory"], ["one", "day"], ["some", "day"],
    ]

    static func cueIndices(in words: [String]) -> [Int] {
        var result: [Int] = []
        for (index, word) in words.enumerated() {
            if cues.contains(word) {
                result.append(index)
                continue
            }
            for phrase in phrases where phrase[0] == word && index + phrase.count <= words.count {
                if Array(words[index..<(index + phrase.count)]) == phrase { result.append(index) }
            }
        }
        return result
    }
}
