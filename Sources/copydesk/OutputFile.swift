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
    /// moves over the path and `discard` (or a signal, see Interruption) removes. A path that
    /// names something other than a file or a folder (`/dev/null`, `/dev/stdout`, a named pipe, a
    /// shell's `>(…)`) is written straight through, as standard output is: a rename over it
    /// would replace the device or the pipe with a file (as root, `/dev/null` itself).
    final class Pending {
        let path: String
        let output: ReportOutput
        /// Nil when the path is written straight through.
        private let temporary: String?
        private var descriptor: Int32

        init(path: String) throws(Failure) {
            let url = URL(fileURLWithPath: path)
            let folder = url.deletingLastPathComponent()
            var info = stat()
            if stat(path, &info) == 0 {
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    throw Failure(description: "\(path): is a folder; give a file name for --output")
                case S_IFREG:
                    break
                default:
                    self.path = path
                    temporary = nil
                    descriptor = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY)
                    guard descriptor >= 0 else {
                        throw Failure(description: "\(path): cannot write: \(String(cString: strerror(errno)))")
                    }
                    output = ReportOutput(descriptor: descriptor, name: path)
                    return
                }
            }
            guard FileManager.default.fileExists(atPath: folder.path) else {
                throw Failure(description: "\(path): folder \(folder.path) does not exist; create it first")
            }
            self.path = path
            // Numbered: two outputs of one run (the report and the baseline) never share it.
            let number = OutputFile.counter.next()
            let temporary =
                folder.appendingPathComponent(".\(url.lastPathComponent).copydesk-\(getpid())-\(number).tmp").path
            self.temporary = temporary
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

        /// Flushes, closes and moves the temporary file over the path (or, written straight
        /// through, flushes and closes).
        func commit() throws(Failure) {
            do {
                try output.flush()
            } catch {
                discard()
                throw Failure(description: error.description)
            }
            close(descriptor)
            descriptor = -1
            guard let temporary else { return }
            if copydesk_replace_file(temporary, path) != 0 {
                let reason = String(cString: strerror(errno))
                unlink(temporary)
                Interruption.forget(temporary)
                throw Failure(description: "\(path): cannot write: \(reason)")
            }
            Interruption.forget(temporary)
        }

        /// Removes the temporary file; the path keeps whatever it had (written straight through:
        /// what reached it stays). Does nothing after `commit`.
        func discard() {
            guard descriptor >= 0 else { return }
            close(descriptor)
            descriptor = -1
            guard let temporary else { return }
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
