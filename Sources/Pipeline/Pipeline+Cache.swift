import CopydeskCore
import Foundation
import PolicyLoading

extension Pipeline {
    /// The per-file cache for a request, or nil when it is off, or when an external verifier
    /// is asked (its answers are not ours to keep).
    func makeCache(_ request: LintRequest, policy: Policy) -> FileCache? {
        guard let directory = request.cacheDirectory, verifier == nil else { return nil }
        var parts = [
            "copydesk \(Pipeline.version)", Self.buildIdentity, PolicyWriter().yaml(policy),
            "only: " + request.only.sorted().joined(separator: ","),
            "disable: " + request.disable.sorted().joined(separator: ","), "max-bytes: \(request.maxFileBytes)",
        ]
        if let facts = policy.facts {
            // The registry's contents decide fact-check findings: an edit to it invalidates the cache.
            let bytes = FileManager.default.contents(atPath: facts).map { [UInt8]($0) } ?? []
            parts.append("facts: \(facts) \(ContentHash.hex(of: bytes))")
        }
        let key = ContentHash.hex(of: Array(parts.joined(separator: "\u{1E}").utf8))
        let folder = directory.hasPrefix("/") ? directory : request.workingDirectory + "/" + directory
        return FileCache(directory: folder, runKey: key)
    }

    /// The running executable's size and modification time: a rebuilt copydesk (same version
    /// number, different code) does not trust entries an older build wrote.
    static let buildIdentity: String = {
        guard let path = Bundle.main.executablePath,
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        else { return "unknown build" }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let date = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(size) \(date)"
    }()
}
