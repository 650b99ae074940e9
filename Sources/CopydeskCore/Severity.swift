/// How much a finding matters. Ordered: `info < warning < error`.
public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
    case info
    case warning
    case error

    /// The severity's place in `allCases` (its rank): what counts and report templates are indexed by.
    @inlinable public var caseIndex: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.caseIndex < rhs.caseIndex }
}

/// The category of a finding; the first part of every rule id.
public enum Category: String, Codable, Sendable, CaseIterable, Comparable {
    case hedging
    case citation
    case repetition
    case medicalClaim = "medical-claim"
    case factCheck = "fact-check"
    case style

    /// The category's place in `allCases`: what counts and report templates are indexed by.
    @inlinable public var caseIndex: Int {
        switch self {
        case .hedging: 0
        case .citation: 1
        case .repetition: 2
        case .medicalClaim: 3
        case .factCheck: 4
        case .style: 5
        }
    }

    public static func < (lhs: Category, rhs: Category) -> Bool { lhs.caseIndex < rhs.caseIndex }
}
