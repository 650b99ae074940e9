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
    ///
    /// Without an edit of any hedging lexicon (most policies), the built-in lexicon itself, which
    /// `editing(_:)` would give back unchanged (see `builtIn`; `HedgeLexiconUneditedTests`): the
    /// general reading folded and hashed each of its some 700 entries (about 2.3 M instructions),
    /// once per process, and every detector's lookup hashed the settings.
    public static func builtIn(editedBy settings: GroupSettings) -> HedgeLexicon {
        guard editsAny(settings) else { return builtIn }
        return HedgeDetector.editedLexicons.value(for: settings) { HedgeLexicon.builtIn.editing(settings) }
    }

    /// Whether the settings add or remove an entry of a hedging lexicon (`names`), the only
    /// edits `editing(_:)` reads.
    static func editsAny(_ settings: GroupSettings) -> Bool {
        names.contains { !(settings.add[$0]?.isEmpty ?? true) || !(settings.remove[$0]?.isEmpty ?? true) }
    }
}
