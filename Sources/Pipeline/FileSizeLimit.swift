/// A file size limit as a user writes it: megabytes by default (`50`), or with a unit
/// (`200MB`, `1.5GB`, `800kB`, `64MiB`, `1000000B`). Decimal units are powers of 10, the `i`
/// units powers of 2; units are case-insensitive and may follow a space.
public struct FileSizeLimit: Sendable, Equatable {
    public var bytes: Int

    public init(bytes: Int) {
        self.bytes = bytes
    }

    /// The limit `text` means, or nil when it is not a size of at least one byte.
    public init?(_ text: String) {
        let text = text.filter { $0 != " " }
        let split = text.firstIndex { !($0.isASCII && ($0.isNumber || $0 == ".")) } ?? text.endIndex
        guard let number = Double(text[..<split]), number.isFinite,
            let unit = Self.units[text[split...].lowercased()]
        else { return nil }
        let bytes = (number * Double(unit)).rounded(.down)
        guard bytes >= 1, bytes < Double(Int.max) else { return nil }
        self.bytes = Int(bytes)
    }

    /// Bytes per unit; no unit means megabytes.
    private static let units: [String: Int] = [
        "": 1_000_000, "b": 1, "k": 1_000, "kb": 1_000, "m": 1_000_000, "mb": 1_000_000, "g": 1_000_000_000,
        "gb": 1_000_000_000, "kib": 1 << 10, "mib": 1 << 20, "gib": 1 << 30,
    ]
}
