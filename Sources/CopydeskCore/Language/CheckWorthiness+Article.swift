extension CheckWorthiness {
    /// What the detector makes of one sentence: why it cannot be a claim, or its claim, or neither.
    package struct Verdict: Sendable {
        package var exclusion: Exclusion?
        /// The claim of a sentence that is not excluded, if it holds a trigger.
        package var assessment: Assessment?
        /// Each word's roles as the detector found them (`TextScan.roles`), the claim-strength
        /// scan's among them: the claim ledger's classifier reads them instead of looking every
        /// word up again. Empty when the verdict was not read from a scan.
        var roles = RoleRun()
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
            // Each sentence's matches found once for every reader of the index (`SentencePhrases`),
            // and each sentence read in place, not copied to be looked at.
            let found = phrases.found(in: article)
            return SentenceText.all(in: article).withUnsafeBufferPointer { texts in
                // Every sentence's roles in one table, each verdict holding its run of it.
                let table = roleIndex.roleTable(of: texts)
                var offset = 0
                return texts.indices.map { index in
                    let count = texts[index].keys.count
                    defer { offset += count }
                    return verdict(
                        on: texts[index], lexical: found.worthiness(index),
                        roles: RoleRun(table, offset: offset, count: count))
                }
            }
        }
    }

    /// The verdict on one sentence, read once.
    package func verdict(on sentence: String) -> Verdict {
        verdict(on: SentenceText(sentence))
    }

    func verdict(on sentence: SentenceText) -> Verdict {
        verdict(on: sentence, lexical: phrases.found(keys: sentence.keys).worthiness(0))
    }

    /// - Parameter lexical: the matches of the detector's lists in the sentence (`SentencePhrases.Matches.worthiness(_:)`).
    @inline(__always)
    func verdict(on sentence: SentenceText, lexical: ArraySlice<PhraseLexicons.Found>) -> Verdict {
        verdict(on: sentence, lexical: lexical, roles: RoleRun(roleIndex.roles(of: sentence.keys)))
    }

    /// - Parameter roles: the sentence's words' roles (`RoleIndex.roles(of:)`).
    @inline(__always)
    func verdict(on sentence: SentenceText, lexical: ArraySlice<PhraseLexicons.Found>, roles: RoleRun) -> Verdict {
        let scan = TextScan(sentence, lexical: lexical, lexicons: index, roles: roles)
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
