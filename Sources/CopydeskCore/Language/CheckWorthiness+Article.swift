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
        /// True when the verdict was read without a scan (`claimsNothing`), which found that the
        /// sentence's bytes hold no ASCII digit; false when that is not known.
        package var holdsNoDigit = false

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

        /// The verdict on a sentence that is neither excluded nor check-worthy, read without a scan.
        /// - Parameter holdsNoDigit: whether the sentence's bytes are known to hold no ASCII digit.
        init(roles: RoleRun, allRoles: Roles, holdsNoDigit: Bool) {
            exclusion = nil
            assessment = nil
            self.roles = roles
            self.allRoles = allRoles
            self.holdsNoDigit = holdsNoDigit
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
    /// Worked out once per article and lexicons (`verdictsKey`): the citation checks and the
    /// claim ledger ask about the same sentences.
    package func verdicts(in article: Article) -> [Verdict] {
        Self.memo.value(for: article, key: verdictsKey) {
            // Each sentence's matches found once for every reader of the index (`SentencePhrases`),
            // and each sentence read in place, not copied to be looked at.
            let found = phrases.found(in: article)
            return SentenceText.all(in: article).withUnsafeBufferPointer { texts in
                // Every sentence's roles in one table, each verdict holding its run of it, and
                // the union of each sentence's roles found with them.
                var unions = [Roles](repeating: [], count: texts.count)
                let table = unions.withUnsafeMutableBufferPointer { roleIndex.roleTable(of: texts, unions: $0) }
                var offset = 0
                return texts.indices.map { index in
                    let count = texts[index].keys.count
                    defer { offset += count }
                    let roles = RoleRun(table, offset: offset, count: count)
                    let lexical = found.worthiness(index)
                    // Most sentences are neither excluded nor check-worthy, and tell so by their
                    // roles and bytes: no scan is made for them.
                    if lexical.isEmpty,
                        let holdsNoDigit = Self.noClaimReading(texts[index], roles: roles, allRoles: unions[index])
                    {
                        return Verdict(roles: roles, allRoles: unions[index], holdsNoDigit: holdsNoDigit)
                    }
                    return verdict(on: texts[index], lexical: lexical, roles: roles, allRoles: unions[index])
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

    /// - Parameters:
    ///   - roles: the sentence's words' roles (`RoleIndex.roles(of:)`).
    ///   - allRoles: their union, when known.
    @inline(__always)
    func verdict(
        on sentence: SentenceText, lexical: ArraySlice<PhraseLexicons.Found>, roles: RoleRun,
        allRoles: Roles? = nil
    ) -> Verdict {
        let scan = TextScan(sentence, lexical: lexical, lexicons: index, roles: roles, allRoles: allRoles)
        if let exclusion = exclusion(scan) { return Verdict(exclusion: exclusion, assessment: nil, scan: scan) }
        return Verdict(exclusion: nil, assessment: assessment(scan), scan: scan)
    }

    /// The roles a sentence must hold a word of for a trigger other than a lexicon match, a
    /// digit or a statistic-start word to start from it (a quantifier's attribution, a study
    /// noun's research reference, an outcome's duration).
    static let triggerRoles: Roles = [.quantifier, .studyNoun, .outcome]

    /// Whether a sentence none of the detector's lists matches is neither excluded nor
    /// check-worthy, as its verdict reads it (`verdict(on:lexical:roles:)`), told by its words'
    /// roles and its bytes alone; false when that takes reading it (the verdict says). True
    /// only for a sentence whose bytes hold no ASCII digit.
    ///
    /// With no lexicon match, it is no article description and no advice phrase; it is excluded
    /// only as a question or for an imperative or subordinate clause at its body's start (the
    /// first word, unless a colon ends a label among the first eight words and one of those has
    /// either role). Each trigger starts from a lexicon match, a `triggerRoles` word, a digit or
    /// a `statisticStart` word; of the last only a lone "in" or "by" (`isLoneByIn`) is passed
    /// over without reading what follows it, and of the words that open with a digit only a
    /// lone number (`isLoneNumber`, read on the sentence's tokens, bytes and keys:
    /// `holdsOnlyLoneNumbers`).
    /// - Parameters:
    ///   - roles: the sentence's words' roles (`RoleIndex`).
    ///   - allRoles: their union.
    static func claimsNothing(_ text: SentenceText, roles: RoleRun, allRoles: Roles) -> Bool {
        noClaimReading(text, roles: roles, allRoles: allRoles) != nil
    }

    /// `claimsNothing`'s answer: nil when the sentence must be read, else whether its bytes hold
    /// no ASCII digit (`Verdict.holdsNoDigit`).
    @inline(__always)
    static func noClaimReading(_ text: SentenceText, roles: RoleRun, allRoles: Roles) -> Bool? {
        let count = text.keys.count
        guard count > 0, roles.count == count, text.tokens.count == count,
            allRoles.isDisjoint(with: triggerRoles), !endsWithQuestionMark(text.bytes)
        else { return nil }
        let clauseRoles: Roles = [.imperative, .subordinator]
        if !allRoles.isDisjoint(with: clauseRoles) {
            guard roles[0].isDisjoint(with: clauseRoles) else { return nil }
            var first: Roles = []
            for index in 1..<min(count, 8) { first.formUnion(roles[index]) }
            // A later word with either role may start the body after a label's colon.
            if !first.isDisjoint(with: clauseRoles) && ByteSearch.contains(UInt8(ascii: ":"), in: text.bytes) {
                return nil
            }
        }
        if allRoles.contains(.statisticStart) {
            for index in 0..<count where roles[index].contains(.statisticStart) {
                // `isLoneByIn`: an "in" or "by" before a word that starts no statistic.
                guard roles[index].contains(.byIn), index + 1 == count || !roles[index + 1].contains(.statisticStart)
                else { return nil }
            }
        }
        guard text.bytes.withUnsafeBufferPointer(TextScan.hasDigit) else { return true }
        return holdsOnlyLoneNumbers(text) ? false : nil
    }

    /// Whether every token of `text` that opens with an ASCII digit (where `statisticTriggers`
    /// asks `statisticEnd`) is a lone number (`isLoneNumber`), which starts no statistic: a plain
    /// number (digits, points and commas) before a token that opens with no digit and is none of
    /// `StatisticWords.afterNumber`'s words, with no `%` after it (spaces aside). Read on the
    /// sentence's tokens, bytes and keys, without a scan; its keys are as many as its tokens.
    @inline(__always)
    static func holdsOnlyLoneNumbers(_ text: SentenceText) -> Bool {
        let keys = text.keys
        // The tokens and bytes read in place, as `TextScan.firstDigitsOrRole` reads them.
        return text.tokens.withUnsafeBufferPointer { tokens in
            text.bytes.withUnsafeBufferPointer { bytes in
                let count = tokens.count
                for index in 0..<count {
                    let range = tokens[index].range
                    guard bytes[range.lowerBound] &- UInt8(ascii: "0") < 10 else { continue }
                    // `isPlainNumber`
                    for offset in range {
                        let byte = bytes[offset]
                        guard byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",")
                        else { return false }
                    }
                    if index + 1 < count && bytes[tokens[index + 1].range.lowerBound] &- UInt8(ascii: "0") < 10 {
                        return false
                    }
                    var after = range.upperBound
                    while after < bytes.count && bytes[after] == UInt8(ascii: " ") { after += 1 }
                    if after < bytes.count && bytes[after] == UInt8(ascii: "%") { return false }
                    guard StatisticWords.of(index + 1, in: keys).isDisjoint(with: StatisticWords.afterNumber) else {
                        return false
                    }
                }
                return true
            }
        }
    }

    /// The claim of a sentence that is not excluded, or nil when it holds no trigger.
    func assessment(_ scan: TextScan) -> Assessment? {
        let found = triggers(scan)
        guard let primary = found.min(by: { CheckWorthiness.rank($0) < CheckWorthiness.rank($1) }) else { return nil }
        return Assessment(triggers: found, primary: primary)
    }

    private static let memo = ArticleMemo<VerdictsKey, [Verdict]>()
}
