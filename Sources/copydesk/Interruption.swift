import CrashGuard
import Foundation

/// SIGINT and SIGTERM: remove the temporary output files in flight, then exit 130 or 143,
/// so an interrupted run leaves the old output file or the new one, never half of one.
/// A crash (CrashGuard.h) removes them too, after naming the files being linted.
enum Interruption {
    /// Temporary files being written now, removed on a signal.
    private final class Pending: @unchecked Sendable {
        private let lock = NSLock()
        /// Each path with its place on the crash guard's list.
        private var paths: [String: Int32] = [:]

        func insert(_ path: String) {
            lock.withLock {
                guard paths[path] == nil else { return }
                paths[path] = copydesk_crash_guard_add_file(path)
            }
        }
        func remove(_ path: String) {
            lock.withLock {
                if let slot = paths.removeValue(forKey: path) { copydesk_crash_guard_forget_file(slot) }
            }
        }
        func removeAll() -> [String] {
            lock.withLock {
                defer { paths = [:] }; return Array(paths.keys)
            }
        }
    }

    private static let pending = Pending()
    private static let queue = DispatchQueue(label: "copydesk.signals")
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// Installs the handlers; call once, first thing.
    static func install() {
        copydesk_crash_guard_install()
        for (number, status) in [(SIGINT, Int32(130)), (SIGTERM, Int32(143))] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                for path in pending.removeAll() { unlink(path) }
                Foundation.exit(status)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Puts `path` on the list of files a signal removes, until `forget`.
    static func remove(onSignal path: String) { pending.insert(path) }

    static func forget(_ path: String) { pending.remove(path) }

    /// Runs `body` with `path` on the list of files a signal removes.
    static func whileWriting<Result>(_ path: String, _ body: () throws -> Result) rethrows -> Result {
        pending.insert(path)
        defer { pending.remove(path) }
        return try body()
    }
}
