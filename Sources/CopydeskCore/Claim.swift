/// A check-worthy claim in the claim ledger.
public struct Claim: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case statistic, research, causal, efficacy, safety, other
    }

    /// Claim strength after Yu, Li & Wang (EMNLP 2019).
    public enum Strength: String, Codable, Sendable, CaseIterable {
        case none
        case correlational
        case conditionalCausal = "conditional-causal"
        case causal
    }

    public var text: String
    public var kind: Kind
    public var strength: Strength
    public var cited: Bool
    public var hedged: Bool
    public var range: SourceRange

    public init(text: String, kind: Kind, strength: Strength, cited: Bool, hedged: Bool, range: SourceRange) {
        self.text = text
        self.kind = kind
        self.strength = strength
        self.cited = cited
        self.hedged = hedged
        self.range = range
    }
}
