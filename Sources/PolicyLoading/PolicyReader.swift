import CopydeskCore
import Foundation
import Yams

/// Reads typed values out of a composed policy, with the file, line, column and key path of
/// every mistake: errors for what cannot be used, warnings (with a did-you-mean) for unknown keys.
struct PolicyReader {
    var path: String
    var warnings: [PolicyDiagnostic] = []

    init(path: String) {
        self.path = path
    }

    func error(_ node: Node?, _ keyPath: String, _ message: String) -> PolicyError {
        PolicyError(
            path: path, line: node?.mark?.line ?? 0, column: node?.mark?.column ?? 0, keyPath: keyPath,
            message: message, warnings: warnings)
    }

    mutating func warn(_ node: Node?, _ keyPath: String, _ message: String) {
        warnings.append(
            PolicyDiagnostic(
                path: path, line: node?.mark?.line ?? 0, column: node?.mark?.column ?? 0, keyPath: keyPath,
                message: message))
    }

    static func join(_ keyPath: String, _ key: String) -> String { keyPath.isEmpty ? key : keyPath + "." + key }

    // MARK: Mappings

    struct Entry {
        var key: String
        var keyNode: Node
        var value: Node
        var keyPath: String
    }

    /// The entries of a mapping with string keys; unknown keys are warned about and left out.
    mutating func mapping(_ node: Node, at keyPath: String, known: [String]) throws(PolicyError) -> [Entry] {
        let entries = try anyMapping(node, at: keyPath)
        return entries.filter { entry in
            if known.contains(entry.key) { return true }
            warnUnknown(entry.keyNode, entry.keyPath, entry.key, known: known, what: "key")
            return false
        }
    }

    /// The entries of a mapping whose keys are names chosen by the user (rule ids, lexicons).
    /// An empty value (`key:` or `key: ~`) is an empty mapping.
    func anyMapping(_ node: Node, at keyPath: String) throws(PolicyError) -> [Entry] {
        if isNull(node) { return [] }
        guard case .mapping(let mapping) = node else {
            throw error(node, keyPath, "expected a mapping of 'key: value' pairs")
        }
        var entries: [Entry] = []
        for (keyNode, value) in mapping {
            guard case .scalar(let scalar) = keyNode, !isNull(keyNode) else {
                throw error(keyNode, keyPath, "a key must be a plain string")
            }
            if scalar.string == "<<", scalar.style == .plain {
                throw error(keyNode, keyPath, "merge keys ('<<') are not supported; write the keys out")
            }
            entries.append(
                Entry(key: scalar.string, keyNode: keyNode, value: value, keyPath: Self.join(keyPath, scalar.string)))
        }
        return entries
    }

    mutating func warnUnknown(_ node: Node, _ keyPath: String, _ name: String, known: [String], what: String) {
        if let suggestion = DidYouMean.suggestion(for: name, among: known) {
            warn(node, keyPath, "unknown \(what); did you mean '\(suggestion)'?")
        } else if known.isEmpty {
            warn(node, keyPath, "unknown \(what); this mapping takes no keys")
        } else {
            warn(node, keyPath, "unknown \(what); expected one of \(known.joined(separator: ", "))")
        }
    }

    // MARK: Scalars

    func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        guard scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    private func isQuoted(_ scalar: Node.Scalar) -> Bool {
        scalar.style == .singleQuoted || scalar.style == .doubleQuoted
    }

    func string(_ node: Node, at keyPath: String) throws(PolicyError) -> String {
        guard case .scalar(let scalar) = node, !isNull(node) else { throw error(node, keyPath, "expected a string") }
        return scalar.string
    }

    func nonEmptyString(_ node: Node, at keyPath: String) throws(PolicyError) -> String {
        let value = try string(node, at: keyPath)
        guard !Self.isBlank(value) else {
            throw error(node, keyPath, "expected a non-empty string")
        }
        return value
    }

    /// Whether the value is empty once spaces and tabs (`.whitespaces`) are trimmed. A value that
    /// starts with a printable ASCII byte other than a space holds a character that is not
    /// whitespace, so it is answered without Foundation (about 36,000 instructions a call).
    static func isBlank(_ value: String) -> Bool {
        if let first = value.utf8.first, first > 0x20, first < 0x7F { return false }
        return value.trimmingCharacters(in: .whitespaces).isEmpty
    }

    /// A list of strings; a single string counts as a list of one.
    /// An empty value (`key:` or `key: ~`) is an empty list.
    func stringList(_ node: Node, at keyPath: String) throws(PolicyError) -> [String] {
        if isNull(node) { return [] }
        switch node {
        case .scalar where !isNull(node):
            return [try nonEmptyString(node, at: keyPath)]
        case .sequence(let sequence):
            var result: [String] = []
            for (index, item) in sequence.enumerated() {
                guard case .scalar = item, !isNull(item) else {
                    throw error(item, "\(keyPath)[\(index)]", "expected a string")
                }
                result.append(try nonEmptyString(item, at: "\(keyPath)[\(index)]"))
            }
            return result
        default:
            throw error(node, keyPath, "expected a list of strings")
        }
    }

    func bool(_ node: Node, at keyPath: String) throws(PolicyError) -> Bool {
        if case .scalar(let scalar) = node, !isQuoted(scalar) {
            switch scalar.string.lowercased() {
            case "true", "yes", "on": return true
            case "false", "no", "off": return false
            default: break
            }
        }
        throw error(node, keyPath, "expected true or false")
    }

    func integer(_ node: Node, at keyPath: String, atLeast minimum: Int) throws(PolicyError) -> Int {
        guard case .scalar(let scalar) = node, !isQuoted(scalar), let value = Int(scalar.string), value >= minimum
        else {
            throw error(node, keyPath, "expected a whole number of at least \(minimum)")
        }
        return value
    }

    func number(_ node: Node, at keyPath: String, in range: ClosedRange<Double>, describe: String) throws(PolicyError)
        -> Double
    {
        guard case .scalar(let scalar) = node, !isQuoted(scalar), let value = Double(scalar.string), value.isFinite,
            range.contains(value)
        else {
            throw error(node, keyPath, "expected \(describe)")
        }
        return value
    }

    /// One of a fixed set of words, with a did-you-mean for a near miss.
    func choice<Value: RawRepresentable & CaseIterable>(
        _ node: Node, at keyPath: String, as type: Value.Type = Value.self
    ) throws(PolicyError) -> Value where Value.RawValue == String {
        let names = Value.allCases.map(\.rawValue)
        if case .scalar(let scalar) = node, let value = Value(rawValue: scalar.string) { return value }
        var message = "expected one of \(names.joined(separator: ", "))"
        if case .scalar(let scalar) = node, !isNull(node),
            let suggestion = DidYouMean.suggestion(for: scalar.string, among: names)
        {
            message += "; did you mean '\(suggestion)'?"
        }
        throw error(node, keyPath, message)
    }
}

/// Severities in the order the policy documents them.
enum SeverityName: String, CaseIterable {
    case error, warning, info

    var severity: Severity {
        switch self {
        case .error: .error
        case .warning: .warning
        case .info: .info
        }
    }
}
