import CopydeskCore
import Foundation

/// Resolving `extends`: parents first, each policy applied once, cycles reported with the chain.
extension PolicyLoader {
    /// One policy source: a file, text claiming a path, or a built-in.
    struct Unit {
        /// `builtin:NAME`, or the absolute path with links resolved.
        var identity: String
        /// The path shown in messages.
        var path: String
        /// The folder relative paths resolve against (`builtin:` for built-ins).
        var folder: String
        var yaml: String
    }

    /// Decodes `top` and everything it extends, then merges them in order onto `Policy()`.
    func resolve(_ top: Unit) throws(PolicyError) -> LoadedPolicy {
        var layers: [PolicyLayer] = []
        var included: Set<String> = []
        var warnings: [PolicyDiagnostic] = []
        let tree = allowOutsideExtends || top.folder == "builtin:" ? nil : Self.folderTree(of: top.folder)
        let topLayer = try collect(
            top, chain: [], tree: tree, layers: &layers, included: &included, warnings: &warnings)

        var policy = Policy()
        for layer in layers { layer.apply(to: &policy) }
        policy.version = PolicyDecoder.supportedVersion
        policy.source = top.path
        policy.name = topLayer.name ?? Self.defaultName(for: top.path)

        for layer in layers {
            warnings += referenceWarnings(layer, policy: policy)
        }
        return LoadedPolicy(policy: policy, warnings: warnings)
    }

    /// The folder tree a policy's `extends` may reach: the repository holding `folder` (the
    /// nearest folder upward with a `.git`), else `folder` itself; links resolved.
    static func folderTree(of folder: String) -> String {
        let start = identity(of: folder)
        var current = URL(fileURLWithPath: start)
        while true {
            if FileManager.default.fileExists(atPath: current.appendingPathComponent(".git").path) {
                return current.path
            }
            let up = current.deletingLastPathComponent()
            if up.path == current.path { return start }
            current = up
        }
    }

    /// A policy without `name:` is named after its file: `.copydesk.yml` gives `copydesk`.
    static func defaultName(for path: String) -> String {
        if path == "-" { return "stdin" }
        var name = String(path.split(separator: "/").last ?? Substring(path))
        if name.hasPrefix("builtin:") { name.removeFirst("builtin:".count) }
        for suffix in [".yml", ".yaml"] where name.hasSuffix(suffix) { name.removeLast(suffix.count) }
        while name.hasPrefix(".") { name.removeFirst() }
        return name.isEmpty ? "policy" : name
    }

    /// Decodes one unit, then its parents depth-first; appends layers parents-first, skipping
    /// a policy already included through another parent.
    private func collect(
        _ unit: Unit, chain: [Unit], tree: String?, layers: inout [PolicyLayer], included: inout Set<String>,
        warnings: inout [PolicyDiagnostic]
    ) throws(PolicyError) -> PolicyLayer {
        let root = try YAMLDocument(path: unit.path, limits: limits).compose(unit.yaml)
        var decoder = PolicyDecoder(path: unit.path, folder: unit.folder)
        let layer = try decoder.decode(root)
        warnings += layer.warnings
        let chain = chain + [unit]
        for parent in layer.extends {
            let target = try locate(parent, from: unit, tree: tree, warnings: warnings)
            if let start = chain.firstIndex(where: { $0.identity == target.identity }) {
                let names = (chain[start...].map(\.path) + [target.path]).joined(separator: " -> ")
                throw PolicyError(
                    path: unit.path, line: parent.node.mark?.line ?? 0, column: parent.node.mark?.column ?? 0,
                    keyPath: parent.keyPath, message: "extends cycle: \(names)", warnings: warnings)
            }
            if included.contains(target.identity) { continue }
            guard chain.count < Self.maxExtendsDepth else {
                throw PolicyError(
                    path: unit.path, line: parent.node.mark?.line ?? 0, column: parent.node.mark?.column ?? 0,
                    keyPath: parent.keyPath,
                    message: "extends chain longer than \(Self.maxExtendsDepth) policies; extend fewer levels",
                    warnings: warnings)
            }
            do {
                _ = try collect(
                    target, chain: chain, tree: tree, layers: &layers, included: &included, warnings: &warnings)
            } catch {
                var error = error
                error.warnings = warnings + error.warnings.filter { !warnings.contains($0) }
                throw error
            }
        }
        layers.append(layer)
        included.insert(unit.identity)
        return layer
    }

    /// The unit an `extends` entry names: a built-in policy, or a file relative to the extending one.
    private func locate(
        _ parent: PolicyLayer.Extends, from unit: Unit, tree: String?, warnings: [PolicyDiagnostic]
    ) throws(PolicyError) -> Unit {
        func failure(_ message: String) -> PolicyError {
            PolicyError(
                path: unit.path, line: parent.node.mark?.line ?? 0, column: parent.node.mark?.column ?? 0,
                keyPath: parent.keyPath, message: message, warnings: warnings)
        }
        let names = Self.builtInNames
        if let yaml = Self.builtInSource(parent.target) {
            return Unit(
                identity: "builtin:\(parent.target)", path: "builtin:\(parent.target)", folder: "builtin:", yaml: yaml)
        }
        let looksLikeName =
            !parent.target.contains("/") && !parent.target.hasSuffix(".yml") && !parent.target.hasSuffix(".yaml")
        if unit.folder == "builtin:" {
            throw failure("a built-in policy can only extend built-in policies (\(names.joined(separator: ", ")))")
        }
        let path = PathResolution.resolve(parent.target, against: unit.folder)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
            var message: String
            if looksLikeName {
                message =
                    "no built-in policy '\(parent.target)'; built-in policies are \(names.joined(separator: ", "))"
                if let suggestion = DidYouMean.suggestion(for: parent.target, among: names) {
                    message += "; did you mean '\(suggestion)'?"
                }
            } else {
                message = "no policy file at '\(path)'; paths are relative to the extending policy's folder"
            }
            throw failure(message)
        }
        if let tree, !Self.identity(of: path).hasPrefix(tree.hasSuffix("/") ? tree : tree + "/") {
            throw failure(
                "extends '\(parent.target)' is outside the policy's folder tree (\(tree)); move the parent policy inside it, or pass --allow-outside-extends to trust it"
            )
        }
        do {
            let yaml = try Self.read(path, limits: limits)
            return Unit(
                identity: Self.identity(of: path), path: path, folder: PathResolution.folder(of: path), yaml: yaml)
        } catch {
            throw failure("cannot extend '\(path)': \(error.message)")
        }
    }

    /// Warnings for rule and lexicon names the checks do not know, with a did-you-mean.
    private func referenceWarnings(_ layer: PolicyLayer, policy: Policy) -> [PolicyDiagnostic] {
        var reader = PolicyReader(path: layer.path)
        if let knownRuleIDs {
            let ids = knownRuleIDs.union(policy.rules.map(\.id))
            var customCategory: [String: Category] = [:]
            for rule in policy.rules { customCategory[rule.id] = rule.category }
            func category(of id: String) -> Category? {
                customCategory[id] ?? Category(rawValue: String(id.split(separator: ".").first ?? ""))
            }
            for reference in layer.ruleReferences {
                let inGroup = ids.filter { category(of: $0) == reference.category }
                let names = inGroup.flatMap { [$0, Self.shortName($0)] }
                if names.contains(reference.name) { continue }
                if let other = ids.first(where: { $0 == reference.name || Self.shortName($0) == reference.name }),
                    let owner = category(of: other),
                    let groupKey = CheckSettings.groupKeys.first(where: { $0.category == owner })?.key
                {
                    reader.warn(
                        reference.node, reference.keyPath,
                        "rule '\(other)' belongs to checks.\(groupKey); move it to checks.\(groupKey).rules")
                    continue
                }
                let candidates = inGroup.map { Self.shortName($0) }.sorted()
                if let suggestion = DidYouMean.suggestion(for: reference.name, among: candidates) {
                    reader.warn(reference.node, reference.keyPath, "unknown rule; did you mean '\(suggestion)'?")
                } else {
                    reader.warn(reference.node, reference.keyPath, "unknown rule; 'copydesk rules' lists every rule id")
                }
            }
        }
        if let knownLexicons {
            for reference in layer.lexiconReferences {
                let known = (knownLexicons[reference.groupKey] ?? []).sorted()
                if known.contains(reference.name) { continue }
                reader.warnUnknown(reference.node, reference.keyPath, reference.name, known: known, what: "lexicon")
            }
        }
        return reader.warnings
    }

    static func shortName(_ id: String) -> String {
        String(id.split(separator: ".", maxSplits: 1).last ?? Substring(id))
    }
}
