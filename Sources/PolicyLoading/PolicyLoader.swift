import CopydeskCore
import Foundation

/// Loads a policy: reads YAML, validates it, resolves `extends`, and merges it into a `Policy`.
///
/// Errors are typed (`PolicyError`, with file, line, column and key path); warnings come back
/// with the policy. The loader never prints.
public struct PolicyLoader: Sendable {
    /// Rule ids the checks know (`hedging.stacked-hedge`); nil skips checking names under `checks.<group>.rules`.
    public var knownRuleIDs: Set<String>?
    /// Lexicon names each group knows, keyed by group (`hedging`); nil skips checking `add`/`remove` names.
    public var knownLexicons: [String: Set<String>]?
    public var limits: PolicyLimits
    /// Whether `extends` may name a file outside the policy's folder tree (its repository, or
    /// its own folder outside a repository). Off by default: a policy from a pull request must
    /// not read arbitrary files.
    public var allowOutsideExtends = false

    /// The file names `discover(from:)` looks for, in order.
    public static let discoveryNames = [".copydesk.yml", ".copydesk.yaml"]
    /// Longest chain of `extends`.
    static let maxExtendsDepth = 16

    public init(
        knownRuleIDs: Set<String>? = nil, knownLexicons: [String: Set<String>]? = nil,
        limits: PolicyLimits = PolicyLimits()
    ) {
        self.knownRuleIDs = knownRuleIDs
        self.knownLexicons = knownLexicons
        self.limits = limits
    }

    /// The names of the policies built into copydesk.
    public static var builtInNames: [String] { BuiltInPolicies.sources.map(\.name) }

    /// The YAML text of a built-in policy, as written in policies/NAME.yml.
    public static func builtInSource(_ name: String) -> String? {
        BuiltInPolicies.sources.first { $0.name == name }?.yaml
    }

    /// A built-in policy: `default`, `medical` or `scientific`.
    public func builtIn(_ name: String) throws(PolicyError) -> LoadedPolicy {
        guard let yaml = Self.builtInSource(name) else {
            var message =
                "no built-in policy '\(name)'; built-in policies are \(Self.builtInNames.joined(separator: ", "))"
            if let suggestion = DidYouMean.suggestion(for: name, among: Self.builtInNames) {
                message += "; did you mean '\(suggestion)'?"
            }
            throw PolicyError(path: "builtin:\(name)", message: message)
        }
        return try resolve(Unit(identity: "builtin:\(name)", path: "builtin:\(name)", folder: "builtin:", yaml: yaml))
    }

    /// A policy file; relative `extends` and `facts` resolve against its folder.
    public func load(file path: String) throws(PolicyError) -> LoadedPolicy {
        let yaml = try Self.read(path, limits: limits)
        return try resolve(
            Unit(identity: Self.identity(of: path), path: path, folder: PathResolution.folder(of: path), yaml: yaml))
    }

    /// Policy text that claims to come from `path` (a file name, or `-` for stdin): relative
    /// `extends` and `facts` resolve against that path's folder.
    public func load(yaml: String, path: String) throws(PolicyError) -> LoadedPolicy {
        guard yaml.utf8.count <= limits.maxBytes else {
            throw PolicyError(
                path: path,
                message:
                    "policy is \(yaml.utf8.count) bytes, more than the limit of \(limits.maxBytes); policies are small, check the path"
            )
        }
        return try resolve(
            Unit(identity: Self.identity(of: path), path: path, folder: PathResolution.folder(of: path), yaml: yaml))
    }

    /// The `.copydesk.yml` (or `.copydesk.yaml`) nearest `directory` going upward, else the built-in default.
    public func discover(from directory: String) throws(PolicyError) -> LoadedPolicy {
        if let found = Self.findUpward(from: directory) { return try load(file: found) }
        return try builtIn("default")
    }

    /// The path of the policy file `discover(from:)` would load, if any.
    public static func findUpward(from directory: String) -> String? {
        let manager = FileManager.default
        var folder = absolute(directory)
        while true {
            for name in discoveryNames {
                let candidate = folder == "/" ? "/" + name : folder + "/" + name
                var isFolder: ObjCBool = false
                if manager.fileExists(atPath: candidate, isDirectory: &isFolder), !isFolder.boolValue {
                    return candidate
                }
            }
            if folder == "/" { return nil }
            folder = PathResolution.folder(of: folder)
            if folder.isEmpty { return nil }
        }
    }

    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return PathResolution.normalize(path) }
        return PathResolution.normalize(FileManager.default.currentDirectoryPath + "/" + path)
    }

    /// A file's identity for cycle detection: its absolute path with symbolic links resolved.
    static func identity(of path: String) -> String {
        URL(fileURLWithPath: absolute(path)).resolvingSymlinksInPath().path
    }

    static func read(_ path: String, limits: PolicyLimits) throws(PolicyError) -> String {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw PolicyError(
                path: path,
                message: "no such file; check the path, or leave out --policy to use .copydesk.yml or the default")
        }
        guard !isFolder.boolValue else {
            throw PolicyError(path: path, message: "is a folder; give the policy file's path")
        }
        if let size = (try? manager.attributesOfItem(atPath: path))?[.size] as? Int, size > limits.maxBytes {
            throw PolicyError(
                path: path,
                message:
                    "policy is \(size) bytes, more than the limit of \(limits.maxBytes); policies are small, check the path"
            )
        }
        guard let data = manager.contents(atPath: path) else {
            throw PolicyError(path: path, message: "could not read the file; check its permissions")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw PolicyError(path: path, message: "the policy is not valid UTF-8 text; save it as UTF-8")
        }
        return text
    }
}
