import CopydeskCore
import Foundation
import Yams

/// Writes a policy as YAML version 1, every setting spelled out, for `copydesk policy show`.
///
/// Loading the output back gives an equal `Policy` (except `source`, which names where it was
/// loaded from). Maps are written with sorted keys, so the output is deterministic.
public struct PolicyWriter: Sendable {
    public init() {}

    public func yaml(_ policy: Policy) -> String {
        var top: [(Node, Node)] = [
            (key("version"), Node(String(policy.version), .init(.int))),
            (key("name"), text(policy.name)),
        ]
        var checks: [(Node, Node)] = []
        for (groupKey, _) in CheckSettings.groupKeys {
            checks.append((key(groupKey), group(groupKey, policy.checks)))
        }
        top.append((key("checks"), Node(checks)))
        top.append((key("rules"), Node(policy.rules.map(rule), .implicit, policy.rules.isEmpty ? .flow : .block)))
        top.append(
            (
                key("files"),
                Node([(key("include"), list(policy.files.include)), (key("exclude"), list(policy.files.exclude))])
            ))
        if let facts = policy.facts { top.append((key("facts"), text(facts))) }
        let header =
            "# the effective policy '\(policy.name)' from \(policy.source)"
            .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ") + "\n"
        do {
            return header + (try Yams.serialize(node: Node(top), indent: 2, width: -1, allowUnicode: true))
        } catch {
            // Serializing a tree of plain strings, lists and mappings does not fail.
            preconditionFailure("cannot write the policy as YAML: \(error)")
        }
    }

    private func group(_ groupKey: String, _ checks: CheckSettings) -> Node {
        let common: GroupSettings
        var own: [(Node, Node)] = []
        switch groupKey {
        case "hedging":
            common = checks.hedging.common
            own = [
                (key("sensitivity"), word(checks.hedging.sensitivity.rawValue)),
                (key("density-threshold"), number(checks.hedging.densityThreshold)),
                (key("lint-quotes"), bool(checks.hedging.lintQuotes)),
            ]
        case "citations":
            common = checks.citations.common
            own = [(key("scope"), word(checks.citations.scope.rawValue))]
        case "repetition":
            common = checks.repetition.common
            own = [
                (key("near-duplicate"), number(checks.repetition.nearDuplicate)),
                (key("min-words"), Node(String(checks.repetition.minWords), .init(.int))),
            ]
        case "medical-claims":
            common = checks.medicalClaims.common
            own = [(key("require-disclaimer"), bool(checks.medicalClaims.requireDisclaimer))]
        case "fact-check":
            common = checks.factCheck.common
        default:
            common = checks.style
        }
        var pairs: [(Node, Node)] = [(key("enabled"), bool(common.enabled))]
        if let severity = common.severity { pairs.append((key("severity"), word(severity.rawValue))) }
        pairs += own
        if !common.rules.isEmpty {
            pairs.append(
                (
                    key("rules"),
                    Node(common.rules.sorted { $0.key < $1.key }.map { (text($0.key), word($0.value.rawValue)) })
                ))
        }
        for (name, edits) in [("add", common.add), ("remove", common.remove)] where !edits.isEmpty {
            pairs.append((key(name), Node(edits.sorted { $0.key < $1.key }.map { (text($0.key), list($0.value)) })))
        }
        return Node(pairs)
    }

    private func rule(_ rule: CustomRule) -> Node {
        var pairs: [(Node, Node)] = [
            (key("id"), text(rule.id)),
            (key("type"), word(rule.kind.rawValue)),
            (key("category"), word(rule.category.rawValue)),
            (key("severity"), word(rule.severity.rawValue)),
            (key("message"), text(rule.message)),
        ]
        if !rule.tokens.isEmpty { pairs.append((key("tokens"), list(rule.tokens))) }
        if !rule.patterns.isEmpty { pairs.append((key("patterns"), list(rule.patterns))) }
        if !rule.swap.isEmpty {
            pairs.append(
                (
                    key("swap"),
                    Node(rule.swap.sorted { $0.key < $1.key }.map { (text($0.key), text($0.value)) }, .implicit, .flow)
                ))
        }
        if let max = rule.max { pairs.append((key("max"), Node(String(max), .init(.int)))) }
        if rule.kind == .occurrence || rule.scope != .document {
            pairs.append((key("scope"), word(rule.scope.rawValue)))
        }
        if !rule.ignoreCase { pairs.append((key("ignore-case"), bool(false))) }
        return Node(pairs)
    }

    // MARK: Scalars

    private func key(_ name: String) -> Node { Node(name, .init(.str), .plain) }
    private func word(_ value: String) -> Node { Node(value, .init(.str), .plain) }
    private func bool(_ value: Bool) -> Node { Node(value ? "true" : "false", .init(.bool), .plain) }
    private func number(_ value: Double) -> Node { Node(String(value), .init(.float), .plain) }

    /// A user's string: plain when it reads back as the same string, else double-quoted.
    private func text(_ value: String) -> Node {
        Node(value, .init(.str), PlainScalar.isSafe(value) ? .plain : .doubleQuoted)
    }

    private func list(_ values: [String]) -> Node { Node(values.map(text), .implicit, .flow) }
}

/// Whether a string can be written as a plain YAML scalar and read back as the same string.
enum PlainScalar {
    static func isSafe(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last else { return false }
        if first == " " || last == " " { return false }
        if "-?:,[]{}#&*!|>'\"%@`~".unicodeScalars.contains(first) { return false }
        if value.contains(": ") || value.contains(" #") || value.hasSuffix(":") { return false }
        if value.unicodeScalars.contains(where: {
            $0.value < 0x20 || $0 == "," || $0 == "[" || $0 == "]" || $0 == "{" || $0 == "}"
        }) {
            return false
        }
        let lower = value.lowercased()
        if ["true", "false", "yes", "no", "on", "off", "null", "y", "n"].contains(lower) { return false }
        if Double(value) != nil || Int(value) != nil || value.hasPrefix("0x") || value.hasPrefix("0o") { return false }
        return true
    }
}
