/// A growable run of bytes for writers that append many small pieces (`PrettyJSON`).
///
/// `[UInt8].append(contentsOf:)` costs a generic, out-of-line call per piece, several times
/// what copying a key or an indent costs; here a piece is a capacity check and a copy into
/// storage of the buffer's own. Writers hand the result on whole (`append(to:)`, `array`).
struct ByteBuffer: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes have been written.
    private(set) var count = 0

    init(capacity: Int = 1024) {
        self.capacity = max(capacity, 64)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    /// The bytes written so far, as an array.
    var array: [UInt8] { Array(UnsafeBufferPointer(start: start, count: count)) }

    /// Appends the bytes written so far to `bytes`, in one copy.
    func append(to bytes: inout [UInt8]) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: start, count: count))
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1).initialize(to: byte)
        count += 1
    }

    @inline(__always)
    mutating func append(_ run: UnsafeRawBufferPointer) {
        guard let source = run.baseAddress else { return }
        UnsafeMutableRawPointer(reserve(run.count)).copyMemory(from: source, byteCount: run.count)
        count += run.count
    }

    mutating func append(_ run: UnsafeBufferPointer<UInt8>) { append(UnsafeRawBufferPointer(run)) }

    /// Inlined, so that a literal's bytes are copied as constants rather than by a call.
    @inline(__always)
    mutating func append(_ text: StaticString) {
        append(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func append(_ bytes: [UInt8]) { bytes.withUnsafeBytes { append($0) } }

    mutating func append(repeating byte: UInt8, count extra: Int) {
        reserve(extra).initialize(repeating: byte, count: extra)
        count += extra
    }

    /// Lets `body` write at most `maxCount` bytes from the address it is given; it returns
    /// how many it wrote. For writers that know a bound and want one capacity check.
    @inline(__always)
    mutating func write(atMost maxCount: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        count += body(reserve(maxCount))
    }

    /// `value` in decimal, `-` before a negative one (as `String(value)` writes it): the digits
    /// are counted, then written from the last, straight into the storage.
    mutating func appendDecimal(_ value: Int) {
        var magnitude = value.magnitude
        let length = Self.decimalLength(magnitude) + (value < 0 ? 1 : 0)
        let out = reserve(length)
        if value < 0 { out[0] = UInt8(ascii: "-") }
        var index = length
        repeat {
            index -= 1
            out[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
        count += length
    }

    /// How many decimal digits `value` has (1 for 0), by comparing with powers of ten.
    static func decimalLength(_ value: UInt) -> Int {
        var length = 1
        var power: UInt = 10
        // 10^19 is the largest power of ten a UInt holds; UInt.max has 20 digits.
        while length < 20, value >= power {
            length += 1
            power &*= 10
        }
        return length
    }

    /// Room for `extra` more bytes after the written ones; the address of the first.
    @inline(__always)
    private mutating func reserve(_ extra: Int) -> UnsafeMutablePointer<UInt8> {
        if capacity - count < extra { grow(toHold: count + extra) }
        return start + count
    }

    @inline(never)
    private mutating func grow(toHold needed: Int) {
        let newCapacity = max(capacity * 2, needed)
        let newStart = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStart.moveInitialize(from: start, count: count)
        start.deallocate()
        start = newStart
        capacity = newCapacity
    }
}
