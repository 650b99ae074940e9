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

    func read(_ path: String) throws(LoadError) -> [UInt8] {
        if path == "-" { return try readAll(descriptor: 0, path: path) }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw LoadError(path: path, message: Self.message(errno: errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw LoadError(path: path, message: Self.message(errno: errno)) }
        if info.st_mode & S_IFMT == S_IFDIR { throw LoadError(path: path, message: "is a directory") }
        if Int(info.st_size) > maxBytes {
            throw LoadError(
                path: path,
                message: "file too large (\(info.st_size) bytes, the limit is \(maxBytes)); split it or raise the limit"
            )
        }
        return try readAll(descriptor: descriptor, path: path)
    }

    private func readAll(descriptor: Int32, path: String) throws(LoadError) -> [UInt8] {
        var bytes: [UInt8] = []
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
                throw LoadError(
                    path: path, message: "file too large (more than \(maxBytes) bytes); split it or raise the limit")
            }
        }
        return bytes
    }

    /// A short lowercase message for an `errno` value.
    static func message(errno code: Int32) -> String {
        switch code {
        case ENOENT, ENOTDIR: return "no such file"
        case EACCES, EPERM: return "permission denied"
        case EISDIR: return "is a directory"
        case ELOOP: return "too many levels of symbolic links"
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}
