@testable import CopydeskCore

/// The readings `ClaimStrengthScan.mainCueAndScope()` and `scope(before:)` fold into one walk,
/// each written out on its own as the scan read them before (a walk back from the cue for each
/// question: the comparisons in ClaimStrengthScopeWalkTests and the keyed-against-plain ones
/// in ClaimStrengthRecommendationBitsTests read them).
extension ClaimStrengthScan {
    /// The cue that carries the sentence's claim: the first causal or association cue, else the first comparison.
    func mainCue() -> Cue? {
        mainCueAndScope()?.cue
    }

    /// Whether a question word ("whether", "to evaluate") opens the clause before the cue.
    func isInQuestion(_ index: Int) -> Bool {
        var offset = index - 1
        while offset >= 0 {
            let scope = hasKeys ? ScopeWords.lists.of(offset, in: keys) : ScopeWords.lists.of(words[offset])
            if scope.contains(.questionScope) { return true }
            if gaps[offset + 1] || scope.contains(.clauseBreak) { return false }
            offset -= 1
        }
        return false
    }

    /// The word range of a hedge that softens the cue: in its clause, at most six words before it.
    func hedge(before index: Int) -> Range<Int>? {
        var offset = index - 1
        while offset >= 0, index - offset <= 6 {
            let scope = hasKeys ? ScopeWords.lists.of(offset, in: keys) : ScopeWords.lists.of(words[offset])
            if scope.contains(.hedge) {
                if words[offset] == "likely", offset > 0, ["more", "less", "most"].contains(words[offset - 1]) {
                    return nil
                }
                return offset..<(offset + 1)
            }
            if gaps[offset + 1] || scope.contains(.clauseBreak) { return nil }
            offset -= 1
        }
        return nil
    }

    /// Whether a negator stands in the cue's clause, at most five words before it.
    func isNegated(before index: Int) -> Bool {
        var offset = index - 1
        while offset >= 0, index - offset <= 5 {
            let scope = hasKeys ? ScopeWords.lists.of(offset, in: keys) : ScopeWords.lists.of(words[offset])
            if scope.contains(.negator) || endsWithNT(at: offset) { return true }
            if gaps[offset + 1] || scope.contains(.clauseBreak) { return false }
            offset -= 1
        }
        return false
    }
}
