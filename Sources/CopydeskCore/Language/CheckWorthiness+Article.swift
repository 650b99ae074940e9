extension CheckWorthiness {
    /// What the detector makes of one sentence: why it cannot be a claim, or its claim, or neither.
    package struct Verdict: Sendable {
        package var exclusion: Exclusion?
        /// The claim of a sentence that is not excluded, if it holds a trigger.
        package var assessment: Assessment?
        /// Each word's roles as the detector found them (`TextScan.roles`), the claim-strength
        /// scan's among them: the claim ledger's classifier reads them instead of looking every
        /// word up again. Empty when the verdict was not read from a scan.
        var roles: [Roles] = []
        /// The union of `roles`.
        var allRoles: Roles = []

        package init(exclusion: Exclusion? = nil, assessment: Assessment? = nil) {
            self.exclusion = exclusion
            self.assessment = assessment
        }

        /// Whether `verdicts[index]` is excluded, and the kind of its claim, read in place
        /// (a verdict handed over is copied, each of its arrays retained).
        package static func summary(
            at index: Int, in verdicts: UnsafeBufferPointer<Verdict>
        ) -> (excluded: Bool, kind: Claim.Kind?) {
            (verdicts[index].exclusion != nil, verdicts[index].assessment?.kind)
        }

        init(exclusion: Exclusion?, assessment: Assessment?, scan: TextScan) {
            self.exclusion = exclusion
            self.assessment = assessment
            roles = scan.roles
            allRoles = scan.allRoles
        }
    }

    /// The verdict on every sentence of the article, indexed like `Article.sentences`.
    ///
    /// Worked out once per article and lexicons: the citation checks and the claim ledger ask
    /// about the same sentences.
    package func verdicts(in article: Article) -> [Verdict] {
        Self.memo.value(for: article, key: lexicons) {
            // Each sentence read in place, not copied to be looked at.
            SentenceText.all(in: article).withUnsafeBufferPointer { texts in
                // With a joined index, each sentence's matches of the companion's lists are kept
                // for the companion's reader. (One loop for both: the scan of a sentence, inlined
                // twice, was no longer inlined at all.)
                var found: [[PhraseLexicons.Found]] = []
                if sharesMatches { found.reserveCapacity(texts.count) }
                let verdicts = texts.indices.map { position in
                    let lexical: [PhraseLexicons.Found]
                    if sharesMatches {
                        let companion: [PhraseLexicons.Found]
                        (lexical, companion) = index.found(keys: texts[position].keys, splitAt: Self.listCount)
                        found.append(companion)
                    } else {
                        lexical = index.found(keys: texts[position].keys)
                    }
                    return verdict(on: texts[position], lexical: lexical)
                }
                if sharesMatches {
                    _ = Self.sharedMemo.value(for: article, key: index.identity) {
                        SharedMatches(lexicons: index, found: found)
                    }
                }
                return verdicts
            }
        }
    }

    /// The matches of the companion's lists of `lexicons` (a joined index,
    /// `joinedIndex(lexicons:companion:)`; `lexicons.found(keys:splitAt: listCount).after`) in
    /// each sentence of the article, indexed like `Article.sentences` and found in the readings
    /// of `SentenceText.all(in:)`, when a detector with that index has given its verdicts on
    /// the article; nil otherwise (nothing is read).
    package static func sharedMatches(in article: Article, of lexicons: PhraseLexicons) -> [[PhraseLexicons.Found]]? {
        guard let known = sharedMemo.existing(for: article, key: lexicons.identity), known.lexicons.isSame(as: lexicons)
        else { return nil }
        return known.found
    }

    /// Every sentence's matches of a joined index, with the index (which keeps its identity,
    /// the memo's key, while the entry is held).
    struct SharedMatches {
        let lexicons: PhraseLexicons
        let found: [[PhraseLexicons.Found]]
    }

    private static let sharedMemo = ArticleMemo<ObjectIdentifier, SharedMatches>()

    /// The verdict on one sentence, read once.
    package func verdict(on sentence: String) -> Verdict {
        verdict(on: SentenceText(sentence))
    }

    func verdict(on sentence: SentenceText) -> Verdict {
        verdict(on: sentence, lexical: index.found(keys: sentence.keys))
    }

    /// - Parameter lexical: `index.found(keys: sentence.keys)`.
    @inline(__always)
    func verdict(on sentence: SentenceText, lexical: [PhraseLexicons.Found]) -> Verdict {
        let scan = TextScan(sentence, lexical: lexical, lexicons: index, roles: roleIndex.roles(of: sentence.keys))
        if let exclusion = exclusion(scan) { return Verdict(exclusion: exclusion, assessment: nil, scan: scan) }
        return Verdict(exclusion: nil, assessment: assessment(scan), scan: scan)
    }

    /// The claim of a sentence that is not excluded, or nil when it holds no trigger.
    func assessment(_ scan: TextScan) -> Assessment? {
        let found = triggers(scan)
        guard let primary = found.min(by: { CheckWorthiness.rank($0) < CheckWorthiness.rank($1) }) else { return nil }
        return Assessment(triggers: found, primary: primary)
    }

    private static let memo = ArticleMemo<Lexicons, [Verdict]>()
}
