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
    private var buffer: ByteBuffer
    private let capacity: Int
    /// Called before buffered bytes go out (the CLI erases its progress line there).
    public var beforeFlush: (() -> Void)?
    /// Whether what was written can be rewritten (`replace(_:with:)`): a regular file of our
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
        buffer = ByteBuffer(capacity: capacity)
    }

    /// Lets `write` append to the buffer directly, saving a copy.
    func append(_ write: (inout ByteBuffer) -> Void) throws(Failure) {
        let before = buffer.count
        write(&buffer)
        position += buffer.count - before
        if buffer.count >= capacity { try flush() }
    }

    /// Replaces the bytes written at `range` by `bytes`, at least as many, moving what follows
    /// further on in place (from the end backwards, a chunk at a time). Only for a `rewindable`
    /// output; the output goes on after the last byte.
    func replace(_ range: Range<Int>, with bytes: [UInt8], chunkSize size: Int = 1 << 20) throws(Failure) {
        precondition(rewindable, "replace needs a rewindable output")
        precondition(range.upperBound <= position && bytes.count >= range.count, "replace grows the output only")
        try flush()
        let shift = bytes.count - range.count
        let chunk = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 1)
        defer { chunk.deallocate() }
        var end = position
        while end > range.upperBound {
            let start = max(range.upperBound, end - size)
            try Self.transfer(read: true, chunk, count: end - start, at: start, descriptor, name)
            try Self.transfer(read: false, chunk, count: end - start, at: start + shift, descriptor, name)
            end = start
        }
        var written = 0
        while written < bytes.count {
            let count = min(size, bytes.count - written)
            bytes.withUnsafeBytes { chunk.copyMemory(from: $0.baseAddress! + written, byteCount: count) }
            try Self.transfer(read: false, chunk, count: count, at: range.lowerBound + written, descriptor, name)
            written += count
        }
        position += shift
        guard lseek(descriptor, off_t(position), SEEK_SET) == off_t(position) else {
            throw Failure("\(name): cannot write: \(String(cString: strerror(errno)))")
        }
    }

    /// `pread` or `pwrite` of exactly `count` bytes at `offset`.
    private static func transfer(
        read: Bool, _ pointer: UnsafeMutableRawPointer, count: Int, at offset: Int, _ descriptor: Int32, _ name: String
    ) throws(Failure) {
        var done = 0
        while done < count {
            let moved =
                read
                ? pread(descriptor, pointer + done, count - done, off_t(offset + done))
                : pwrite(descriptor, pointer + done, count - done, off_t(offset + done))
            if moved < 0, errno == EINTR { continue }
            if moved < 0 {
                throw Failure("\(name): cannot \(read ? "read back" : "write"): \(String(cString: strerror(errno)))")
            }
            if moved == 0 {
                throw Failure("\(name): cannot read back: the file is shorter than what was written to it")
            }
            done += moved
        }
    }

    public func write(_ bytes: [UInt8]) throws(Failure) {
        position += bytes.count
        guard bytes.count < capacity else {
            // A piece as big as the buffer goes out as it is, after what is buffered: one copy less.
            beforeFlush?()
            if !buffer.isEmpty {
                try buffer.withUnsafeBytes { bytes throws(Failure) in
                    try Self.writeAll(bytes, to: descriptor, name: name)
                }
                buffer.removeAll()
            }
            try Self.writeAll(bytes, to: descriptor, name: name)
            return
        }
        buffer.append(bytes)
        if buffer.count >= capacity { try flush() }
    }

    public func write(_ text: String) throws(Failure) {
        position += text.utf8.count
        buffer.append(text)
        if buffer.count >= capacity { try flush() }
    }

    /// Sends the buffered bytes on.
    public func flush() throws(Failure) {
        guard !buffer.isEmpty else { return }
        beforeFlush?()
        try buffer.withUnsafeBytes { bytes throws(Failure) in try Self.writeAll(bytes, to: descriptor, name: name) }
        buffer.removeAll()
    }

    static func writeAll(_ bytes: [UInt8], to descriptor: Int32, name: String) throws(Failure) {
        var failure: Failure?
        bytes.withUnsafeBytes { raw in
            do throws(Failure) { try writeAll(raw, to: descriptor, name: name) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    static func writeAll(_ raw: UnsafeRawBufferPointer, to descriptor: Int32, name: String) throws(Failure) {
        var offset = 0
        while offset < raw.count {
            let written = Foundation.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure("\(name): cannot write: \(String(cString: strerror(errno)))")
            }
            offset += written
        }
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
