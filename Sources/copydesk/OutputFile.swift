import CrashGuard
import Foundation
import Reporting

/// Writes an output file whole or not at all: a temporary file beside it, then a rename (a swap
/// of the two names when the path is a regular file already: `copydesk_replace_file`).
enum OutputFile {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func write(_ text: String, to path: String) throws(Failure) {
        let pending = try Pending(path: path)
        do {
            try pending.output.write(text)
        } catch {
            pending.discard()
            throw Failure(description: error.description)
        }
        try pending.commit()
    }

    /// An output file being written: bytes go to a temporary file beside it, which `commit`
    /// moves over the path and `discard` (or a signal, see Interruption) removes.
    final class Pending {
        let path: String
        let output: ReportOutput
        private let temporary: String
        private var descriptor: Int32

        init(path: String) throws(Failure) {
            let url = URL(fileURLWithPath: path)
            let folder = url.deletingLastPathComponent()
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                throw Failure(description: "\(path): is a folder; give a file name for --output")
            }
            guard FileManager.default.fileExists(atPath: folder.path) else {
                throw Failure(description: "\(path): folder \(folder.path) does not exist; create it first")
            }
            self.path = path
            // Numbered: two outputs of one run (the report and the baseline) never share it.
            let number = OutputFile.counter.next()
            temporary =
                folder.appendingPathComponent(".\(url.lastPathComponent).copydesk-\(getpid())-\(number).tmp").path
            // On the list before it exists: a signal between open and the list would leave it behind.
            Interruption.remove(onSignal: temporary)
            // Read and write: a report can rewrite what it wrote (see `ReportOutput.replace`).
            descriptor = open(temporary, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
            guard descriptor >= 0 else {
                let reason = String(cString: strerror(errno))
                Interruption.forget(temporary)
                throw Failure(description: "\(path): cannot write: \(reason)")
            }
            output = ReportOutput(descriptor: descriptor, name: path, rewindable: true)
        }

        deinit { discard() }

        /// Flushes, closes and moves the temporary file over the path.
        func commit() throws(Failure) {
            do {
                try output.flush()
            } catch {
                discard()
                throw Failure(description: error.description)
            }
            close(descriptor)
            descriptor = -1
            if copydesk_replace_file(temporary, path) != 0 {
                let reason = String(cString: strerror(errno))
                unlink(temporary)
                Interruption.forget(temporary)
                throw Failure(description: "\(path): cannot write: \(reason)")
            }
            Interruption.forget(temporary)
        }

        /// Removes the temporary file; the path keeps whatever it had. Does nothing after `commit`.
        func discard() {
            guard descriptor >= 0 else { return }
            close(descriptor)
            descriptor = -1
            unlink(temporary)
            Interruption.forget(temporary)
        }
    }

    fileprivate static let counter = Counter()

    fileprivate final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        func next() -> Int {
            lock.withLock {
                value += 1; return value
            }
        }
    }

    /// Whether two paths name the same file (for refusing to overwrite an input).
    static func sameFile(_ lhs: String, _ rhs: String) -> Bool {
        URL(fileURLWithPath: lhs).standardizedFileURL.resolvingSymlinksInPath().path
            == URL(fileURLWithPath: rhs).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
