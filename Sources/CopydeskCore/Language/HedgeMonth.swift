/// Tells "May" the month (or the name) from "may" the modal.
enum HedgeMonth {
    static let months: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]
    /// Words after which a capitalised May is a date: in May, by May, early May, last May.
    static let timeWords: WordSet = [
        "in", "on", "during", "since", "until", "till", "by", "from", "through", "throughout", "early", "late",
        "mid", "last", "next", "this", "every", "each", "of", "before", "after",
    ]
    /// Words that join month names: May and June, April to May.
    static let joiners: WordSet = ["and", "or", "to", "through", "until", "till", "nor"]
    /// Verbs that follow May the subject, never May the modal: May is, May was.
    static let subjectVerbs: WordSet = ["is", "was", "has", "had", "saw", "brought", "will", "marks"]

    /// Whether the token at `index` (the word `may`) is the month or a name rather than the modal.
    static func isMonth(_ text: HedgeText, at index: Int) -> Bool {
        let original = text.original(index)
        guard original == "May" || original == "MAY" else { return false }
        let initial = text.startsSentence(at: index)
        let previous = initial ? nil : text.word(index - 1)
        let followsBreak = index + 1 < text.count && text.startsSentence(at: index + 1)
        let next = followsBreak ? nil : text.word(index + 1)
        // A day or a year next to it: May 5, 5 May, May 2023, May 5th.
        if next != nil, text.isNumber(index + 1) { return true }
        if previous != nil, text.isNumber(index - 1) { return true }
        if let previous, timeWords.contains(previous) { return true }
        if let next, months.contains(next) && next != "may" { return true }
        if let previous, months.contains(previous) && previous != "may" { return true }
        if let next, joiners.contains(next), let after = text.word(index + 2), months.contains(after) { return true }
        if let previous, joiners.contains(previous), index >= 2, let before = text.word(index - 2),
            months.contains(before)
        {
            return true
        }
        guard original == "May" else { return false }
        if previous != nil {
            // Mid-sentence, a modal is lowercase unless the whole line is in title case
            // ("Ketamine May Cause Hair Loss"); "Theresa May said" is a name.
            if !text.isCapitalized(index - 1) { return true }
            return next != nil && !text.isCapitalized(index + 1)
        }
        if let next, subjectVerbs.contains(next) { return true }
        return false
    }
}
