import Foundation

extension HedgeDetector {
    /// Detectors already built in this process, by lexicon and quote setting.
    ///
    /// Building one compiles a few hundred patterns (about 10 ms), and every hedging,
    /// citation and medical-claim check and the claim ledger builds its own from the same
    /// policy: without this a one-article run spends most of its time here. Detectors are
    /// immutable values, so sharing them changes no result.
    static let built = Memo()

    final class Memo: @unchecked Sendable {
        private let lock = NSLock()
        private var detectors: [HedgeLexicon: HedgeDetector] = [:]
        private var lexicons: [GroupSettings: HedgeLexicon] = [:]

        /// The compiled patterns depend on the lexicon only; the quote setting is applied to the copy.
        func detector(_ lexicon: HedgeLexicon, includeQuotes: Bool) -> HedgeDetector? {
            lock.lock()
            defer { lock.unlock() }
            guard var detector = detectors[lexicon] else { return nil }
            detector.includeQuotes = includeQuotes
            return detector
        }

        func store(_ detector: HedgeDetector) {
            lock.lock()
            defer { lock.unlock() }
            if detectors.count > 64 { detectors.removeAll() }
            detectors[detector.lexicon] = detector
        }

        /// The built-in lexicon with a policy's edits, computed once per edit set.
        func lexicon(editedBy settings: GroupSettings) -> HedgeLexicon {
            lock.lock()
            if let lexicon = lexicons[settings] {
                lock.unlock()
                return lexicon
            }
            lock.unlock()
            let lexicon = HedgeLexicon.builtIn.editing(settings)
            lock.lock()
            if lexicons.count > 64 { lexicons.removeAll() }
            lexicons[settings] = lexicon
            lock.unlock()
            return lexicon
        }
    }
}

extension HedgeLexicon {
    /// The built-in lexicon with a policy's hedging edits, computed once per edit set in a process.
    public static func builtIn(editedBy settings: GroupSettings) -> HedgeLexicon {
        HedgeDetector.built.lexicon(editedBy: settings)
    }
}
