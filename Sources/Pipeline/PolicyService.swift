import Checks
import CopydeskCore
import PolicyLoading

/// `copydesk policy validate` and `copydesk policy show`, behind the CLI.
public struct PolicyService: Sendable {
    public init() {}

    /// Loads a policy file; returns its warnings, throws its first error.
    public func validate(file: String) throws(PipelineError) -> [String] {
        let request = LintRequest(paths: [], policyPath: file, workingDirectory: ".")
        let loaded = try Pipeline().loadPolicy(request)
        // The known-claims registry the policy names with `facts:` is checked too.
        let facts: LoadedFactRegistry?
        do {
            facts = try FactRegistryLoader().load(for: loaded.policy)
        } catch {
            throw PipelineError(error.description)
        }
        return (loaded.warnings + (facts?.warnings ?? [])).map(\.description)
    }

    /// The effective policy as YAML, and the warnings met loading it.
    public func show(policy: String?, workingDirectory: String) throws(PipelineError) -> (
        yaml: String, warnings: [String]
    ) {
        let request = LintRequest(paths: [], policyPath: policy, workingDirectory: workingDirectory)
        let loaded = try Pipeline().loadPolicy(request)
        return (PolicyWriter().yaml(loaded.policy), loaded.warnings.map(\.description))
    }
}
