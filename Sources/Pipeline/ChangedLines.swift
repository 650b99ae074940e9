import Foundation

/// The lines changed since a git ref, from `git diff`, for pull-request gates
/// (`--changed-since REF`). Files git does not know at REF count as wholly changed.
struct ChangedLines: Sendable {
    let ref: String
    /// The repository's top folder.
    let root: String
    /// Changed lines of files that differ from REF, by absolute path.
    private let lines: [String: Set<Int>]
    /// Absolute paths of files that exist at REF.
    private let tracked: Set<String>

    init(ref: String, workingDirectory: String) throws(PipelineError) {
        self.ref = ref
        let output = try Self.git(["rev-parse", "--show-toplevel"], in: workingDirectory, ref: ref)
        let top = output.trimmingCharacters(in: .whitespacesAndNewlines)
        root = top
        _ = try Self.git(["rev-parse", "--verify", "--quiet", "\(ref)^{commit}"], in: top, ref: ref)
        let diff = try Self.git(["diff", "--no-ext-diff", "--no-color", "--unified=0", ref, "--"], in: top, ref: ref)
        lines = Self.parse(diff: diff, root: top)
        let files = try Self.git(["ls-tree", "-r", "--name-only", "-z", ref], in: top, ref: ref)
        tracked = Set(files.split(separator: "\0").map { top + "/" + $0 })
    }

    /// Whether a finding's line in `path` changed since the ref.
    func contains(path: String, line: Int) -> Bool {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        let key = absolute.hasPrefix(root + "/") ? absolute : root + "/" + path
        guard tracked.contains(key) else { return true }
        return lines[key]?.contains(line) ?? false
    }

    /// New-side line numbers from `@@ -a,b +c,d @@` hunk headers of a unified diff.
    static func parse(diff: String, root: String) -> [String: Set<Int>] {
        var result: [String: Set<Int>] = [:]
        var current: String?
        for line in diff.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("+++ ") {
                let name = line.dropFirst(4)
                current =
                    name == "/dev/null"
                    ? nil : root + "/" + (name.hasPrefix("b/") ? String(name.dropFirst(2)) : String(name))
            } else if line.hasPrefix("@@"), let current {
                let parts = line.split(separator: " ")
                guard parts.count >= 3, parts[2].hasPrefix("+") else { continue }
                let numbers = parts[2].dropFirst().split(separator: ",").compactMap { Int($0) }
                guard let start = numbers.first else { continue }
                let count = numbers.count > 1 ? numbers[1] : 1
                if count > 0 { result[current, default: []].formUnion(start..<(start + count)) }
            }
        }
        return result
    }

    private static func git(_ arguments: [String], in folder: String, ref: String) throws(PipelineError) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do {
            try process.run()
        } catch {
            throw PipelineError("--changed-since needs git, which could not be run: \(error.localizedDescription)")
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            if errorText.contains("not a git repository") {
                throw PipelineError("--changed-since \(ref): \(folder) is not inside a git repository")
            }
            if arguments.first == "rev-parse" && arguments.contains("--verify") {
                throw PipelineError("--changed-since \(ref): no such commit, branch or tag")
            }
            let reason = errorText.split(separator: "\n").first.map(String.init) ?? "exit \(process.terminationStatus)"
            throw PipelineError("--changed-since \(ref): git \(arguments[0]) failed: \(reason)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
