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
    let index: LexiconIndex
    let studyNouns: WordSet
    let imperatives: WordSet
    let roleIndex: RoleIndex
    /// Whether `index` was joined with a companion's lists for this detector: its verdicts keep
    /// each sentence's matches for the companion's reader.
    let sharesMatches: Bool

    public init(lexicons: Lexicons = Lexicons()) {
        self.init(lexicons: lexicons, companion: nil)
    }

    /// A detector whose index also holds another reader's lists, `companion`, after its own
    /// (`joinedIndex(lexicons:companion:)`): `verdicts(in:)` finds their matches in the same pass
    /// over each sentence as its own, and keeps them for that reader (`sharedMatches(in:of:)`).
    /// Without a companion, a detector takes the index last joined for its lexicons, if any
    /// (the claim ledger's, built after the citation checks'), else its own.
    package init(lexicons: Lexicons = Lexicons(), companion: [[String]]?) {
        // Equal lexicons share one set of arrays, so the memo of verdicts, keyed by them,
        // compares its keys by their buffers instead of word by word for every article.
        let lexicons = Self.sharedLexicons.value(for: lexicons) { lexicons }
        self.lexicons = lexicons
        let indexLists = Self.indexLists(lexicons)
        if let companion {
            index = Self.joinedIndex(indexLists, companion: companion)
            sharesMatches = true
        } else {
            index =
                LexiconIndex.joined.value(for: indexLists)
                ?? LexiconIndex.built.value(for: indexLists) { LexiconIndex(indexLists) }
            sharesMatches = false
        }
        studyNouns = WordSet(lexicons.studyNouns.map { $0.lowercased() })
        imperatives = WordSet(lexicons.imperatives.map { Words.folded($0.lowercased()) })
        roleIndex = RoleIndex(studyNouns: studyNouns, imperatives: imperatives)
    }

    /// The lists `index` is built from, numbered by `List`.
    private static func indexLists(_ lexicons: Lexicons) -> [[String]] {
        let lists: [List: [String]] = [
            .efficacy: lexicons.efficacy, .efficacyVerbs: lexicons.efficacyVerbs, .causal: lexicons.causal,
            .causalVerbs: lexicons.causalVerbs, .safety: lexicons.safety, .superlatives: lexicons.superlatives,
            .research: lexicons.research, .vagueAttributions: lexicons.vagueAttributions,
            .attributionAgents: lexicons.attributionAgents, .attributionVerbs: lexicons.attributionVerbs,
            .advice: lexicons.advice, .articleDescriptions: lexicons.articleDescriptions,
        ]
        return List.allCases.map { lists[$0] ?? [] }
    }

    /// The detector's lists for `lexicons`, then `companion`'s, in one index: the detector's
    /// keep their numbers (`List`), and `companion`'s list `n` is list `listCount + n`. Each
    /// list's matches are those of an index of that list alone (`PhraseLexicons`), so the
    /// detector finds what it finds with its own index, and the other reader what it finds
    /// with its own lists, in one pass over the words instead of two.
    package static func joinedIndex(lexicons: Lexicons, companion: [[String]]) -> PhraseLexicons {
        joinedIndex(indexLists(sharedLexicons.value(for: lexicons) { lexicons }), companion: companion)
    }

    private static func joinedIndex(_ indexLists: [[String]], companion: [[String]]) -> PhraseLexicons {
        let lists = indexLists + companion
        let index = LexiconIndex.built.value(for: lists) { LexiconIndex(lists) }
        LexiconIndex.joined.store(index, for: indexLists)
        return index
    }

    /// The number of the detector's own lists in its index (a companion's come after them).
    package static var listCount: Int { List.allCases.count }

    private static let sharedLexicons = ProcessMemo<Lexicons, Lexicons>()

    /// A sentence read once: its tokens and every lexicon's matches.
    func scan(_ sentence: String) -> TextScan {
        scan(SentenceText(sentence))
    }

    func scan(_ sentence: SentenceText) -> TextScan {
        TextScan(
            sentence, lexical: index.found(keys: sentence.keys), lexicons: index,
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
        // Drop a trigger that sits inside an earlier, longer one.
        var kept: [Trigger] = []
        for trigger in found {
            if let last = kept.last, last.range.contains(trigger.range.lowerBound),
                trigger.range.upperBound <= last.range.upperBound
            {
                continue
            }
            kept.append(trigger)
        }
        return kept
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
