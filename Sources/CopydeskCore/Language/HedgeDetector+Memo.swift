extension HedgeDetector {
    /// Detectors already built in this process, by lexicon and index (the quote setting is set on the copy).
    ///
    /// Building one compiles a few hundred patterns (about 10 ms), and every hedging,
    /// citation and medical-claim check and the claim ledger builds its own from the same
    /// policy: without this a one-article run spends most of its time here. Detectors are
    /// immutable values, so sharing them changes no result.
    static let built = ProcessMemo<Key, HedgeDetector>()

    /// The built-in lexicon with a policy's edits, computed once per edit set.
    static let editedLexicons = ProcessMemo<GroupSettings, HedgeLexicon>()
}

extension HedgeLexicon {
    /// The built-in lexicon with a policy's hedging edits, computed once per edit set in a process.
    public static func builtIn(editedBy settings: GroupSettings) -> HedgeLexicon {
        HedgeDetector.editedLexicons.value(for: settings) { HedgeLexicon.builtIn.editing(settings) }
    }
}
