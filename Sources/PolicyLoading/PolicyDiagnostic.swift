import CopydeskCore

/// A warning about a policy: where it is (file, line, column, key path) and what to do.
///
/// `line` and `column` are 1-based (columns in Unicode scalars); 0 when the problem concerns
/// the whole file. `keyPath` is the dotted path of the key, `checks.hedging.severity` or
/// `rules[2].tokens`; empty when the problem concerns the whole document.
public struct PolicyDiagnostic: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int
    public var keyPath: String
    public var message: String

    public init(path: String, line: Int = 0, column: Int = 0, keyPath: String = "", message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.keyPath = keyPath
        self.message = message
    }

    /// `policy.yml:12:5: warning: checks.hedging.sevrity: unknown key; did you mean 'severity'?`
    public var description: String { PolicyDiagnostic.render(self, level: "warning") }

    static func render(_ d: PolicyDiagnostic, level: String) -> String {
        var out = d.path
        if d.line > 0 { out += ":\(d.line):\(d.column)" }
        out += ": \(level): "
        if !d.keyPath.isEmpty { out += d.keyPath + ": " }
        return out + d.message
    }
}

/// A policy that cannot be used: bad YAML, a wrong type or value, an unsupported version,
/// a missing or cyclic `extends` target, an incomplete custom rule.
///
/// `warnings` holds what was found before the error, so `copydesk policy validate` can show both.
public struct PolicyError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int
    public var keyPath: String
    public var message: String
    public var warnings: [PolicyDiagnostic]

    public init(
        path: String, line: Int = 0, column: Int = 0, keyPath: String = "", message: String,
        warnings: [PolicyDiagnostic] = []
    ) {
        self.path = path
        self.line = line
        self.column = column
        self.keyPath = keyPath
        self.message = message
        self.warnings = warnings
    }

    /// The error as a diagnostic (same location and message).
    public var diagnostic: PolicyDiagnostic {
        PolicyDiagnostic(path: path, line: line, column: column, keyPath: keyPath, message: message)
    }

    /// `policy.yml:12:5: error: checks.hedging.severity: expected one of error, warning, info`
    public var description: String { PolicyDiagnostic.render(diagnostic, level: "error") }
}

/// A policy with the warnings met while loading it (and every policy it extends).
public struct LoadedPolicy: Sendable {
    public var policy: Policy
    public var warnings: [PolicyDiagnostic]

    public init(policy: Policy, warnings: [PolicyDiagnostic] = []) {
        self.policy = policy
        self.warnings = warnings
    }
}
