/// The words and phrases `HedgeDetector` looks for, by kind, editable from the policy.
///
/// Patterns use `PhraseMatcher`'s syntax (`*` is any one word, `suggest*` any word starting
/// with `suggest`), plus square brackets around the words that are the cue when the others
/// are only context: `is [unknown]` reports `unknown` after `is`, not `unknown` elsewhere.
/// Exceptions are patterns that are not hedges (`could not`, `potential to`); where one
/// overlaps a cue and is longer, it wins.
public struct HedgeLexicon: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var pattern: String
        public var kind: HedgeCue.Kind

        public init(_ pattern: String, _ kind: HedgeCue.Kind) {
            self.pattern = pattern
            self.kind = kind
        }
    }

    /// Cue patterns of every kind, attribution phrases (`it has been suggested`) included.
    public var cues: [Entry]
    /// Patterns that look like cues but are not hedges.
    public var exceptions: [String]
    /// Words that make a source vague: some, many, several.
    public var attributionQuantifiers: [String]
    /// Unnamed sources: studies, research, experts, people.
    public var attributionSources: [String]
    /// Verbs that credit a claim to a source: suggest*, believ*, say.
    public var attributionVerbs: [String]

    public init(
        cues: [Entry], exceptions: [String], attributionQuantifiers: [String], attributionSources: [String],
        attributionVerbs: [String]
    ) {
        self.cues = cues
        self.exceptions = exceptions
        self.attributionQuantifiers = attributionQuantifiers
        self.attributionSources = attributionSources
        self.attributionVerbs = attributionVerbs
    }

    /// Hashes the lists' lengths and their ends only. A lexicon keys the process's detector
    /// memo (`HedgeDetector.built`), which every hedging, citation and medical-claim check asks
    /// at start: hashing its several hundred strings took about 370 k instructions a lookup.
    /// Equal lexicons still hash alike, and `==` tells apart the few a run holds.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(cues.count)
        hasher.combine(cues.first)
        hasher.combine(cues.last)
        for list in [exceptions, attributionQuantifiers, attributionSources, attributionVerbs] {
            hasher.combine(list.count)
            hasher.combine(list.first)
            hasher.combine(list.last)
        }
    }

    /// The lexicon names a policy's `add` and `remove` accept for the hedging checks.
    ///
    /// `cues` covers every cue kind (additions become multiword hedges when they hold more than
    /// one word, else adverbs); `modals`, `verbs`, `adverbs`, `phrases`, `questions` and
    /// `attributions` edit one kind each.
    public static let names: [String] = [
        "cues", "modals", "verbs", "adverbs", "phrases", "questions", "attributions", "exceptions",
        "attribution-quantifiers", "attribution-sources", "attribution-verbs",
    ]

    /// The lexicon name that edits one cue kind.
    public static func name(of kind: HedgeCue.Kind) -> String {
        switch kind {
        case .modal: "modals"
        case .epistemicVerb: "verbs"
        case .adverb: "adverbs"
        case .multiword: "phrases"
        case .attribution: "attributions"
        case .openQuestion: "questions"
        }
    }

    /// This lexicon with a policy group's `add` and `remove` edits applied.
    public func editing(_ settings: GroupSettings) -> HedgeLexicon {
        var edited = self
        let removedEverywhere = Set((settings.remove["cues"] ?? []).map(Self.fold))
        var entries: [Entry] = []
        // Made at its size: grown entry by entry it was rehashed at every doubling.
        var seen = Set<String>(minimumCapacity: cues.count + (settings.add["cues"]?.count ?? 0))
        for kind in HedgeCue.Kind.allCases {
            let builtIn = cues.filter { $0.kind == kind }.map(\.pattern)
            for pattern in settings.lexicon(Self.name(of: kind), builtIn) {
                let folded = Self.fold(pattern)
                if !removedEverywhere.contains(folded) && seen.insert(folded).inserted {
                    entries.append(Entry(pattern, kind))
                }
            }
        }
        for pattern in settings.add["cues"] ?? [] where seen.insert(Self.fold(pattern)).inserted {
            entries.append(Entry(pattern, Words.count(in: pattern) > 1 ? .multiword : .adverb))
        }
        edited.cues = entries
        edited.exceptions = settings.lexicon("exceptions", exceptions)
        edited.attributionQuantifiers = settings.lexicon("attribution-quantifiers", attributionQuantifiers)
        edited.attributionSources = settings.lexicon("attribution-sources", attributionSources)
        edited.attributionVerbs = settings.lexicon("attribution-verbs", attributionVerbs)
        return edited
    }

    /// A pattern folded for comparison: lowercased, single spaces.
    static func fold(_ pattern: String) -> String {
        // A pattern in lowercase ASCII (most) is its own lowercase: no lowercased copy is made.
        let lower = GroupSettings.isLowercaseASCII(pattern) ? pattern : pattern.lowercased()
        // Already single-spaced (no space at either end, none doubled): splitting and joining
        // would give it back as it is.
        var previous: UInt8 = 0x20
        var singleSpaced = true
        for byte in lower.utf8 {
            if byte == 0x20, previous == 0x20 {
                singleSpaced = false
                break
            }
            previous = byte
        }
        if singleSpaced, previous != 0x20 { return lower }
        return lower.split(whereSeparator: { $0 == " " }).joined(separator: " ")
    }
}
