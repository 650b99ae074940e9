import CopydeskCore
import Foundation

/// Saved per-file results in `.copydesk-cache/`, so a rerun after editing one article of a
/// large repository costs about one article.
///
/// An entry holds one file's `FileReport` (findings with fingerprints, claims, the excerpt
/// lines the terminal view shows) and the check warnings it raised. It is found by the file's
/// path and the run's key (tool build, effective policy, rule selection, fact registry) and
/// used only when the content hash it records matches the bytes on disk now. Entries are
/// written to a temporary file and renamed into place, so concurrent runs never read a torn
/// entry; a run that cannot read or write the cache lints as if it had none.
struct FileCache: Sendable {
    /// The cache folder, `.copydesk-cache` in the working directory by default.
    let directory: String
    /// Digest of everything besides the file's bytes that decides its result.
    let runKey: String

    /// What one file's entry records.
    struct Entry: Codable, Sendable {
        var runKey: String
        var contentHash: String
        var report: FileReport
        /// `FileReport.excerpts`, which the JSON report leaves out.
        var excerpts: [Int: String]
        var warnings: [String]
    }

    init(directory: String, runKey: String) {
        self.directory = directory
        self.runKey = runKey
    }

    /// The saved result for `path` when its content hash is `contentHash`, else nil.
    func lookup(path: String, contentHash: String) -> (report: FileReport, warnings: [String])? {
        guard let data = FileManager.default.contents(atPath: entryPath(for: path)),
            let entry = try? JSONDecoder().decode(Entry.self, from: data),
            entry.runKey == runKey, entry.contentHash == contentHash, entry.report.path == path
        else { return nil }
        var report = entry.report
        report.excerpts = entry.excerpts
        return (report, entry.warnings)
    }

    /// Saves a result; failures are ignored (the next run lints the file again).
    func store(path: String, contentHash: String, report: FileReport, warnings: [String]) {
        let entry = Entry(
            runKey: runKey, contentHash: contentHash, report: report, excerpts: report.excerpts, warnings: warnings)
        guard let data = try? JSONEncoder().encode(entry) else { return }
        let manager = FileManager.default
        if !manager.fileExists(atPath: directory) {
            try? manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
            // Keep the cache out of version control without touching the user's .gitignore.
            try? Data("*\n".utf8).write(to: URL(fileURLWithPath: directory + "/.gitignore"))
        }
        let target = entryPath(for: path)
        let temporary =
            "\(target).\(ProcessInfo.processInfo.processIdentifier).\(UInt64.random(in: 0...UInt64.max)).tmp"
        guard manager.createFile(atPath: temporary, contents: data) else { return }
        if rename(temporary, target) != 0 { try? manager.removeItem(atPath: temporary) }
    }

    /// One slot per (path, run key): editing a file replaces its entry instead of adding one.
    func entryPath(for path: String) -> String {
        directory + "/" + ContentHash.of(Array((runKey + "\u{1F}" + path).utf8)).0.paddedHex + ".json"
    }
}

/// A fast 128-bit non-cryptographic hash of bytes, for cache keys.
enum ContentHash {
    /// Two 64-bit lanes over 8-byte words, then a murmur3 finaliser on each.
    static func of(_ bytes: [UInt8]) -> (UInt64, UInt64) {
        var a: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F &+ UInt64(bytes.count)
        bytes.withUnsafeBytes { raw in
            let words = raw.count / 8
            for index in 0..<words {
                let word = raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)
                a = rotate(a ^ (word &* 0x87C3_7B91_1142_53D5), 31) &* 0x4CF5_AD43_2745_937F
                b = rotate(b ^ (word &* 0x4CF5_AD43_2745_937F), 27) &* 0x87C3_7B91_1142_53D5 &+ a
            }
            var tail: UInt64 = 0
            for index in (words * 8)..<raw.count { tail = tail << 8 | UInt64(raw[index]) }
            a ^= tail &* 0xFF51_AFD7_ED55_8CCD
            b ^= tail &* 0xC4CE_B9FE_1A85_EC53
        }
        return (mix(a ^ rotate(b, 17)), mix(b &+ a))
    }

    static func hex(of bytes: [UInt8]) -> String {
        let (a, b) = of(bytes)
        return a.paddedHex + b.paddedHex
    }

    private static func rotate(_ x: UInt64, _ r: UInt64) -> UInt64 { x << r | x >> (64 - r) }

    private static func mix(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x = x &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x = x &* 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }
}
