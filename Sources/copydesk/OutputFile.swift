import Foundation

/// Writes an output file whole or not at all: a temporary file beside it, then a rename.
enum OutputFile {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func write(_ text: String, to path: String) throws(Failure) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw Failure(description: "\(path): is a folder; give a file name for --output")
        }
        guard FileManager.default.fileExists(atPath: folder.path) else {
            throw Failure(description: "\(path): folder \(folder.path) does not exist; create it first")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).copydesk-\(getpid()).tmp")
        do {
            // A signal before the rename removes the temporary file (see Interruption).
            try Interruption.whileWriting(temporary.path) {
                try Data(text.utf8).write(to: temporary)
                if rename(temporary.path, url.path) != 0 {
                    let reason = String(cString: strerror(errno))
                    try? FileManager.default.removeItem(at: temporary)
                    throw Failure(description: "\(path): cannot write: \(reason)")
                }
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw Failure(description: "\(path): cannot write: \(error.localizedDescription)")
        }
    }

    /// Whether two paths name the same file (for refusing to overwrite an input).
    static func sameFile(_ lhs: String, _ rhs: String) -> Bool {
        URL(fileURLWithPath: lhs).standardizedFileURL.resolvingSymlinksInPath().path
            == URL(fileURLWithPath: rhs).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
