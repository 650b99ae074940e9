import CopydeskCore

/// A finding's message put together as UTF-8 bytes in room made once, and made a string at the
/// end: string interpolation appended each piece to a string that grew as it went, a few hundred
/// instructions a piece. The bytes are the interpolation's, so the message is the same string.
struct HedgeMessage {
    private var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func add(_ text: String) {
        // In place when the string's bytes lie contiguously (a native string's and a literal's do).
        if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
            bytes.append(contentsOf: Array(text.utf8))
        }
    }

    /// `cue.quoted`: the cue's phrase in single quotes.
    mutating func add(quoted cue: HedgeCue) {
        bytes.append(UInt8(ascii: "'"))
        add(cue.phrase)
        bytes.append(UInt8(ascii: "'"))
    }

    /// The cues quoted and joined by ", " (`cues.map(\.quoted).joined(separator: ", ")`).
    mutating func add(quoting cues: some Sequence<HedgeCue>) {
        var first = true
        for cue in cues {
            if !first { add(", ") }
            first = false
            add(quoted: cue)
        }
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }
}
