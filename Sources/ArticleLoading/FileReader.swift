#if canImport(Glibc)
    import Glibc
    private let systemRead = Glibc.read
#elseif canImport(Darwin)
    import Darwin
    private let systemRead = Darwin.read
#endif

/// Reads a whole file (or standard input for `-`) with errors as `LoadError` values.
struct FileReader {
    var maxBytes: Int
    /// Whether `maxBytes` is the user's limit (false: the most copydesk reads), for the message.
    var limitIsRaisable = true

    /// Room for the first read of a file: most articles end inside it. 14,304 bytes, so that
    /// with the array's header the allocation is jemalloc's largest small size (14 KiB).
    static let firstRead = 14_336 - 32

    func read(_ path: String) throws(LoadError) -> [UInt8] {
        if path == "-" { return try readAll(descriptor: 0, path: path) }
        // Non-blocking, so a named pipe with no writer cannot hang the run; it is refused below.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else { throw LoadError(path: path, message: Self.message(errno: errno, path: path)) }
        defer { close(descriptor) }
        // The file is read into room for `firstRead` bytes first. When it ends there, with a
        // read of nothing after some bytes, that is the whole file and `fstat` is not asked: one
        // system call fewer a file, the most a linted archive's small articles cost in the
        // kernel after opening them. `fstat` is asked when the bytes fill the room (the size,
        // for the limit and the rest), and when the file reads as empty or a read fails: what
        // kind of file it is then decides (a folder fails to read, a named pipe with no writer
        // or a device such as /dev/null reads as empty, one with a writer fails to read).
        var failure: Int32 = 0
        var reachedEnd = false
        let first = [UInt8](unsafeUninitializedCapacity: Self.firstRead) { buffer, count in
            count = 0
            reachedEnd = Self.fill(buffer, count: &count, from: descriptor, failure: &failure)
        }
        if reachedEnd, !first.isEmpty {
            if first.count > maxBytes { throw tooLarge(path, bytes: first.count) }
            return first
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw LoadError(path: path, message: Self.message(errno: errno)) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw LoadError(path: path, message: "is a directory")
        case S_IFIFO: throw LoadError(path: path, message: "is a named pipe (FIFO), not a file; give a regular file")
        case S_IFSOCK: throw LoadError(path: path, message: "is a socket, not a file; give a regular file")
        default: throw LoadError(path: path, message: "is a device, not a file; give a regular file")
        }
        if failure != 0 { throw LoadError(path: path, message: Self.message(errno: failure)) }
        if reachedEnd { return first }
        if Int(info.st_size) > maxBytes { throw tooLarge(path, bytes: Int(info.st_size)) }
        return try readAll(descriptor: descriptor, path: path, after: first, expected: Int(info.st_size), sized: true)
    }

    /// Reads to the end, after the bytes `first` already read: the `expected` size straight
    /// into the result (one byte more, to see the end without a second buffer), then anything
    /// more, if the file grew, a chunk at a time. With `sized` (a regular file whose size is
    /// `expected`), a read that stops short exactly at that size is the end: no second call to
    /// see it.
    private func readAll(
        descriptor: Int32, path: String, after first: [UInt8] = [], expected: Int = 65_535, sized: Bool = false
    ) throws(LoadError) -> [UInt8] {
        var failure: Int32 = 0
        var reachedEnd = sized && first.count == expected
        var bytes = [UInt8](unsafeUninitializedCapacity: max(expected, first.count) + 1) { buffer, count in
            count = first.count
            if count > 0 {
                first.withUnsafeBufferPointer { buffer.baseAddress!.initialize(from: $0.baseAddress!, count: count) }
            }
            if !reachedEnd {
                reachedEnd = Self.fill(
                    buffer, count: &count, from: descriptor, endingAt: sized ? expected : nil, failure: &failure)
            }
        }
        if failure != 0 { throw LoadError(path: path, message: Self.message(errno: failure)) }
        if bytes.count > maxBytes {
            throw tooLarge(path, bytes: nil)
        }
        if reachedEnd { return bytes }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw LoadError(path: path, message: Self.message(errno: errno))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > maxBytes {
                throw tooLarge(path, bytes: nil)
            }
        }
        return bytes
    }

    /// Reads into `buffer` from `count` on until it is full, the file ends or a read fails
    /// (`failure` set, `EINTR` retried); true when the file ended. With `end`, a read that stops
    /// exactly there is the end too.
    private static func fill(
        _ buffer: UnsafeMutableBufferPointer<UInt8>, count: inout Int, from descriptor: Int32, endingAt end: Int? = nil,
        failure: inout Int32
    ) -> Bool {
        while count < buffer.count {
            let read = systemRead(descriptor, buffer.baseAddress! + count, buffer.count - count)
            if read < 0 {
                if errno == EINTR { continue }
                failure = errno
                return false
            }
            if read == 0 { return true }
            count += read
            if count == end { return true }
        }
        return false
    }

    private func tooLarge(_ path: String, bytes: Int?) -> LoadError {
        LoadError.tooLarge(path: path, bytes: bytes, limit: maxBytes, raisable: limitIsRaisable)
    }

    /// A short lowercase message for an `errno` from opening `path`: a missing file that is a
    /// symbolic link is called a dangling link, naming its target.
    static func message(errno code: Int32, path: String) -> String {
        if code == ENOENT, let target = linkTarget(path) {
            return "dangling symbolic link to '\(target)' (the target does not exist)"
        }
        if code == ELOOP { return "symbolic link loop (too many levels of symbolic links)" }
        return message(errno: code)
    }

    /// What the symbolic link at `path` points to, or nil when `path` is not a link.
    static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 4097)
        let count = readlink(path, &buffer, 4096)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// A short lowercase message for an `errno` value.
    static func message(errno code: Int32) -> String {
        switch code {
        case ENOENT, ENOTDIR: return "no such file"
        case EACCES, EPERM: return "permission denied"
        case EISDIR: return "is a directory"
        case ELOOP: return "symbolic link loop (too many levels of symbolic links)"
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}

extension LoadError {
    /// The error opening `path` failed with: `permission denied`, `no such file`, a dangling link…
    public init(path: String, errno code: Int32) {
        self.init(path: path, message: FileReader.message(errno: code, path: path))
    }
}
