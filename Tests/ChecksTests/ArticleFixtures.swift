import ArticleLoading
import CopydeskCore

/// Articles for the tests, loaded from text written in the test.
enum Fixture {
    static func article(_ text: String, format: ArticleFormat = .markdown) throws -> Article {
        try ArticleLoader().load(path: "fixture.\(format.rawValue)", bytes: Array(text.utf8), format: format)
    }
}

extension Policy {
    /// The default policy with `rules`.
    static func with(_ rules: [CustomRule], edit: (inout Policy) -> Void = { _ in }) -> Policy {
        var policy = Policy()
        policy.rules = rules
        edit(&policy)
        return policy
    }
}

extension CustomRule {
    static func make(
        _ id: String, _ kind: Kind, message: String, tokens: [String] = [], patterns: [String] = [],
        edit: (inout CustomRule) -> Void = { _ in }
    ) -> CustomRule {
        var rule = CustomRule(id: id, kind: kind, message: message)
        rule.tokens = tokens
        rule.patterns = patterns
        edit(&rule)
        return rule
    }
}

extension Finding {
    /// `line:column rule message` for compact, exact assertions.
    var summary: String { "\(range.start.line):\(range.start.column) \(rule) \(message)" }
}
