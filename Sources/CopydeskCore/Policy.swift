/// The effective style policy: what PolicyLoading produces from YAML and every check reads.
///
/// The defaults here are the values of policies/default.yml; a test keeps the two equal.
public struct Policy: Sendable, Hashable {
    public var version: Int = 1
    public var name: String = "default"
    /// Where the policy came from: a file path, or `builtin:NAME`.
    public var source: String = "builtin:default"
    public var checks = CheckSettings()
    public var rules: [CustomRule] = []
    public var files = FileFilter()
    /// The known-claims registry named by `facts:`, resolved against the policy's folder.
    public var facts: String?

    public init() {}

    public init(name: String, source: String) {
        self.name = name
        self.source = source
    }

    /// The severity a rule's findings get, or nil when the rule is turned off.
    ///
    /// A rule-level setting (`checks.<group>.rules.<name>`) wins; then the group's `severity`,
    /// which applies to rules that default to warning or error (info rules stay info); then the default.
    public func severity(forRule rule: String, category: Category, default defaultSeverity: Severity) -> Severity? {
        severity(category: category, default: defaultSeverity) { rule }
    }

    /// `severity(forRule:category:default:)`, asking for the rule only when the group sets levels
    /// by rule (most policies set none): `applyLevels` reads it from the finding then, where
    /// handing it over retained and released it for every finding.
    @inline(__always)
    func severity(category: Category, default defaultSeverity: Severity, rule: () -> String) -> Severity? {
        let group = checks.group(for: category)
        guard group.enabled else { return nil }
        if !group.rules.isEmpty {
            let rule = rule()
            let name = rule.split(separator: ".", maxSplits: 1).last.map(String.init) ?? rule
            if let level = group.rules[name] ?? group.rules[rule] { return level.severity }
        }
        if let severity = group.severity, defaultSeverity != .info { return severity }
        return defaultSeverity
    }
}

/// A rule's level in the policy: a severity, or off.
public enum RuleLevel: String, Codable, Sendable, Hashable, CaseIterable {
    case off, info, warning, error

    public var severity: Severity? {
        switch self {
        case .off: nil
        case .info: .info
        case .warning: .warning
        case .error: .error
        }
    }
}

/// Settings every check group shares.
public struct GroupSettings: Sendable, Hashable {
    public var enabled = true
    /// Overrides the default severity of the group's warning and error rules.
    public var severity: Severity?
    /// Per-rule levels, keyed by the rule's name (`stacked-hedge`) or full id.
    public var rules: [String: RuleLevel] = [:]
    /// Lexicon edits: words and phrases added to, or removed from, a named lexicon of the group.
    public var add: [String: [String]] = [:]
    public var remove: [String: [String]] = [:]

    public init() {}

    /// A built-in lexicon with the policy's edits applied.
    ///
    /// Every check's lexicons are made this way once per process (a few thousand entries):
    /// the sets are made at their size (grown entry by entry, they were rehashed at every
    /// doubling), and an entry already in lowercase ASCII (most of them) is its own lowercase,
    /// so no lowercased copy of it is made.
    public func lexicon(_ name: String, _ builtIn: [String]) -> [String] {
        let added = add[name] ?? []
        let removed = Set((remove[name] ?? []).map { $0.lowercased() })
        var seen = Set<String>(minimumCapacity: builtIn.count + added.count)
        var result: [String] = []
        result.reserveCapacity(builtIn.count + added.count)
        for list in [builtIn, added] {
            for entry in list {
                let lower = Self.isLowercaseASCII(entry) ? entry : entry.lowercased()
                if !removed.contains(lower) && seen.insert(lower).inserted { result.append(entry) }
            }
        }
        return result
    }

    /// `lexicon(name, builtIn)` of a built-in list that holds no entry twice (no two equal once
    /// lowercased; `MedicalLexiconDistinctTests` reads every list passed here): without an edit
    /// of the lexicon the list itself, not read again (the general reading hashed every entry
    /// into a set to drop repeats, about 800 instructions an entry, once per process).
    public func lexicon(_ name: String, distinct builtIn: [String]) -> [String] {
        guard add[name]?.isEmpty ?? true, remove[name]?.isEmpty ?? true else { return lexicon(name, builtIn) }
        assert(lexicon(name, builtIn) == builtIn, "\(name) holds an entry twice")
        return builtIn
    }

    /// Whether `text` is ASCII.
    static func isASCII(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } } ?? text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// Whether `text` is ASCII without uppercase letters: then `text.lowercased() == text`.
    static func isLowercaseASCII(_ text: String) -> Bool {
        let isLowercase = { (byte: UInt8) in byte < 0x80 && !(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) }
        return text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(isLowercase) }
            ?? text.utf8.allSatisfy(isLowercase)
    }
}

public struct CheckSettings: Sendable, Hashable {
    public var hedging = HedgingSettings()
    public var citations = CitationSettings()
    public var repetition = RepetitionSettings()
    public var medicalClaims = MedicalClaimSettings()
    public var factCheck = FactCheckSettings()
    /// Settings of custom rules grouped under `style`.
    public var style = GroupSettings()

    public init() {}

    /// The shared settings of the group that owns a category.
    public func group(for category: Category) -> GroupSettings {
        switch category {
        case .hedging: hedging.common
        case .citation: citations.common
        case .repetition: repetition.common
        case .medicalClaim: medicalClaims.common
        case .factCheck: factCheck.common
        case .style: style
        }
    }

    /// The YAML key of each group, in order.
    public static let groupKeys: [(key: String, category: Category)] = [
        ("hedging", .hedging), ("citations", .citation), ("repetition", .repetition),
        ("medical-claims", .medicalClaim), ("fact-check", .factCheck), ("style", .style),
    ]
}

public struct HedgingSettings: Sendable, Hashable {
    public enum Sensitivity: String, Codable, Sendable, Hashable, CaseIterable {
        /// Stacked hedges, hedged vague attributions, and dense sections.
        case clustered
        /// Every hedge cue, for scientific writing review.
        case everyCue = "every-cue"
    }

    public var common = GroupSettings()
    public var sensitivity: Sensitivity = .clustered
    /// Hedge cues per 100 words in a section above which `hedging.hedge-density` reports it.
    public var densityThreshold: Double = 4.0
    /// Whether hedges inside quoted speech count.
    public var lintQuotes = false

    public init() {}
}

public struct CitationSettings: Sendable, Hashable {
    public enum Scope: String, Codable, Sendable, Hashable, CaseIterable {
        case sentence
        case paragraph
    }

    public var common = GroupSettings()
    /// How far a citation reaches: its own sentence, or its whole paragraph.
    public var scope: Scope = .sentence

    public init() {}
}

public struct RepetitionSettings: Sendable, Hashable {
    public var common = GroupSettings()
    /// Word-shingle Jaccard similarity at or above which two paragraphs are near-duplicates.
    public var nearDuplicate: Double = 0.8
    /// Paragraphs, sentences and list items shorter than this (in words) are not compared.
    public var minWords: Int = 8

    public init() {}
}

public struct MedicalClaimSettings: Sendable, Hashable {
    public var common = GroupSettings()
    /// Report treatment claims in an article that never advises consulting a professional.
    public var requireDisclaimer = false

    public init() {}
}

public struct FactCheckSettings: Sendable, Hashable {
    public var common = GroupSettings()

    public init() {}
}

/// Which discovered files the policy lints.
public struct FileFilter: Sendable, Hashable {
    public var include: [String] = []
    public var exclude: [String] = []

    public init(include: [String] = [], exclude: [String] = []) {
        self.include = include
        self.exclude = exclude
    }
}

/// A house rule from the policy, Vale-like.
public struct CustomRule: Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, Hashable, CaseIterable {
        /// Flags each occurrence of a token.
        case existence
        /// Flags a token and suggests its replacement.
        case substitution
        /// Flags a block or document where tokens occur more than `max` times.
        case occurrence
        /// Flags sentences holding a token but no citation.
        case requireCitation = "require-citation"
    }

    public var id: String
    public var kind: Kind
    public var category: Category = .style
    public var severity: Severity = .warning
    /// May hold one `%s`, replaced by the match (and for substitutions, a second by the suggestion).
    public var message: String
    /// Phrases matched as whole words, case-insensitively unless `ignoreCase` is false.
    public var tokens: [String] = []
    /// Regular expressions, matched with a step limit.
    public var patterns: [String] = []
    /// Substitution: phrase → replacement.
    public var swap: [String: String] = [:]
    /// Occurrence: the most allowed per `scope`.
    public var max: Int?
    public var scope: OccurrenceScope = .document
    public var ignoreCase = true

    public enum OccurrenceScope: String, Codable, Sendable, Hashable, CaseIterable {
        case sentence, paragraph, document
    }

    public init(id: String, kind: Kind, message: String) {
        self.id = id
        self.kind = kind
        self.message = message
    }
}
