import Foundation

/// SIGINT and SIGTERM: remove the temporary output files in flight, then exit 130 or 143,
/// so an interrupted run leaves the old output file or the new one, never half of one.
enum Interruption {
    /// Temporary files being written now, removed on a signal.
    private final class Pending: @unchecked Sendable {
        private let lock = NSLock()
        private var paths: Set<String> = []

        func insert(_ path: String) { lock.withLock { _ = paths.insert(path) } }
        func remove(_ path: String) { lock.withLock { _ = paths.remove(path) } }
        func removeAll() -> [String] {
            lock.withLock {
                defer { paths = [] }; return Array(paths)
            }
        }
    }

    private static let pending = Pending()
    private static let queue = DispatchQueue(label: "copydesk.signals")
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// Installs the handlers; call once, first thing.
    static func install() {
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
