import Foundation

/// Bytes written to a file descriptor through a buffer, for reports written as they are made.
public final class ReportOutput {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String

        public init(_ description: String) {
            self.description = description
        }
    }

    private let descriptor: Int32
    private let name: String
    private var buffer: [UInt8] = []
    private let capacity: Int
    /// Called before buffered bytes go out (the CLI erases its progress line there).
    public var beforeFlush: (() -> Void)?
    /// Whether what was written can be taken back (`takeBack(from:keeping:)`): a regular file of our
    /// own, opened for reading and writing at its start.
    public let rewindable: Bool
    /// How many bytes have been written so far (buffered ones included).
    public private(set) var position = 0

    /// Writes to `descriptor` (not closed here); `name` goes into error messages. `rewindable`:
    /// the descriptor is a file opened for reading and writing, empty, that only this output writes.
    public init(descriptor: Int32, name: String, capacity: Int = 1 << 16, rewindable: Bool = false) {
        self.descriptor = descriptor
        self.name = name
        self.capacity = capacity
        self.rewindable = rewindable
        buffer.reserveCapacity(capacity)
    }

    /// Lets `write` append to the buffer directly, saving a copy.
    public func append(_ write: (inout [UInt8]) -> Void) throws(Failure) {
        let before = buffer.count
        write(&buffer)
        position += buffer.count - before
        if buffer.count >= capacity { try flush() }
    }

    /// Hands back everything written from `offset` on, in a spool, and cuts the output back to
    /// its first `keeping` bytes (at most `offset`), to go on from there. Only for a `rewindable` output.
    func takeBack(from offset: Int, keeping: Int) throws(Failure) -> Spool {
        precondition(rewindable, "takeBack needs a rewindable output")
        try flush()
        let spool = Spool()
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var at = offset
        while at < position {
            let count = chunk.withUnsafeMutableBytes {
                pread(descriptor, $0.baseAddress!, min($0.count, position - at), off_t(at))
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw Failure("\(name): cannot read back: \(String(cString: strerror(errno)))") }
            try spool.append(Array(chunk[0..<count]))
            at += count
        }
        guard ftruncate(descriptor, off_t(keeping)) == 0, lseek(descriptor, off_t(keeping), SEEK_SET) == off_t(keeping)
        else {
            throw Failure("\(name): cannot write: \(String(cString: strerror(errno)))")
        }
        position = keeping
        return spool
    }

    public func write(_ bytes: [UInt8]) throws(Failure) {
        position += bytes.count
        guard bytes.count < capacity else {
            // A piece as big as the buffer goes out as it is, after what is buffered: one copy less.
            beforeFlush?()
            if !buffer.isEmpty {
                try Self.writeAll(buffer, to: descriptor, name: name)
                buffer.removeAll(keepingCapacity: true)
            }
            try Self.writeAll(bytes, to: descriptor, name: name)
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { try flush() }
    }

    public func write(_ text: String) throws(Failure) {
        position += text.utf8.count
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= capacity { try flush() }
    }

    /// Sends the buffered bytes on.
    public func flush() throws(Failure) {
        guard !buffer.isEmpty else { return }
        beforeFlush?()
        try Self.writeAll(buffer, to: descriptor, name: name)
        buffer.removeAll(keepingCapacity: true)
    }

    static func writeAll(_ bytes: [UInt8], to descriptor: Int32, name: String) throws(Failure) {
        var failure: Int32 = 0
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Foundation.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure != 0 { throw Failure("\(name): cannot write: \(String(cString: strerror(failure)))") }
    }
}

/// Bytes set aside to be copied out later: in memory up to `memoryLimit`, then in an unnamed
/// temporary file (unlinked as soon as it is made, so nothing is left behind on any exit).
final class Spool {
    private var memory: [UInt8] = []
    private var descriptor: Int32 = -1
    private let memoryLimit: Int

    init(memoryLimit: Int = 4 << 20) {
        self.memoryLimit = memoryLimit
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    func append(_ bytes: [UInt8]) throws(ReportOutput.Failure) {
        try append { $0.append(contentsOf: bytes) }
    }

    /// Lets `write` append to the bytes in memory directly, saving a copy.
    func append(_ write: (inout [UInt8]) -> Void) throws(ReportOutput.Failure) {
        write(&memory)
        guard memory.count >= memoryLimit else { return }
        if descriptor < 0 { try openFile() }
        try ReportOutput.writeAll(memory, to: descriptor, name: "temporary report file")
        memory.removeAll(keepingCapacity: true)
    }

    /// Writes everything appended so far to `output`.
    func copy(to output: ReportOutput) throws(ReportOutput.Failure) {
        try forEachChunk { chunk throws(ReportOutput.Failure) in try output.write(chunk) }
    }

    /// Hands everything appended so far to `body`, in order, a chunk at a time.
    func forEachChunk(_ body: ([UInt8]) throws(ReportOutput.Failure) -> Void) throws(ReportOutput.Failure) {
        if descriptor >= 0 {
            guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw Self.failure("cannot read back") }
            var chunk = [UInt8](repeating: 0, count: 1 << 20)
            while true {
                let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
                if count < 0, errno == EINTR { continue }
                guard count >= 0 else { throw Self.failure("cannot read back") }
                if count == 0 { break }
                try body(Array(chunk[0..<count]))
            }
        }
        if !memory.isEmpty { try body(memory) }
    }

    private func openFile() throws(ReportOutput.Failure) {
        let folder = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((folder + "/copydesk-report-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard made >= 0 else { throw Self.failure("cannot create it in \(folder); set TMPDIR to a writable folder") }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        descriptor = made
    }

    private static func failure(_ what: String) -> ReportOutput.Failure {
        ReportOutput.Failure("temporary report file: \(what): \(String(cString: strerror(errno)))")
    }
}
