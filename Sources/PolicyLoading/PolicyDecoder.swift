import CopydeskCore
import Foundation
import Yams

/// Decodes one composed policy file into a `PolicyLayer`, walking the nodes by hand so every
/// mistake has its line, column and key path.
struct PolicyDecoder {
    static let supportedVersion = 1
    static let topKeys = ["version", "name", "extends", "checks", "rules", "files", "facts"]

    var reader: PolicyReader
    /// The folder `facts:` resolves against: the policy file's folder, or `builtin:` for built-ins.
    var folder: String
    var layer: PolicyLayer

    init(path: String, folder: String) {
        self.reader = PolicyReader(path: path)
        self.folder = folder
        self.layer = PolicyLayer(path: path)
    }

    mutating func decode(_ root: Node) throws(PolicyError) -> PolicyLayer {
        guard case .mapping = root else {
            throw reader.error(root, "", "expected a mapping at the top level, starting with 'version: 1'")
        }
        let entries = try reader.anyMapping(root, at: "")
        guard let version = entries.first(where: { $0.key == "version" }) else {
            throw reader.error(root, "version", "missing key 'version'; add 'version: 1' at the top")
        }
        guard case .scalar(let scalar) = version.value, let number = Int(scalar.string),
            number == Self.supportedVersion
        else {
            throw reader.error(
                version.value, "version",
                "unsupported version '\(scalarText(version.value))'; this copydesk reads version \(Self.supportedVersion)"
            )
        }
        for entry in try reader.mapping(root, at: "", known: Self.topKeys) {
            switch entry.key {
            case "name":
                let name = try reader.nonEmptyString(entry.value, at: entry.keyPath)
                layer.name = name
                layer.edits.append { $0.name = name }
            case "extends":
                try decodeExtends(entry)
            case "checks":
                try decodeChecks(entry)
            case "rules":
                try decodeRules(entry)
            case "files":
                try decodeFiles(entry)
            case "facts":
                let facts = PathResolution.resolve(
                    try reader.nonEmptyString(entry.value, at: entry.keyPath), against: folder)
                layer.edits.append { $0.facts = facts }
            default:
                break
            }
        }
        layer.warnings = reader.warnings
        return layer
    }

    func scalarText(_ node: Node) -> String {
        if case .scalar(let scalar) = node { return scalar.string }
        return "a collection"
    }

    private mutating func decodeExtends(_ entry: PolicyReader.Entry) throws(PolicyError) {
        if reader.isNull(entry.value) { return }
        switch entry.value {
        case .sequence(let sequence):
            for (index, item) in sequence.enumerated() {
                let keyPath = "\(entry.keyPath)[\(index)]"
                let target = try reader.nonEmptyString(item, at: keyPath)
                layer.extends.append(.init(target: target, node: item, keyPath: keyPath))
            }
        case .scalar:
            let target = try reader.nonEmptyString(entry.value, at: entry.keyPath)
            layer.extends.append(.init(target: target, node: entry.value, keyPath: entry.keyPath))
        default:
            throw reader.error(entry.value, entry.keyPath, "expected a policy name or path, or a list of them")
        }
    }

    private mutating func decodeFiles(_ entry: PolicyReader.Entry) throws(PolicyError) {
        for item in try reader.mapping(entry.value, at: entry.keyPath, known: ["include", "exclude"]) {
            let globs = try reader.stringList(item.value, at: item.keyPath)
            if item.key == "include" {
                layer.edits.append { $0.files.include = globs }
            } else {
                layer.edits.append { $0.files.exclude = globs }
            }
        }
    }
}

/// Joins relative paths onto a policy's folder, and tidies `.` and `..`.
enum PathResolution {
    static func resolve(_ path: String, against folder: String) -> String {
        if path.hasPrefix("/") || folder.isEmpty { return normalize(path) }
        if folder == "builtin:" { return "builtin:" + normalize(path) }
        return normalize(folder + "/" + path)
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return path == "/" ? "/" : (slash == path.startIndex ? "/" : String(path[..<slash]))
    }

    static func normalize(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
                continue
            }
            if part == "..", absolute { continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }
}
