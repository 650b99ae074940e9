import CopydeskCore
import Foundation
import Yams

/// `rules:`: house rules, Vale-like, each a `CustomRule`.
extension PolicyDecoder {
    static let ruleKeys = [
        "id", "type", "category", "severity", "message", "tokens", "patterns", "swap", "max", "scope", "ignore-case",
    ]

    /// Keys that only one rule type reads.
    static let typeOnlyKeys: [String: CustomRule.Kind] = [
        "swap": .substitution, "max": .occurrence, "scope": .occurrence,
    ]

    mutating func decodeRules(_ entry: PolicyReader.Entry) throws(PolicyError) {
        if reader.isNull(entry.value) { return }
        guard case .sequence(let sequence) = entry.value else {
            throw reader.error(entry.value, entry.keyPath, "expected a list of rules, each starting with '- id:'")
        }
        var ids: Set<String> = []
        for (index, item) in sequence.enumerated() {
            let rule = try decodeRule(item, at: "\(entry.keyPath)[\(index)]")
            guard ids.insert(rule.id).inserted else {
                throw reader.error(
                    item, "\(entry.keyPath)[\(index)].id", "duplicate rule id '\(rule.id)'; give each rule its own id")
            }
            layer.edits.append { policy in
                if let existing = policy.rules.firstIndex(where: { $0.id == rule.id }) {
                    policy.rules[existing] = rule
                } else {
                    policy.rules.append(rule)
                }
            }
        }
    }

    private mutating func decodeRule(_ node: Node, at keyPath: String) throws(PolicyError) -> CustomRule {
        guard case .mapping = node else {
            throw reader.error(node, keyPath, "expected a rule: a mapping with id, type, message and tokens")
        }
        let entries = try reader.mapping(node, at: keyPath, known: Self.ruleKeys)
        func required(_ key: String, _ hint: String) throws(PolicyError) -> PolicyReader.Entry {
            guard let entry = entries.first(where: { $0.key == key }) else {
                throw reader.error(node, keyPath, "missing key '\(key)'; \(hint)")
            }
            return entry
        }
        let idEntry = try required("id", "name the rule, e.g. 'id: house.no-revolutionary'")
        let id = try reader.nonEmptyString(idEntry.value, at: idEntry.keyPath)
        guard id.range(of: #"^[a-z0-9]+([.-][a-z0-9]+)*$"#, options: .regularExpression) != nil else {
            throw reader.error(
                idEntry.value, idEntry.keyPath, "expected a lowercase kebab-case id such as 'house.no-revolutionary'")
        }
        let typeEntry = try required("type", "one of existence, substitution, occurrence, require-citation")
        let kind = try reader.choice(typeEntry.value, at: typeEntry.keyPath, as: CustomRule.Kind.self)
        let messageEntry = try required("message", "say what is wrong, e.g. \"avoid '%s'\"")
        var rule = CustomRule(
            id: id, kind: kind, message: try reader.nonEmptyString(messageEntry.value, at: messageEntry.keyPath))

        for entry in entries {
            if let owner = Self.typeOnlyKeys[entry.key], owner != kind {
                reader.warn(entry.keyNode, entry.keyPath, "only \(owner.rawValue) rules read this key; remove it")
            }
            switch entry.key {
            case "category":
                rule.category = try reader.choice(entry.value, at: entry.keyPath, as: Category.self)
            case "severity":
                rule.severity = try reader.choice(entry.value, at: entry.keyPath, as: SeverityName.self).severity
            case "tokens":
                rule.tokens = try reader.stringList(entry.value, at: entry.keyPath)
            case "patterns":
                rule.patterns = try reader.stringList(entry.value, at: entry.keyPath)
                try validatePatterns(rule.patterns, entry.value, at: entry.keyPath)
            case "swap":
                for pair in try reader.anyMapping(entry.value, at: entry.keyPath) {
                    guard !pair.key.trimmingCharacters(in: .whitespaces).isEmpty else {
                        throw reader.error(pair.keyNode, pair.keyPath, "expected a non-empty phrase to replace")
                    }
                    rule.swap[pair.key] = try reader.nonEmptyString(pair.value, at: pair.keyPath)
                }
            case "max":
                rule.max = try reader.integer(entry.value, at: entry.keyPath, atLeast: 0)
            case "scope":
                rule.scope = try reader.choice(entry.value, at: entry.keyPath, as: CustomRule.OccurrenceScope.self)
            case "ignore-case":
                rule.ignoreCase = try reader.bool(entry.value, at: entry.keyPath)
            default:
                break
            }
        }
        try checkComplete(rule, node, at: keyPath)
        return rule
    }

    /// Each type needs something to match.
    private func checkComplete(_ rule: CustomRule, _ node: Node, at keyPath: String) throws(PolicyError) {
        switch rule.kind {
        case .substitution:
            if rule.swap.isEmpty {
                throw reader.error(
                    node, keyPath, "missing key 'swap'; map each phrase to its replacement, e.g. 'swap: {utilize: use}'"
                )
            }
        case .existence, .requireCitation, .occurrence:
            if rule.tokens.isEmpty, rule.patterns.isEmpty {
                throw reader.error(
                    node, keyPath,
                    "missing key 'tokens'; list the words to flag (or regular expressions under 'patterns')")
            }
            if rule.kind == .occurrence, rule.max == nil {
                throw reader.error(node, keyPath, "missing key 'max'; say how many occurrences per scope are allowed")
            }
        }
    }

    /// Patterns must compile as ICU regular expressions (`NSRegularExpression`, what the checks
    /// run); Swift's regex parser, which explains its errors, supplies the reason.
    private func validatePatterns(_ patterns: [String], _ node: Node, at keyPath: String) throws(PolicyError) {
        let items: [Node]
        if case .sequence(let sequence) = node { items = Array(sequence) } else { items = [node] }
        for (index, pattern) in patterns.enumerated() {
            guard (try? NSRegularExpression(pattern: pattern)) == nil else { continue }
            let itemPath = node.isSequence ? "\(keyPath)[\(index)]" : keyPath
            let itemNode = index < items.count ? items[index] : node
            var reason = "fix the pattern or list plain words under 'tokens'"
            do { _ = try Regex(pattern) } catch { reason = "\(error)" }
            throw reader.error(itemNode, itemPath, "invalid regular expression: \(reason)")
        }
    }
}

extension Node {
    var isSequence: Bool {
        if case .sequence = self { return true }
        return false
    }
}
