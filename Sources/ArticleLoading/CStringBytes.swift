#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The UTF-8 bytes of a NUL-terminated C string from a parser (cmark-gfm, libxml2), as
/// `Array(String(cString:).utf8)` gives them: copied straight when they are valid UTF-8
/// already (parsers' output nearly always is), through the repairing String otherwise.
enum CStringBytes {
    static func bytes(_ pointer: UnsafePointer<UInt8>) -> [UInt8] {
        let count = strlen(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
        let bytes = Array(UnsafeBufferPointer(start: pointer, count: count))
        return UTF8Validation.isValidWithoutNUL(bytes) ? bytes : Array(String(cString: pointer).utf8)
    }

    static func bytes(_ pointer: UnsafePointer<CChar>) -> [UInt8] {
        bytes(UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self))
    }
}
