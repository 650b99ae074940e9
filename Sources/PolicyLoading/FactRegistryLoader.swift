import CopydeskCore
import Foundation
import Yams

/// A known-claims registry and the warnings found while reading it.
public struct LoadedFactRegistry: Sendable {
    public var registry: FactRegistry
    public var warnings: [PolicyDiagnostic]
}

/// Loads the known-claims registry a policy names with `facts:` (see policies/facts/health.yml).
///
/// Errors carry `file:line:col` and the key path (`claims[3].verdict: expected one of false,
/// misleading, unproven, true`); unknown keys are warnings with a did-you-mean. Paths starting
/// with `builtin:` name the registries embedded in copydesk (`builtin:facts/health.yml`).
public struct FactRegistryLoader: Sendable {
    public var limits: PolicyLimits

    static let topKeys = ["version", "claims"]
    static let claimKeys = ["id", "claim", "verdict", "match", "source", "note"]
    static let matchKeys = ["phrases", "terms"]
    static let sourceKeys = ["citation", "url"]

    public init(limits: PolicyLimits = PolicyLimits()) {
        self.limits = limits
    }

    /// The registries built into copydesk, by their `builtin:` path.
    public static var builtInPaths: [String] { BuiltInFacts.sources.map { "builtin:" + $0.path } }

    /// The registry a policy names with `facts:`, or nil when it names none. The pipeline calls
    /// this once per run; `copydesk policy validate` calls it to check the registry too.
    public func load(for policy: Policy) throws(PolicyError) -> LoadedFactRegistry? {
        guard let path = policy.facts else { return nil }
        return try load(path: path)
    }

    /// The registry at a path a policy resolved: a file, or `builtin:facts/NAME.yml`.
    public func load(path: String) throws(PolicyError) -> LoadedFactRegistry {
        // `policy show` writes a built-in registry as `builtin:…`; a policy file that copies it
        // resolves it against its own folder, so look for the marker anywhere in the path.
        if let marker = path.range(of: "builtin:", options: .backwards) {
            let name = String(path[marker.upperBound...])
            guard let yaml = BuiltInFacts.sources.first(where: { $0.path == name })?.yaml else {
                throw PolicyError(
                    path: path,
                    message:
                        "no built-in facts registry '\(name)'; built-in registries are \(Self.builtInPaths.joined(separator: ", "))"
                )
            }
            return try load(yaml: yaml, path: path)
        }
        return try load(yaml: read(path), path: path)
    }

    /// Registry text that claims to come from `path`.
    public func load(yaml: String, path: String) throws(PolicyError) -> LoadedFactRegistry {
        let root = try YAMLDocument(path: path, limits: limits).compose(yaml)
        var reader = PolicyReader(path: path)
        var claims: [KnownClaim] = []
        var versionSeen = false
        for entry in try reader.mapping(root, at: "", known: Self.topKeys) {
            switch entry.key {
            case "version":
                guard case .scalar(let scalar) = entry.value, scalar.string == "1" else {
                    throw reader.error(entry.value, entry.keyPath, "unsupported version; this copydesk reads version 1")
                }
                versionSeen = true
            case "claims":
                guard case .sequence(let sequence) = entry.value else {
                    throw reader.error(entry.value, entry.keyPath, "expected a list of claims")
                }
                var ids: [String: Int] = [:]
                for (index, item) in sequence.enumerated() {
                    let claim = try decodeClaim(item, at: "claims[\(index)]", reader: &reader)
                    if let first = ids[claim.id] {
                        throw reader.error(
                            item, "claims[\(index)].id",
                            "duplicate id '\(claim.id)' (first at claims[\(first)]); give each claim its own id")
                    }
                    ids[claim.id] = index
                    claims.append(claim)
                }
            default:
                break
            }
        }
        guard versionSeen else {
            throw reader.error(root, "", "missing 'version: 1'; add it at the top of the registry")
        }
        return LoadedFactRegistry(registry: FactRegistry(source: path, claims: claims), warnings: reader.warnings)
    }

    private func decodeClaim(_ node: Node, at keyPath: String, reader: inout PolicyReader) throws(PolicyError)
        -> KnownClaim
    {
        var id: String?
        var text: String?
        var verdict: KnownClaim.Verdict?
        var match: KnownClaim.Match?
        var source: KnownClaim.Source?
        var note: String?
        for entry in try reader.mapping(node, at: keyPath, known: Self.claimKeys) {
            switch entry.key {
            case "id":
                let value = try reader.nonEmptyString(entry.value, at: entry.keyPath)
                guard value.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }) else {
                    throw reader.error(
                        entry.value, entry.keyPath, "expected a kebab-case id of lowercase letters, digits and '-'")
                }
                id = value
            case "claim": text = try reader.nonEmptyString(entry.value, at: entry.keyPath)
            case "verdict": verdict = try reader.choice(entry.value, at: entry.keyPath, as: KnownClaim.Verdict.self)
            case "match": match = try decodeMatch(entry.value, at: entry.keyPath, reader: &reader)
            case "source": source = try decodeSource(entry.value, at: entry.keyPath, reader: &reader)
            case "note": note = try reader.nonEmptyString(entry.value, at: entry.keyPath)
            default: break
            }
        }
        for (name, present) in [
            ("id", id != nil), ("claim", text != nil), ("verdict", verdict != nil),
            ("match", match != nil), ("source", source != nil),
        ] where !present {
            throw reader.error(
                node, keyPath, "missing '\(name)'; every claim needs id, claim, verdict, match and source")
        }
        return KnownClaim(id: id!, claim: text!, match: match!, verdict: verdict!, source: source!, note: note)
    }

    private func decodeMatch(_ node: Node, at keyPath: String, reader: inout PolicyReader) throws(PolicyError)
        -> KnownClaim.Match
    {
        var match = KnownClaim.Match()
        for entry in try reader.mapping(node, at: keyPath, known: Self.matchKeys) {
            switch entry.key {
            case "phrases":
                match.phrases = try reader.stringList(entry.value, at: entry.keyPath)
            case "terms":
                guard case .sequence(let groups) = entry.value else {
                    throw reader.error(
                        entry.value, entry.keyPath, "expected a list of term groups, each a list of variants")
                }
                for (index, group) in groups.enumerated() {
                    let variants = try reader.stringList(group, at: "\(entry.keyPath)[\(index)]")
                    guard !variants.isEmpty else {
                        throw reader.error(
                            group, "\(entry.keyPath)[\(index)]", "empty term group; list at least one variant")
                    }
                    match.terms.append(variants)
                }
            default:
                break
            }
        }
        guard !match.isEmpty else {
            throw reader.error(node, keyPath, "nothing to match; give 'phrases' or 'terms'")
        }
        return match
    }

    private func decodeSource(_ node: Node, at keyPath: String, reader: inout PolicyReader) throws(PolicyError)
        -> KnownClaim.Source
    {
        var citation: String?
        var url: String?
        for entry in try reader.mapping(node, at: keyPath, known: Self.sourceKeys) {
            switch entry.key {
            case "citation": citation = try reader.nonEmptyString(entry.value, at: entry.keyPath)
            case "url":
                let value = try reader.nonEmptyString(entry.value, at: entry.keyPath)
                guard value.hasPrefix("https://") || value.hasPrefix("http://") else {
                    throw reader.error(entry.value, entry.keyPath, "expected an http:// or https:// URL")
                }
                url = value
            default: break
            }
        }
        guard let citation else {
            throw reader.error(node, keyPath, "missing 'citation'; name the source (author, title, year)")
        }
        guard let url else { throw reader.error(node, keyPath, "missing 'url'; link the source") }
        return KnownClaim.Source(citation: citation, url: url)
    }

    private func read(_ path: String) throws(PolicyError) -> String {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw PolicyError(path: path, message: "no such facts registry; check the policy's 'facts:' path")
        }
        guard !isFolder.boolValue else {
            throw PolicyError(path: path, message: "is a folder; 'facts:' names a YAML file")
        }
        if let size = (try? manager.attributesOfItem(atPath: path))?[.size] as? Int, size > limits.maxBytes {
            throw PolicyError(
                path: path, message: "facts registry is \(size) bytes, more than the limit of \(limits.maxBytes)")
        }
        guard let data = manager.contents(atPath: path) else {
            throw PolicyError(path: path, message: "could not read the file; check its permissions")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw PolicyError(path: path, message: "the facts registry is not valid UTF-8 text; save it as UTF-8")
        }
        return text
    }
}
