import CopydeskCore
import Foundation

/// Turns the paths a user gives into the files to lint.
///
/// Files are taken as given, whatever their extension. Folders are walked recursively for
/// `.md`, `.markdown`, `.txt`, `.html` and `.htm` files, skipping hidden entries, `.git` and
/// `node_modules`. `-` (standard input) passes through. The result is sorted by path (bytewise,
/// `-` first) with duplicates removed; missing or unreadable paths come back as errors.
public struct FileDiscovery: Sendable {
    /// Extensions picked up inside folders (lowercased, without the dot).
    public static let folderExtensions: Set<String> = ["md", "markdown", "txt", "html", "htm"]
    /// Folder names never entered.
    public static let skippedFolders: Set<String> = [".git", "node_modules"]

    public init() {}

    public func discover(_ paths: [String]) -> (files: [String], errors: [LoadError]) {
        var files: [String] = []
        var errors: [LoadError] = []
        var visitedFolders = Set<String>()
        for path in paths {
            if path == "-" {
                files.append(path)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                errors.append(LoadError(path: path, message: Self.missingMessage(path)))
                continue
            }
            if isDirectory.boolValue {
                walk(folder: path, into: &files, errors: &errors, visited: &visitedFolders)
            } else {
                files.append(path)
            }
        }
        // One input cannot name a file twice (a walk enters each real folder once and names
        // each entry once), so only several inputs need the set of keys, which for a big
        // archive would double the memory the path list takes.
        var unique = files
        if paths.count > 1 {
            var seen = Set<String>()
            let folder = FileManager.default.currentDirectoryPath
            unique = files.filter { seen.insert(Self.key($0, currentFolder: folder)).inserted }
        }
        files = []
        let sorted = unique.sorted { lhs, rhs in
            if lhs == "-" || rhs == "-" { return lhs == "-" && rhs != "-" }
            return Self.bytesPrecede(lhs, rhs)
        }
        return (sorted, errors.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) })
    }

    private func walk(folder: String, into files: inout [String], errors: inout [LoadError], visited: inout Set<String>)
    {
        // Symbolic links to folders could loop: enter each real folder once.
        let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }
        let entries: [Entry]
        if let listed = Self.entries(of: folder) {
            entries = listed
        } else {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder)
            } catch {
                errors.append(
                    LoadError(
                        path: folder,
                        message: FileManager.default.isReadableFile(atPath: folder)
                            ? "cannot read folder" : "permission denied"))
                return
            }
            let types = EntryTypes(of: folder)
            entries = names.sorted().map { Entry(name: $0, type: types[$0]) }
        }
        // `folder + "/" + name` for every entry, with the folder's part made once.
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        for entry in entries {
            let name = entry.name
            if name.hasPrefix(".") || Self.skippedFolders.contains(name) { continue }
            let path = prefix + name
            var isDirectory: ObjCBool = false
            if let type = entry.type {
                isDirectory = ObjCBool(type == .folder)
            } else if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                // A broken link that would have been linted is reported, not skipped in silence.
                if FileReader.linkTarget(path) != nil, Self.hasFolderExtension(name) {
                    errors.append(LoadError(path: path, message: Self.missingMessage(path)))
                }
                continue
            }
            if isDirectory.boolValue {
                walk(folder: path, into: &files, errors: &errors, visited: &visited)
            } else if Self.hasFolderExtension(name) {
                files.append(path)
            }
        }
    }

    /// Whether `lhs`'s UTF-8 bytes come before `rhs`'s (`utf8.lexicographicallyPrecedes`),
    /// compared in place with `memcmp`.
    static func bytesPrecede(_ lhs: String, _ rhs: String) -> Bool {
        var lhs = lhs
        var rhs = rhs
        return lhs.withUTF8 { left in
            rhs.withUTF8 { right in
                let common = min(left.count, right.count)
                if common > 0, let a = left.baseAddress, let b = right.baseAddress {
                    let order = memcmp(a, b, common)
                    if order != 0 { return order < 0 }
                }
                return left.count < right.count
            }
        }
    }

    /// Whether `name` ends in one of `folderExtensions`, in any case. An ASCII name is read as
    /// bytes (its extension lowercased into a small string); any other the Character way.
    static func hasFolderExtension(_ name: String) -> Bool {
        var name = name
        let ascii = name.withUTF8 { bytes -> String?? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")) else { return .some(nil) }
            let suffix = UnsafeBufferPointer(rebasing: bytes[(dot + 1)...])
            return String(unsafeUninitializedCapacity: suffix.count) { out in
                for (index, byte) in suffix.enumerated() {
                    out[index] = ASCII.lowercased(byte)
                }
                return suffix.count
            }
        }
        if let ascii { return ascii.map(folderExtensions.contains) ?? false }
        guard let dot = name.lastIndex(of: ".") else { return false }
        return folderExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    /// Why a path that does not exist is missing: no file, a dangling link, or a link loop.
    static func missingMessage(_ path: String) -> String {
        guard FileReader.linkTarget(path) != nil else { return "no such file" }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        let code = errno
        if descriptor >= 0 {
            close(descriptor)
            return "no such file"
        }
        return FileReader.message(errno: code, path: path)
    }

    /// The same file spelled two ways (`a/./b.md`, `a//b.md`, relative and absolute) counts
    /// once: the key is the absolute path with `.`, `..` and repeated slashes worked out, as
    /// `URL.standardizedFileURL` gives it. A path with none of those, the usual case, is only
    /// put after `currentFolder` (when relative); any other goes through `URL`.
    static func key(_ path: String, currentFolder: String) -> String {
        if path == "-" { return path }
        guard isPlain(path), isPlain(currentFolder), currentFolder.utf8.first == slash else {
            return URL(fileURLWithPath: path).standardizedFileURL.path
        }
        if path.utf8.first == slash { return path }
        return currentFolder == "/" ? "/" + path : currentFolder + "/" + path
    }

    private static let slash = UInt8(ascii: "/")

    /// Not empty, no `~` in front, no empty, `.` or `..` component, no slash at the end.
    private static func isPlain(_ path: String) -> Bool {
        let bytes = path.utf8
        guard let first = bytes.first, first != UInt8(ascii: "~") else { return false }
        if path == "/" { return true }
        // The length of the component so far, and whether it is all dots.
        var length = 0
        var dots = true
        for byte in first == slash ? bytes.dropFirst() : bytes[...] {
            if byte == slash {
                if length == 0 || (dots && length <= 2) { return false }
                length = 0
                dots = true
            } else {
                length += 1
                dots = dots && byte == UInt8(ascii: ".")
            }
        }
        return length > 0 && !(dots && length <= 2)
    }
}
