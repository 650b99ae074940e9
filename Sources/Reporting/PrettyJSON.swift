/// JSON text as Foundation's `JSONEncoder` writes it with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]`, byte for byte, without building a tree first: two-space indent,
/// `"key" : value`, an empty container as `[` newline newline indent `]`, strings escaped as
/// `\"` `\\` `\b` `\f` `\n` `\r` `\t` and `\u00xx` for other control characters, everything
/// else (`/`, DEL, U+2028, non-BMP characters) as is. Callers give keys in sorted order.
struct PrettyJSON {
    /// The text so far; settable so a caller can lend its own buffer and take it back.
    var bytes: [UInt8] = []
    /// Nesting depth of the open containers.
    private var depth: Int
    /// Whether the innermost open container has an element yet.
    private var hasElements: [Bool] = []

    /// A writer whose first value sits `depth` levels deep (its indent; its closing bracket too).
    init(depth: Int = 0, capacity: Int = 1024) {
        self.depth = depth
        bytes.reserveCapacity(capacity)
    }

    /// A writer that goes on inside the innermost of `depth` containers opened elsewhere, which
    /// already has elements or not (the outer ones have); it may write elements and close them.
    init(inside depth: Int, hasElements: Bool) {
        self.depth = depth
        self.hasElements = Array(repeating: true, count: depth - 1) + [hasElements]
    }

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts a member of the open object; its value comes next. `name` is plain ASCII.
    mutating func key(_ name: StaticString) {
        newElement()
        bytes.append(UInt8(ascii: "\""))
        append(name)
        append("\" : ")
    }

    /// Starts a member whose name is data (a dictionary key), escaped like a string.
    mutating func key(string name: String) {
        newElement()
        Self.appendString(name, to: &bytes)
        append(" : ")
    }

    /// Starts the next element of the open array; its value comes next.
    mutating func element() { newElement() }

    mutating func string(_ value: String) { Self.appendString(value, to: &bytes) }
    mutating func int(_ value: Int) {
        guard value >= 0 else {
            bytes.append(contentsOf: String(value).utf8)
            return
        }
        // Digits written backwards into a small stack buffer, then copied in order.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var rest = value
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    mutating func bool(_ value: Bool) { value ? append("true") : append("false") }

    /// Appends bytes that are already JSON at the right depth.
    mutating func raw(_ text: [UInt8]) { bytes.append(contentsOf: text) }

    mutating func stringMember(_ name: StaticString, _ value: String) {
        key(name)
        string(value)
    }

    mutating func intMember(_ name: StaticString, _ value: Int) {
        key(name)
        int(value)
    }

    mutating func boolMember(_ name: StaticString, _ value: Bool) {
        key(name)
        bool(value)
    }

    /// An array of strings as one member.
    mutating func stringsMember(_ name: StaticString, _ values: [String]) {
        key(name)
        beginArray()
        for value in values {
            element()
            string(value)
        }
        endArray()
    }

    /// A `[String: Int]` as an object, keys in byte order.
    mutating func countsMember(_ name: StaticString, _ counts: [String: Int]) {
        key(name)
        beginObject()
        for (name, count) in counts.sorted(by: { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }) {
            key(string: name)
            int(count)
        }
        endObject()
    }

    private mutating func append(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        depth += 1
        hasElements.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        let had = hasElements.removeLast()
        depth -= 1
        if !had { bytes.append(UInt8(ascii: "\n")) }
        newlineAndIndent()
        bytes.append(bracket)
    }

    private mutating func newElement() {
        if hasElements[hasElements.count - 1] {
            bytes.append(UInt8(ascii: ","))
        } else {
            hasElements[hasElements.count - 1] = true
        }
        newlineAndIndent()
    }

    private mutating func newlineAndIndent() {
        let count = 1 + depth * 2
        let spaces = Self.newlineAndSpaces
        if count <= spaces.utf8CodeUnitCount {
            bytes.append(contentsOf: UnsafeBufferPointer(start: spaces.utf8Start, count: count))
        } else {
            bytes.append(UInt8(ascii: "\n"))
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
        }
    }

    /// A newline and the indent of up to 16 levels, as one piece.
    private static var newlineAndSpaces: StaticString { "\n                                " }

    /// A quoted, escaped JSON string.
    static func appendString(_ value: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var start = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                if start < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index])) }
                start = index + 1
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                default:
                    bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                    bytes.append(hexDigits[Int(byte >> 4)])
                    bytes.append(hexDigits[Int(byte & 0x0F)])
                }
            }
            if start < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...])) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
