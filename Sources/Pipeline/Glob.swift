/// Path globs for the policy's `files.include` and `files.exclude`: `**` spans folders, `*`
/// and `?` stay within one path component. A pattern without `/` matches the file name.
struct Glob: Sendable {
    private let pattern: [UInt8]
    private let matchesNameOnly: Bool

    init(_ pattern: String) {
        var trimmed = pattern
        while trimmed.hasPrefix("./") { trimmed.removeFirst(2) }
        self.pattern = Array(trimmed.utf8)
        matchesNameOnly = !trimmed.contains("/")
    }

    func matches(_ path: String) -> Bool {
        var relative = path
        while relative.hasPrefix("./") { relative.removeFirst(2) }
        if matchesNameOnly, let slash = relative.lastIndex(of: "/") {
            relative = String(relative[relative.index(after: slash)...])
        }
        return Glob.match(pattern[...], Array(relative.utf8)[...])
    }

    private static func match(_ pattern: ArraySlice<UInt8>, _ text: ArraySlice<UInt8>) -> Bool {
        guard let first = pattern.first else { return text.isEmpty }
        let slash = UInt8(ascii: "/")
        if first == UInt8(ascii: "*") {
            let rest = pattern.dropFirst()
            if rest.first == UInt8(ascii: "*") {
                // `**/` matches zero or more whole folders; `**` alone matches anything.
                let after = rest.dropFirst()
                if after.first == slash {
                    let tail = after.dropFirst()
                    if match(tail, text) { return true }
                    for index in text.indices where text[index] == slash {
                        if match(tail, text[(index + 1)...]) { return true }
                    }
                    return false
                }
                for index in text.indices where match(after, text[index...]) { return true }
                return match(after, text[text.endIndex...])
            }
            var index = text.startIndex
            while true {
                if match(rest, text[index...]) { return true }
                guard index < text.endIndex, text[index] != slash else { return false }
                index += 1
            }
        }
        guard let character = text.first else { return false }
        if first == UInt8(ascii: "?") ? character != slash : first == character {
            return match(pattern.dropFirst(), text.dropFirst())
        }
        return false
    }
}
