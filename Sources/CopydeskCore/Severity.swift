/// How much a finding matters. Ordered: `info < warning < error`.
public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// The category of a finding; the first part of every rule id.
public enum Category: String, Codable, Sendable, CaseIterable, Comparable {
    case hedging
    case citation
    case repetition
    case medicalClaim = "medical-claim"
    case factCheck = "fact-check"
    case style

    public static func < (lhs: Category, rhs: Category) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
