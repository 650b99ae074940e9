import CopydeskCore
import Foundation
import PolicyLoading

/// Loads policy text as if it were the file `policy.yml` in the working folder.
func loadPolicy(_ yaml: String, known: Set<String>? = nil, path: String = "policy.yml") throws(PolicyError)
    -> LoadedPolicy
{
    try PolicyLoader(knownRuleIDs: known).load(yaml: yaml, path: path)
}

/// The error loading the text gives, rendered as the CLI shows it; nil when it loads.
func policyError(_ yaml: String, known: Set<String>? = nil, path: String = "policy.yml") -> String? {
    do {
        _ = try loadPolicy(yaml, known: known, path: path)
        return nil
    } catch {
        return error.description
    }
}

/// The warnings loading the text gives, rendered; the error's description when it fails.
func policyWarnings(_ yaml: String, known: Set<String>? = nil) -> [String] {
    do {
        return try loadPolicy(yaml, known: known).warnings.map(\.description)
    } catch {
        return ["unexpected " + error.description]
    }
}

/// A fresh temporary folder holding the given files (relative path → text), removed by the caller.
struct TemporaryFolder {
    let path: String

    init(_ files: [String: String]) throws {
        path = NSTemporaryDirectory() + "copydesk-policy-" + UUID().uuidString
        for (name, text) in files {
            let file = path + "/" + name
            try FileManager.default.createDirectory(
                atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: file, atomically: true, encoding: .utf8)
        }
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
