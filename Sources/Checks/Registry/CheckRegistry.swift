import CopydeskCore

/// The built-in checks, a value passed to the Checks stage (no singletons).
///
/// A new check is one file in its group's folder plus one line in its group's list
/// (`Registry/<Group>Checks.swift`).
public struct CheckRegistry: Sendable {
    public var checks: [any Check.Type]

    public init(checks: [any Check.Type]) {
        self.checks = checks
    }

    /// Every built-in check, grouped by category.
    public static let builtIn = CheckRegistry(
        checks: hedgingChecks + citationChecks + repetitionChecks + medicalClaimChecks)

    /// The descriptions of every registered check, sorted by rule id.
    public var descriptions: [CheckDescription] {
        checks.map { $0.description }.sorted { $0.id < $1.id }
    }
}
