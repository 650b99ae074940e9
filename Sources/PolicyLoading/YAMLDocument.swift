import Foundation
import Yams

/// Limits that keep a hostile or broken policy from exhausting the machine.
public struct PolicyLimits: Sendable, Hashable {
    /// Largest policy file, in bytes.
    public var maxBytes = 1 << 20
    /// Most alias expansions (`*name`, counting aliases inside expanded aliases).
    public var maxAliasExpansions = 1000
    /// Most YAML values (scalars, lists, mappings) after expanding aliases.
    public var maxNodes = 100_000
    /// Deepest nesting of lists and mappings.
    public var maxDepth = 64

    public init() {}
}

/// Composes one policy file's text into a Yams node tree, within the limits, turning every
/// Yams error into a `PolicyError` with the file's path and the line and column.
struct YAMLDocument {
    var path: String
    var limits: PolicyLimits

    func compose(_ source: String) throws(PolicyError) -> Node {
        // libyaml reads Yams' UTF-8 input without looking for a byte order mark: drop it here.
        let text = source.hasPrefix("\u{FEFF}") ? String(source.unicodeScalars.dropFirst()) : source
        let size = text.utf8.count
        guard size <= limits.maxBytes else {
            throw PolicyError(
                path: path,
                message:
                    "policy is \(size) bytes, more than the limit of \(limits.maxBytes); policies are small, check the path"
            )
        }
        if let finding = YAMLPrescan(maxDepth: limits.maxDepth).check(text) {
            throw PolicyError(path: path, line: finding.line, column: finding.column, message: finding.message)
        }
        let root: Node?
        let parser: Parser
        do {
            (parser, root) = try Self.parse(text)
        } catch let error as YamlError {
            throw convert(error)
        } catch {
            throw PolicyError(path: path, message: "invalid YAML: \(error)")
        }
        guard let root else {
            throw PolicyError(path: path, line: 1, column: 1, message: "empty policy; start it with 'version: 1'")
        }
        // Nodes hold their anchors weakly and the parser owns them: keep it alive for the walk.
        try checkExpansion(root)
        withExtendedLifetime(parser) {}
        return root
    }

    /// Parses `text` as Yams' default resolver does, without building that resolver where it
    /// cannot change the result: it compiles seven ICU regular expressions (some 9 M instructions,
    /// on every run) only to tell plain scalars' types, and copydesk reads every scalar as its
    /// text and style, never its type.
    ///
    /// The one thing the types decide is which mapping keys are duplicates: Yams compares keys by
    /// text and type. The basic resolver types every plain scalar as a string. Without an
    /// explicit tag (which needs a `!` in the text), keys alike under the default resolver are
    /// alike under the basic one too (the same text, each plain or each not, or a plain key typed
    /// as a string); so a text the basic resolver reads without error holds no duplicates for the
    /// default one either. Any error, and any text with a `!`, is read again the default way, so
    /// errors and duplicates are reported exactly as before.
    ///
    /// The parser is given its constructor and encoding too: Yams' defaults for them are worked
    /// out at every call (the default constructor builds three dictionaries of Swift value
    /// makers, the default encoding reads the whole process environment for
    /// `YAMS_DEFAULT_ENCODING`), about 0.86 M instructions a process. The constructor makes
    /// values only for `Node.any`, which copydesk never asks for; the text is UTF-8, as a
    /// native string is (the default's answer unless that variable is set, when Yams also
    /// printed a line into copydesk's standard output).
    private static func parse(_ text: String) throws -> (Parser, Node?) {
        if !text.utf8.contains(UInt8(ascii: "!")) {
            do {
                let parser = try Parser(yaml: text, resolver: .basic, constructor: textOnly, encoding: .utf8)
                return (parser, try parser.singleRoot())
            } catch {}
        }
        let parser = try Parser(yaml: text, constructor: textOnly, encoding: .utf8)
        return (parser, try parser.singleRoot())
    }

    /// A constructor without value makers: the nodes copydesk composes are read as text.
    private static var textOnly: Constructor { Constructor([:], [:], [:]) }

    /// Walks the composed tree once, counting alias expansions, values and depth.
    ///
    /// Yams resolves an alias to a copy of its anchored node (the copy keeps the anchor), so
    /// every visit of an anchored node after the first is one expansion.
    private func checkExpansion(_ root: Node) throws(PolicyError) {
        var seenAnchors = Set<String>()
        var expansions = 0
        var nodes = 0
        var stack: [(node: Node, depth: Int)] = [(root, 1)]
        while let (node, depth) = stack.popLast() {
            nodes += 1
            let mark = node.mark
            if nodes > limits.maxNodes {
                throw PolicyError(
                    path: path, line: mark?.line ?? 0, column: mark?.column ?? 0,
                    message:
                        "policy has more than \(limits.maxNodes) values after expanding aliases; write it out plainly")
            }
            if depth > limits.maxDepth {
                throw PolicyError(
                    path: path, line: mark?.line ?? 0, column: mark?.column ?? 0,
                    message: "nesting deeper than \(limits.maxDepth) levels; flatten the policy")
            }
            if let anchor = node.anchor?.rawValue, !seenAnchors.insert(anchor).inserted {
                expansions += 1
                if expansions > limits.maxAliasExpansions {
                    throw PolicyError(
                        path: path, line: mark?.line ?? 0, column: mark?.column ?? 0,
                        message:
                            "more than \(limits.maxAliasExpansions) alias expansions; write the values out instead of '*\(anchor)'"
                    )
                }
            }
            switch node {
            case .scalar, .alias: break
            case .sequence(let sequence):
                for child in sequence.reversed() { stack.append((child, depth + 1)) }
            case .mapping(let mapping):
                for (key, value) in mapping.reversed() {
                    stack.append((value, depth + 1))
                    stack.append((key, depth + 1))
                }
            }
        }
    }

    private func convert(_ error: YamlError) -> PolicyError {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            // libyaml's order: the context ("while parsing a flow mapping at …"), then the problem.
            var message = "invalid YAML: \(problem)"
            if let context {
                message =
                    "invalid YAML: \(context.text) at line \(context.mark.line), column \(context.mark.column), \(problem)"
            }
            return PolicyError(path: path, line: mark.line, column: mark.column, message: message)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return PolicyError(
                path: path, line: context.mark.line, column: context.mark.column,
                message: "duplicate key \(names) in one mapping; keep one")
        case .reader(let problem, let offset, _, _):
            return PolicyError(path: path, message: "invalid YAML: \(problem)\(offset.map { " at byte \($0)" } ?? "")")
        case .dataCouldNotBeDecoded:
            return PolicyError(path: path, message: "the policy is not valid UTF-8 text")
        default:
            return PolicyError(path: path, message: "invalid YAML: \(error)")
        }
    }
}
