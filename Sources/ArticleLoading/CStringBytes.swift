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
        let bytes = UnsafeBufferPointer(start: pointer, count: count)
        return UTF8Validation.isValidWithoutNUL(UnsafeRawBufferPointer(bytes))
            ? Array(bytes) : Array(String(cString: pointer).utf8)
    }

    static func bytes(_ pointer: UnsafePointer<CChar>) -> [UInt8] {
        bytes(UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self))
    }

    /// Calls `body` with the bytes that `bytes(_:)` gives, read in place when they are valid
    /// UTF-8 (no array is made for them): the pointer must stay valid during the call.
    static func withBytes<Result>(
        _ pointer: UnsafePointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        let count = strlen(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
        let bytes = UnsafeBufferPointer(start: pointer, count: count)
        if UTF8Validation.isValidWithoutNUL(UnsafeRawBufferPointer(bytes)) { return body(bytes) }
        return Array(String(cString: pointer).utf8).withUnsafeBufferPointer(body)
    }
}
