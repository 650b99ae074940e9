import ArticleLoading
import CopydeskCore
import FactChecking
import Foundation
import PolicyLoading
import Testing

/// Articles and registries for the tests, written in the tests.
enum Fixture {
    static func article(_ text: String, format: ArticleFormat = .markdown) throws -> Article {
        try ArticleLoader().load(path: "fixture.\(format.rawValue)", bytes: Array(text.utf8), format: format)
    }

    /// The registry shipped with copydesk (policies/facts/health.yml, embedded).
    static let health: FactRegistry = {
        (try? FactRegistryLoader().load(path: "builtin:facts/health.yml").registry) ?? FactRegistry()
    }()

    static func run(
        _ text: String, format: ArticleFormat = .markdown, registry: FactRegistry? = nil,
        verifier: (any ClaimVerifier)? = nil, policy: Policy = Policy()
    ) throws -> FactCheckResult {
        FactCheckStage(policy: policy, registry: registry, verifier: verifier).run(
            on: try article(text, format: format))
    }

    /// The repository root, found from this file.
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }
}

extension Finding {
    /// `line:column rule message` for compact, exact assertions.
    var summary: String { "\(range.start.line):\(range.start.column) \(rule) \(message)" }
}

extension Claim {
    /// `line kind strength cited hedged` for compact, exact assertions.
    var summary: String {
        "\(range.start.line) \(kind.rawValue) \(strength.rawValue)\(cited ? " cited" : "")\(hedged ? " hedged" : "")"
    }
}
