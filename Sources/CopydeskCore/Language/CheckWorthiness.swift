/// Decides whether a sentence makes a claim a reader could check, and what kind.
///
/// Check-worthy: statistics and quantities (`40%`, `1 in 4`, `1.28 billion adults`, `500 mg`,
/// `effects within hours`), research references (`studies show`, `a 2019 review`, `trial found`),
/// efficacy, safety and causal health claims (`reduces`, `is safe`, `can lead to`) and
/// superlatives (`the most effective`). Not check-worthy: questions, advice and imperatives
/// (`ask your doctor`), and sentences about the article itself (`In this article, we will…`).
///
/// Works on one sentence's text; ranges are UTF-8 byte ranges into it. Used by the citation
/// checks and by the claim ledger.
public struct CheckWorthiness: Sendable {
    /// One cue that makes a sentence check-worthy.
    public struct Trigger: Sendable, Hashable {
        public var kind: Claim.Kind
        /// UTF-8 byte range of the cue in the sentence.
        public var range: Range<Int>
        /// The cue as written in the sentence.
        public var cue: String
        /// The claim is attributed to unnamed studies, experts or people (`scientists say`).
        public var isVagueAttribution: Bool

        public init(kind: Claim.Kind, range: Range<Int>, cue: String, isVagueAttribution: Bool = false) {
            self.kind = kind
            self.range = range
            self.cue = cue
            self.isVagueAttribution = isVagueAttribution
        }
    }

    /// Why a sentence is not check-worthy whatever it holds.
    public enum Exclusion: String, Sendable, Hashable {
        case question
        case advice
        case articleDescription = "article-description"
    }

    /// A check-worthy sentence: its triggers and the one that decides its kind.
    public struct Assessment: Sendable, Hashable {
        /// Every trigger, in sentence order.
        public var triggers: [Trigger]
        /// The trigger that names the claim: research before efficacy, safety, causal, statistic, other.
        public var primary: Trigger
        public var kind: Claim.Kind { primary.kind }
        /// The first vague attribution, if any.
        public var vagueAttribution: Trigger? { triggers.first { $0.isVagueAttribution } }
    }

    public let lexicons: Lexicons
    /// The index the detector's lists are matched with: a policy's, holding every reader's
    /// lists (`SentencePhrases.of(_:)`), or one of the detector's lists alone.
    let phrases: SentencePhrases
    var index: LexiconIndex { phrases.lexicons }
    let studyNouns: WordSet
    let imperatives: WordSet
    let roleIndex: RoleIndex
    /// The key of the verdicts' memo (`verdicts(in:)`): one per set of equal lexicons.
    let verdictsKey: VerdictsKey

    /// A detector whose lists are indexed alone.
    public init(lexicons: Lexicons = Lexicons()) {
        let shared = Self.shared(lexicons)
        let indexLists = Self.indexLists(shared.lexicons)
        self.init(
            shared: shared,
            phrases: LexiconIndex.built.value(for: indexLists) {
                SentencePhrases(worthiness: indexLists, medical: ([], []), hedges: [])
            })
    }

    /// The detector of the policy's citation lexicons, matching them with the policy's index of
    /// every reader's lists (`SentencePhrases.of(_:)`): each sentence's words are read once for
    /// the detector, the medical-claim checks and the hedge detector.
    package init(policy: Policy) {
        self.init(shared: Self.shared(Lexicons(settings: policy.checks.citations.common)), phrases: .of(policy))
    }

    /// - Parameter phrases: an index whose first lists are `indexLists(shared.lexicons)`.
    private init(shared: Shared, phrases: SentencePhrases) {
        // Equal lexicons share one set of arrays, so the memo of verdicts, keyed by them,
        // compares its keys by their buffers instead of word by word for every article.
        lexicons = shared.lexicons
        self.phrases = phrases
        studyNouns = shared.studyNouns
        imperatives = shared.imperatives
        roleIndex = shared.roleIndex
        verdictsKey = shared.verdictsKey
    }

    /// Equal lexicons, as the key of the memo of an article's verdicts: every detector of equal
    /// lexicons holds the one their shared tables were made with (`Shared`), compared by
    /// identity. Keyed by the lexicons themselves, each article's entry copied them (fourteen
    /// arrays retained, and released when the article was forgotten) and each lookup compared
    /// them list by list. Two keys made for equal lexicons (the shared tables made again) only
    /// work the same verdicts out again.
    final class VerdictsKey: Equatable, Sendable {
        static func == (lhs: VerdictsKey, rhs: VerdictsKey) -> Bool { lhs === rhs }
    }

    /// What every detector of equal lexicons reads alike, made once per process: the citation
    /// checks and the claim ledger each make a detector of the policy's lexicons, and each made
    /// its word sets and role index again (about a million instructions a detector).
    struct Shared: Sendable {
        let lexicons: Lexicons
        let studyNouns: WordSet
        let imperatives: WordSet
        let roleIndex: RoleIndex
        let verdictsKey = VerdictsKey()

        init(_ lexicons: Lexicons) {
            self.lexicons = lexicons
            studyNouns = WordSet(lexicons.studyNouns.map { $0.lowercased() })
            imperatives = WordSet(lexicons.imperatives.map { Words.folded($0.lowercased()) })
            roleIndex = RoleIndex(studyNouns: studyNouns, imperatives: imperatives)
        }
    }

    /// The shared tables of `lexicons` (the first equal lexicons' arrays among them).
    static func shared(_ lexicons: Lexicons) -> Shared {
        sharedLexicons.value(for: lexicons) { Shared(lexicons) }
    }

    /// The lists the index is built from, numbered by `List`.
    package static func indexLists(_ lexicons: Lexicons) -> [[String]] {
        let lists: [List: [String]] = [
            .efficacy: lexicons.efficacy, .efficacyVerbs: lexicons.efficacyVerbs, .causal: lexicons.causal,
            .causalVerbs: lexicons.causalVerbs, .safety: lexicons.safety, .superlatives: lexicons.superlatives,
            .research: lexicons.research, .vagueAttributions: lexicons.vagueAttributions,
            .attributionAgents: lexicons.attributionAgents, .attributionVerbs: lexicons.attributionVerbs,
            .advice: lexicons.advice, .articleDescriptions: lexicons.articleDescriptions,
        ]
        return List.allCases.map { lists[$0] ?? [] }
    }

    /// The number of the detector's own lists (the first lists of its index).
    package static var listCount: Int { List.allCases.count }

    private static let sharedLexicons = ProcessMemo<Lexicons, Shared>()

    /// A sentence read once: its tokens and every lexicon's matches.
    func scan(_ sentence: String) -> TextScan {
        scan(SentenceText(sentence))
    }

    func scan(_ sentence: SentenceText) -> TextScan {
        TextScan(
            sentence, lexical: phrases.found(keys: sentence.keys).worthiness(0), lexicons: index,
            roles: roleIndex.roles(of: sentence.keys))
    }

    /// The sentence's claim, or nil when it is excluded or holds no trigger.
    public func assess(_ sentence: String) -> Assessment? {
        verdict(on: sentence).assessment
    }

    /// Every trigger in the sentence, in order, whether or not the sentence is excluded.
    public func triggers(in sentence: String) -> [Trigger] {
        triggers(scan(sentence))
    }

    /// Why the sentence cannot be a claim (a question, advice, a description of the article), or nil.
    public func exclusion(of sentence: String) -> Exclusion? {
        exclusion(scan(sentence))
    }

    func triggers(_ scan: TextScan) -> [Trigger] {
        guard !scan.tokens.isEmpty else { return [] }
        // Each kind of trigger returns at once from a sentence without the words it starts from.
        var found: [Trigger] = []
        attributionTriggers(scan, into: &found)
        researchTriggers(scan, into: &found)
        statisticTriggers(scan, into: &found)
        phraseTriggers(scan, into: &found)
        guard !found.isEmpty else { return found }
        // Words in quotation marks are someone else's, reported: "“Creatine causes hair loss.”"
        let quoted = scan.quotedRanges()
        if !quoted.isEmpty {
            found.removeAll { trigger in quoted.contains { $0.contains(trigger.range.lowerBound) } }
        }
        guard found.count > 1 else { return found }
        found.sort {
            ($0.range.lowerBound, -$0.range.count, CheckWorthiness.rank($0))
                < ($1.range.lowerBound, -$1.range.count, CheckWorthiness.rank($1))
        }
        Self.dropNested(&found)
        return found
    }

    /// Drops each trigger that sits inside the last one kept before it (an earlier, longer one,
    /// in `triggers`' order). The kept ones are moved to the front in place: a second array of
    /// them cost its allocations as it grew, and its release.
    static func dropNested(_ found: inout [Trigger]) {
        guard found.count > 1 else { return }
        var kept = 1
        for index in 1..<found.count {
            let last = found[kept - 1].range
            let range = found[index].range
            if last.contains(range.lowerBound) && range.upperBound <= last.upperBound { continue }
            if index != kept { found.swapAt(kept, index) }
            kept += 1
        }
        found.removeSubrange(kept...)
    }

    static func rank(_ trigger: Trigger) -> Int {
        if trigger.isVagueAttribution { return 0 }
        switch trigger.kind {
        case .research: return 1
        case .efficacy: return 2
        case .safety: return 3
        case .causal: return 4
        case .statistic: return 5
        case .other: return 6
        }
    }

    func trigger(_ kind: Claim.Kind, _ scan: TextScan, _ tokens: Range<Int>, vague: Bool = false) -> Trigger {
        let range = scan.range(tokens.lowerBound, tokens.upperBound)
        return Trigger(
            kind: kind, range: range, cue: String(decoding: scan.bytes[range], as: UTF8.self), isVagueAttribution: vague
        )
    }
}

extension [CheckWorthiness.Trigger] {
    /// The room a sentence's triggers are given at the first one found (`appendTrigger`).
    static var triggerRoom: Int { 4 }

    /// `append(trigger)`, giving the array room for `triggerRoom` triggers at the first
    /// (`append(_:firstRoom:)`): grown one append at a time it was allocated again at the second
    /// and the third (a sentence with a trigger holds two or three), while an array made with
    /// room before the readings cost an allocation in each sentence that turns out to hold none.
    @inline(__always)
    mutating func appendTrigger(_ trigger: CheckWorthiness.Trigger) {
        append(trigger, firstRoom: Self.triggerRoom)
    }
}
