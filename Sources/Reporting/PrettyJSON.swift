import CopydeskCore
import ReportBytes

/// JSON text as Foundation's `JSONEncoder` writes it with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]`, byte for byte, without building a tree first: two-space indent,
/// `"key" : value`, an empty container as `[` newline newline indent `]`, strings escaped as
/// `\"` `\\` `\b` `\f` `\n` `\r` `\t` and `\u00xx` for other control characters, everything
/// else (`/`, DEL, U+2028, non-BMP characters) as is. Callers give keys in sorted order.
///
/// Built for throughput (it writes whole reports of many megabytes): the text grows in a
/// `ByteBuffer`, and each piece is written into room reserved for it at once: a member's
/// separator, newline and indent are a slice of a static run of spaces and its quoted name
/// a constant, an integer's digits are gathered into one word, a string's bytes are copied
/// sixteen at a time (`copydesk_json_quoted`, in C for its SSE2 comparisons), and where a byte
/// needs escaping, the bytes before it are kept and its escape written.
struct PrettyJSON: ~Copyable {
    /// The text so far.
    private var buffer: ByteBuffer
    /// Nesting depth of the open containers.
    private(set) var depth: Int
    /// Whether the innermost open container has an element yet. The outer ones always have
    /// one: the innermost is an element of each.
    private var hasElements = false

    /// A writer whose first value sits `depth` levels deep (its indent; its closing bracket too).
    init(depth: Int = 0, capacity: Int = 1024) {
        self.depth = depth
        buffer = ByteBuffer(capacity: capacity)
    }

    /// A writer that goes on inside the innermost of `depth` containers opened elsewhere, which
    /// already has elements or not (the outer ones have); it may write elements and close them.
    init(inside depth: Int, hasElements: Bool, capacity: Int = 1024) {
        self.depth = depth
        self.hasElements = hasElements
        buffer = ByteBuffer(capacity: capacity)
    }

    /// A writer that goes on at the end of `buffer`, whose last value sits `depth` levels
    /// deep (an element of an array written elsewhere); `finish` hands the buffer back.
    init(depth: Int, appendingTo buffer: consuming ByteBuffer) {
        self.depth = depth
        self.buffer = buffer
    }

    /// The buffer with the text written at its end.
    consuming func finish() -> ByteBuffer { buffer }

    /// The text written.
    var bytes: [UInt8] { buffer.array }

    /// Appends the text written to `bytes`, in one copy.
    func append(to bytes: inout [UInt8]) { buffer.append(to: &bytes) }

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts a member of the open object; its value comes next. `name` is plain ASCII.
    /// Inlined (with the `…Member` functions), so that the quoted name is copied as a
    /// constant, in the room reserved with the indent before it.
    @inline(__always)
    mutating func key(_ name: StaticString) {
        let length = name.utf8CodeUnitCount
        separatorAndIndent(comma: hasElements, then: length &+ 5) { out in
            out[0] = UInt8(ascii: "\"")
            UnsafeMutableRawPointer(out + 1).copyMemory(from: name.utf8Start, byteCount: length)
            let colon: StaticString = "\" : "
            UnsafeMutableRawPointer(out + 1 + length).copyMemory(from: colon.utf8Start, byteCount: 4)
            return length &+ 5
        }
        hasElements = true
    }

    /// Starts a member whose name is data (a dictionary key), escaped like a string.
    mutating func key(string name: String) {
        newElement()
        string(name)
        buffer.append(" : ")
    }

    /// Starts the next element of the open array; its value comes next.
    mutating func element() { newElement() }

    /// A quoted, escaped JSON string.
    mutating func string(_ value: String) {
        if value.utf8.withContiguousStorageIfAvailable({ appendQuoted($0) }) == nil {
            appendQuoted(Array(value.utf8))
        }
    }

    /// `stringMember(name, value.pointee)`, the string read in place, in one reservation with
    /// the separator and name. A `String` handed over, even to an inlined `stringMember`, was
    /// retained and released around the call (twice: around `string`'s write too), some 80
    /// instructions a string: here its length is read first and the room made (the one call
    /// that may free memory), then its bytes are read and escaped by `writeQuoted`, which frees
    /// nothing, so the compiler leaves the string alone. A string without contiguous UTF-8
    /// (bridged) goes through `string`.
    @inline(__always)
    mutating func stringMember(_ name: StaticString, at value: UnsafePointer<String>) {
        let written = quotedMember(name, utf8Count: value.pointee.utf8.count) { out in
            value.pointee.utf8.withContiguousStorageIfAvailable { Self.writeQuoted($0, at: out) }
        }
        if !written { string(value.pointee) }
    }

    /// `stringMember(_:at:)` of an optional string, read in place: nothing when it is nil.
    @inline(__always)
    mutating func stringMember(_ name: StaticString, at value: UnsafePointer<String?>) {
        guard value.pointee != nil else { return }
        let written = quotedMember(name, utf8Count: value.pointee!.utf8.count) { out in
            value.pointee!.utf8.withContiguousStorageIfAvailable { Self.writeQuoted($0, at: out) }
        }
        if !written { string(value.pointee!) }
    }

    /// A member's separator, indent and name, then what `quoted` writes (a string of
    /// `utf8Count` bytes, quoted: at most `2 + 6 * utf8Count` bytes, or nil when it cannot
    /// read the string in place), in one reservation; whether the value was written (when it
    /// was not, the member's value comes next).
    @inline(__always)
    private mutating func quotedMember(
        _ name: StaticString, utf8Count: Int, _ quoted: (UnsafeMutablePointer<UInt8>) -> Int?
    ) -> Bool {
        let length = name.utf8CodeUnitCount
        var written = true
        separatorAndIndent(comma: hasElements, then: length &+ 7 &+ utf8Count &* 6) { out in
            out[0] = UInt8(ascii: "\"")
            UnsafeMutableRawPointer(out + 1).copyMemory(from: name.utf8Start, byteCount: length)
            let colon: StaticString = "\" : "
            UnsafeMutableRawPointer(out + 1 + length).copyMemory(from: colon.utf8Start, byteCount: 4)
            guard let count = quoted(out + length + 5) else {
                written = false
                return length &+ 5
            }
            return length &+ 5 &+ count
        }
        hasElements = true
        return written
    }

    mutating func int(_ value: Int) { buffer.appendDecimal(value) }

    /// `true` or `false`, stored as one word (the literals went to `ByteBuffer.append` of a
    /// `String`, a call and a copy each: a report holds two a claim).
    mutating func bool(_ value: Bool) {
        buffer.write(atMost: 8) { out in
            // "true" and "false" little-endian.
            let word: UInt64 = value ? 0x6575_7274 : 0x65_736C_6166
            UnsafeMutableRawPointer(out).storeBytes(of: word.littleEndian, as: UInt64.self)
            return value ? 4 : 5
        }
    }

    /// Appends bytes that are already JSON at the right depth.
    mutating func raw(_ text: [UInt8]) { buffer.append(text) }

    @inline(__always)
    mutating func stringMember(_ name: StaticString, _ value: String) {
        key(name)
        string(value)
    }

    /// `value`'s sixteen lowercase hex digits, quoted: `string(value.paddedHex)` (a finding's
    /// fingerprint, `Finding.fingerprintHash`), without making the string.
    mutating func hex(_ value: UInt64) {
        buffer.write(atMost: 18) { out in
            out[0] = UInt8(ascii: "\"")
            Finding.writeHex(value, to: out + 1)
            out[17] = UInt8(ascii: "\"")
            return 18
        }
    }

    @inline(__always)
    mutating func hexMember(_ name: StaticString, _ value: UInt64) {
        key(name)
        hex(value)
    }

    @inline(__always)
    mutating func intMember(_ name: StaticString, _ value: Int) {
        key(name)
        int(value)
    }

    @inline(__always)
    mutating func boolMember(_ name: StaticString, _ value: Bool) {
        key(name)
        bool(value)
    }

    /// A member whose value is a constant string that needs no escaping (an enum's raw value,
    /// `ReportJSON+Constants.swift`), as `stringMember` writes it, in one reservation with the
    /// separator and name: `string` reads a value through a `String` (a retain, a release and a
    /// call around the copy).
    @inline(__always)
    mutating func constantMember(_ name: StaticString, _ value: StaticString) {
        let length = name.utf8CodeUnitCount
        let valueLength = value.utf8CodeUnitCount
        separatorAndIndent(comma: hasElements, then: length &+ valueLength &+ 7) { out in
            out[0] = UInt8(ascii: "\"")
            UnsafeMutableRawPointer(out + 1).copyMemory(from: name.utf8Start, byteCount: length)
            let colon: StaticString = "\" : \""
            UnsafeMutableRawPointer(out + 1 + length).copyMemory(from: colon.utf8Start, byteCount: 5)
            UnsafeMutableRawPointer(out + 6 + length).copyMemory(from: value.utf8Start, byteCount: valueLength)
            out[6 &+ length &+ valueLength] = UInt8(ascii: "\"")
            return length &+ valueLength &+ 7
        }
        hasElements = true
    }

    /// An empty array as a member, `"name" : [` newline newline indent `]`, as `key`,
    /// `beginArray` and `endArray` lay it out, in one reservation.
    @inline(__always)
    mutating func emptyArrayMember(_ name: StaticString) {
        let length = name.utf8CodeUnitCount
        let indent = depth &* 2
        guard indent &+ 17 <= Self.separatorAndSpaces.utf8CodeUnitCount else {
            key(name)
            beginArray()
            endArray()
            return
        }
        separatorAndIndent(comma: hasElements, then: length &+ 5 &+ 1 &+ indent &+ 2 &+ 16) { out in
            out[0] = UInt8(ascii: "\"")
            UnsafeMutableRawPointer(out + 1).copyMemory(from: name.utf8Start, byteCount: length)
            let colon: StaticString = "\" : ["
            UnsafeMutableRawPointer(out + 1 + length).copyMemory(from: colon.utf8Start, byteCount: 5)
            var written = length &+ 6
            out[written] = UInt8(ascii: "\n")
            written &+= 1
            written &+= Self.writeSeparator(indent: indent, comma: false, at: out + written)
            out[written] = UInt8(ascii: "]")
            return written &+ 1
        }
        hasElements = true
    }

    /// A member whose value is an object of two members each an object of three integer
    /// members (`"range" : {"end" : {…}, "start" : {…}}`, a source range: a report holds one
    /// per finding and claim), laid out as `key`, `beginObject`, two `key`s and `intObject`s and
    /// `endObject` lay it out, in one reservation. Names are given in sorted order. Inlined, so
    /// that the names are copied as constants.
    @inline(__always)
    mutating func intObjectsMember(
        _ name: StaticString, _ firstName: StaticString,
        _ first: ((StaticString, Int), (StaticString, Int), (StaticString, Int)), _ secondName: StaticString,
        _ second: ((StaticString, Int), (StaticString, Int), (StaticString, Int))
    ) {
        // The deepest indent written is the inner objects' members', two levels in.
        guard (depth &+ 3) &* 2 &+ 17 <= Self.separatorAndSpaces.utf8CodeUnitCount else {
            key(name)
            beginObject()
            key(firstName)
            intObject(first.0, first.1, first.2)
            key(secondName)
            intObject(second.0, second.1, second.2)
            endObject()
            return
        }
        let outer = depth &* 2
        let middle = outer &+ 2
        let inner = outer &+ 4
        let names =
            name.utf8CodeUnitCount &+ firstName.utf8CodeUnitCount &+ secondName.utf8CodeUnitCount
            &+ first.0.0.utf8CodeUnitCount &+ first.1.0.utf8CodeUnitCount &+ first.2.0.utf8CodeUnitCount
            &+ second.0.0.utf8CodeUnitCount &+ second.1.0.utf8CodeUnitCount &+ second.2.0.utf8CodeUnitCount
        // Each piece with room for its separator, indent, quotes, colon, brace and digits, and
        // the 16 bytes a separator's last chunk may write past it.
        let atMost = 6 &* (inner &+ 28) &+ 5 &* (middle &+ 8) &+ 2 &* (outer &+ 8) &+ names &+ 16
        let comma = hasElements
        buffer.write(atMost: atMost) { out in
            var written = Self.writeSeparator(indent: outer, comma: comma, at: out)
            written &+= Self.writeName(name, at: out + written)
            out[written] = UInt8(ascii: "{")
            written &+= 1
            written &+= Self.writeSeparator(indent: middle, comma: false, at: out + written)
            written &+= Self.writeName(firstName, at: out + written)
            written &+= Self.writeIntObject(first, inner: inner, outer: middle, at: out + written)
            written &+= Self.writeSeparator(indent: middle, comma: true, at: out + written)
            written &+= Self.writeName(secondName, at: out + written)
            written &+= Self.writeIntObject(second, inner: inner, outer: middle, at: out + written)
            written &+= Self.writeSeparator(indent: outer, comma: false, at: out + written)
            out[written] = UInt8(ascii: "}")
            return written &+ 1
        }
        hasElements = true
    }

    /// Lets `body` write a member of the open object, its separator and indent first, in room
    /// for `maxCount` bytes (16 more than it writes, for copies in chunks): it is given the
    /// address and whether the separator has a comma, and returns how many bytes it wrote. For
    /// members written from a template (`rangeMember`).
    @inline(__always)
    mutating func writeMember(atMost maxCount: Int, _ body: (UnsafeMutablePointer<UInt8>, _ comma: Bool) -> Int) {
        let comma = hasElements
        buffer.write(atMost: maxCount) { out in body(out, comma) }
        hasElements = true
    }

    /// Lets `body` write the next element of the open array, its separator and indent first,
    /// in room for `maxCount` bytes (16 more than it writes, for copies in chunks): it is given
    /// the address and whether the separator has a comma, and returns how many bytes it wrote,
    /// or nil to write nothing (the writer is left as it was); whether it wrote. For elements
    /// written from a template (`findingElement`).
    @inline(__always)
    mutating func writeElement(
        atMost maxCount: Int, _ body: (UnsafeMutablePointer<UInt8>, _ comma: Bool) -> Int?
    ) -> Bool {
        let comma = hasElements
        var wrote = true
        buffer.write(atMost: maxCount) { out in
            guard let count = body(out, comma) else {
                wrote = false
                return 0
            }
            return count
        }
        if wrote { hasElements = true }
        return wrote
    }

    /// `"name" : ` at `out`; its count.
    @inline(__always)
    private static func writeName(_ name: StaticString, at out: UnsafeMutablePointer<UInt8>) -> Int {
        let length = name.utf8CodeUnitCount
        out[0] = UInt8(ascii: "\"")
        UnsafeMutableRawPointer(out + 1).copyMemory(from: name.utf8Start, byteCount: length)
        let colon: StaticString = "\" : "
        UnsafeMutableRawPointer(out + 1 + length).copyMemory(from: colon.utf8Start, byteCount: 4)
        return length &+ 5
    }

    /// `{`, the three members at `inner` spaces, a newline, `outer` spaces and `}` at `out`, as
    /// `intObject` writes them; their count.
    @inline(__always)
    private static func writeIntObject(
        _ members: ((StaticString, Int), (StaticString, Int), (StaticString, Int)), inner: Int, outer: Int,
        at out: UnsafeMutablePointer<UInt8>
    ) -> Int {
        out[0] = UInt8(ascii: "{")
        var written = 1
        written &+= writeIntMember(members.0.0, members.0.1, indent: inner, comma: false, at: out + written)
        written &+= writeIntMember(members.1.0, members.1.1, indent: inner, comma: true, at: out + written)
        written &+= writeIntMember(members.2.0, members.2.1, indent: inner, comma: true, at: out + written)
        written &+= writeSeparator(indent: outer, comma: false, at: out + written)
        out[written] = UInt8(ascii: "}")
        return written &+ 1
    }

    /// An object of three integer members, `{"a" : 1, "b" : 2, "c" : 3}` laid out as
    /// `beginObject`, three `intMember`s and `endObject` lay it out, written in one reservation
    /// (a source position's column, line and offset: a report holds thousands). Names are given
    /// in sorted order. Inlined, so that the names are copied as constants.
    @inline(__always)
    mutating func intObject(
        _ first: (StaticString, Int), _ second: (StaticString, Int), _ third: (StaticString, Int)
    ) {
        // The separators and indents are slices of `separatorAndSpaces`, as `separatorAndIndent` copies them.
        guard (depth &+ 2) &* 2 &+ 17 <= Self.separatorAndSpaces.utf8CodeUnitCount else {
            beginObject()
            intMember(first.0, first.1)
            intMember(second.0, second.1)
            intMember(third.0, third.1)
            endObject()
            return
        }
        let inner = (depth &+ 1) &* 2
        let outer = depth &* 2
        let names = first.0.utf8CodeUnitCount &+ second.0.utf8CodeUnitCount &+ third.0.utf8CodeUnitCount
        buffer.write(atMost: 3 &* (inner &+ 28) &+ names &+ outer &+ 3 &+ 16) { out in
            out[0] = UInt8(ascii: "{")
            var written = 1
            written &+= Self.writeIntMember(first.0, first.1, indent: inner, comma: false, at: out + written)
            written &+= Self.writeIntMember(second.0, second.1, indent: inner, comma: true, at: out + written)
            written &+= Self.writeIntMember(third.0, third.1, indent: inner, comma: true, at: out + written)
            written &+= Self.writeSeparator(indent: outer, comma: false, at: out + written)
            out[written] = UInt8(ascii: "}")
            return written &+ 1
        }
        // The object is an element of the container around it.
        hasElements = true
    }

    /// `,` if `comma`, a newline, `indent` spaces, `"name" : ` and the value's digits, at `out`;
    /// their count.
    @inline(__always)
    private static func writeIntMember(
        _ name: StaticString, _ value: Int, indent: Int, comma: Bool, at out: UnsafeMutablePointer<UInt8>
    ) -> Int {
        var written = writeSeparator(indent: indent, comma: comma, at: out)
        out[written] = UInt8(ascii: "\"")
        let length = name.utf8CodeUnitCount
        UnsafeMutableRawPointer(out + (written &+ 1)).copyMemory(from: name.utf8Start, byteCount: length)
        written &+= length &+ 1
        let colon: StaticString = "\" : "
        UnsafeMutableRawPointer(out + written).copyMemory(from: colon.utf8Start, byteCount: 4)
        written &+= 4
        return written &+ ByteBuffer.writeDecimal(value, at: out + written)
    }

    /// `,` if `comma`, a newline and `indent` spaces at `out`, copied from `separatorAndSpaces`
    /// sixteen bytes at a time (up to 15 bytes past them are overwritten); their count.
    @inline(__always)
    private static func writeSeparator(indent: Int, comma: Bool, at out: UnsafeMutablePointer<UInt8>) -> Int {
        let skip = comma ? 0 : 1
        return ByteBuffer.copyInChunks(
            from: UnsafeRawPointer(separatorAndSpaces.utf8Start + skip), count: 2 &+ indent &- skip, to: out)
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

    private mutating func open(_ bracket: UInt8) {
        buffer.append(bracket)
        depth += 1
        hasElements = false
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if !hasElements { buffer.append(UInt8(ascii: "\n")) }
        // The container closed is an element of the one around it.
        hasElements = true
        separatorAndIndent(comma: false, then: 1) { out in
            out[0] = bracket
            return 1
        }
    }

    private mutating func newElement() {
        separatorAndIndent(comma: hasElements, then: 0) { _ in 0 }
        hasElements = true
    }

    /// `,` if `comma`, then a newline and the indent of `depth`, then what `body` writes
    /// after them (at most `extra` bytes), with one reservation. The separator and indent
    /// are a slice of `separatorAndSpaces`, copied sixteen bytes at a time; the last copy
    /// may run past the slice, into the room reserved, where `body` writes over it.
    @inline(__always)
    private mutating func separatorAndIndent(
        comma: Bool, then extra: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int
    ) {
        let skip = comma ? 0 : 1
        let count = 2 &+ depth &* 2 &- skip
        let depth = depth
        buffer.write(atMost: count &+ 15 &+ extra) { out in
            let run = Self.separatorAndSpaces
            guard count &+ skip &+ 15 <= run.utf8CodeUnitCount else {
                Self.writeDeepIndent(comma: comma, depth: depth, at: out)
                return count &+ body(out + count)
            }
            let written = Self.writeSeparator(indent: depth &* 2, comma: comma, at: out)
            return written &+ body(out + written)
        }
    }

    /// The separator and indent deeper than `separatorAndSpaces` reaches, at `out`.
    @inline(never)
    private static func writeDeepIndent(comma: Bool, depth: Int, at out: UnsafeMutablePointer<UInt8>) {
        var out = out
        if comma {
            out.initialize(to: UInt8(ascii: ","))
            out += 1
        }
        out.initialize(to: UInt8(ascii: "\n"))
        (out + 1).initialize(repeating: UInt8(ascii: " "), count: depth * 2)
    }

    /// A comma, a newline and the indent of up to 32 levels, and 15 bytes to spare.
    private static var separatorAndSpaces: StaticString {
        ",\n                                                                                 "
    }

    /// `utf8` quoted and escaped, in room reserved for the worst case (every byte `\u00xx`).
    private mutating func appendQuoted(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { appendQuoted($0) } }

    private mutating func appendQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        buffer.write(atMost: 2 + utf8.count * 6) { out in Self.writeQuoted(utf8, at: out) }
    }

    /// `utf8` quoted and escaped at `out`, which has room for the worst case; its count. Writes
    /// to `out` only and frees nothing (see `stringMember(_:at:)`).
    @inline(never)
    static func writeQuoted(_ utf8: UnsafeBufferPointer<UInt8>, at out: UnsafeMutablePointer<UInt8>) -> Int {
        quoted(utf8, at: out)
    }

    /// `writeQuoted(_:at:)`'s body, inlined where a finding's or claim's string is read in
    /// place (`writeQuoted(at:to:)`), which called it: one call a string, not two.
    ///
    /// `copydesk_json_quoted` (ReportBytes.h, inlined here): sixteen bytes tested at a time with
    /// three SSE2 comparisons and one mask, a chunk stored whole and, where one of its bytes
    /// needs escaping, the bytes before it kept. The same test written with Swift's wrapping
    /// lane arithmetic (no SIMD comparison compiles to one instruction) took about 27
    /// instructions a chunk, and its last bytes went eight at a time, then one at a time.
    /// Reads only `utf8`'s bytes and writes only the `2 + 6 * utf8.count` bytes from `out`.
    @inline(__always)
    static func quoted(_ utf8: UnsafeBufferPointer<UInt8>, at out: UnsafeMutablePointer<UInt8>) -> Int {
        guard let source = utf8.baseAddress else {
            out[0] = UInt8(ascii: "\"")
            out[1] = UInt8(ascii: "\"")
            return 2
        }
        return copydesk_json_quoted(source, utf8.count, out)
    }
}
