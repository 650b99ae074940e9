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

    var isEmpty: Bool { count == 0 }

    /// Forgets the bytes written, keeping the storage.
    mutating func removeAll() { count = 0 }

    func withUnsafeBytes<Result, Failure: Error>(
        _ body: (UnsafeRawBufferPointer) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try body(UnsafeRawBufferPointer(start: start, count: count))
    }

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

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

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

    /// `value` in decimal, `-` before a negative one (as `String(value)` writes it). Below
    /// 10^8 (every line, column and offset of a real file) the digits are gathered two at a
    /// time, from a table of "00" to "99", into one word whose first byte is the first digit,
    /// and the word is stored whole (below 10^4, most numbers a report holds, one pair or two
    /// without a loop); larger magnitudes are written a digit at a time.
    mutating func appendDecimal(_ value: Int) {
        write(atMost: 21) { out in Self.writeDecimal(value, at: out) }
    }

    /// `count` bytes from `source` at `out`, sixteen at a time: up to 15 bytes past them are
    /// read and written (at least sixteen, for a count of 0 too), so both must have that room.
    /// Returns `count`.
    @inline(__always)
    static func copyInChunks(
        from source: UnsafeRawPointer, count: Int, to out: UnsafeMutablePointer<UInt8>
    ) -> Int {
        var copied = 0
        repeat {
            let chunk = source.loadUnaligned(fromByteOffset: copied, as: SIMD16<UInt8>.self)
            UnsafeMutableRawPointer(out).storeBytes(of: chunk, toByteOffset: copied, as: SIMD16<UInt8>.self)
            copied &+= 16
        } while copied < count
        return count
    }

    /// `count` bytes from `source` at `out`, thirty-two at a time (two chunks of sixteen a
    /// step, the loop's test and count paid once for both): up to 31 bytes past them are read
    /// and written (at least 32, for a count of 0 too), so both must have that room. For the
    /// templates' pieces, most of them 17 to 96 bytes long. Returns `count`.
    @inline(__always)
    static func copyInChunkPairs(
        from source: UnsafeRawPointer, count: Int, to out: UnsafeMutablePointer<UInt8>
    ) -> Int {
        var copied = 0
        repeat {
            let first = source.loadUnaligned(fromByteOffset: copied, as: SIMD16<UInt8>.self)
            let second = source.loadUnaligned(fromByteOffset: copied &+ 16, as: SIMD16<UInt8>.self)
            UnsafeMutableRawPointer(out).storeBytes(of: first, toByteOffset: copied, as: SIMD16<UInt8>.self)
            UnsafeMutableRawPointer(out).storeBytes(of: second, toByteOffset: copied &+ 16, as: SIMD16<UInt8>.self)
            copied &+= 32
        } while copied < count
        return count
    }

    /// The bytes `copyInChunkPairs` may write past what it copies, and read past its source.
    static var chunkPairSpare: Int { 32 }

    /// `appendDecimal(value)`'s bytes at `out` (room for 21 bytes); their count.
    @inline(__always)
    static func writeDecimal(_ value: Int, at out: UnsafeMutablePointer<UInt8>) -> Int {
        let small = UInt(bitPattern: value)
        // 0 to 9,999 (a report's lines and columns, an article's offsets): one pair of digits or
        // two, no loop; the word of four digits is stored whole, shifted by one for three.
        if small < 10_000 {
            let pairs = UnsafeRawPointer(Self.digitPairs.utf8Start)
            func pair(_ number: UInt) -> UInt32 {
                UInt32(pairs.loadUnaligned(fromByteOffset: Int(number) &* 2, as: UInt16.self))
            }
            if small < 10 {
                out[0] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: small)
                return 1
            }
            if small < 100 {
                UnsafeMutableRawPointer(out).storeBytes(of: UInt16(truncatingIfNeeded: pair(small)), as: UInt16.self)
                return 2
            }
            let high = small / 100
            let word = pair(high) | pair(small &- high &* 100) << 16
            if high < 10 {
                UnsafeMutableRawPointer(out).storeBytes(of: (word >> 8).littleEndian, as: UInt32.self)
                return 3
            }
            UnsafeMutableRawPointer(out).storeBytes(of: word.littleEndian, as: UInt32.self)
            return 4
        }
        let sign = value < 0 ? 1 : 0
        if value < 0 { out[0] = UInt8(ascii: "-") }
        var magnitude = value.magnitude
        guard magnitude < 100_000_000 else { return sign + Self.writeDecimal(magnitude, at: out + sign) }
        let pairs = UnsafeRawPointer(Self.digitPairs.utf8Start)
        func pair(_ number: UInt) -> UInt64 {
            UInt64(pairs.loadUnaligned(fromByteOffset: Int(number) &* 2, as: UInt16.self))
        }
        var word: UInt64 = 0
        var length = 0
        while magnitude >= 100 {
            word = word << 16 | pair(magnitude % 100)
            magnitude /= 100
            length &+= 2
        }
        if magnitude >= 10 {
            word = word << 16 | pair(magnitude)
            length &+= 2
        } else {
            word = word << 8 | UInt64(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude))
            length &+= 1
        }
        UnsafeMutableRawPointer(out + sign).storeBytes(of: word.littleEndian, as: UInt64.self)
        return sign &+ length
    }

    /// "00" to "99", two bytes a number.
    private static var digitPairs: StaticString {
        """
        0001020304050607080910111213141516171819202122232425262728293031323334353637383940414243444546474849\
        5051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899
        """
    }

    /// The digits of `magnitude` at `out`, counted, then written from the last; their count.
    private static func writeDecimal(_ magnitude: UInt, at out: UnsafeMutablePointer<UInt8>) -> Int {
        let length = decimalLength(magnitude)
        var rest = magnitude
        var index = length
        repeat {
            index -= 1
            out[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        } while rest > 0
        return length
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
