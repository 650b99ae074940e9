import CopydeskCore

/// The text of a stacked hedge with one hedge left: "could potentially" → "could",
/// "It might be that cold exposure could perhaps" → "Cold exposure could".
///
/// Sentence adverbs (perhaps, possibly, potentially…) and clause frames (it might be that,
/// it seems) can go without breaking the sentence; the hedge kept is the first other one.
/// When two hedges remain that cannot go (may suggest), there is no mechanical rewrite.
struct StackedHedgeSuggestion {
    static let removableWords: WordSet = [
        "possibly", "perhaps", "maybe", "arguably", "potentially", "presumably", "probably", "apparently",
        "conceivably", "supposedly", "allegedly", "reportedly", "purportedly", "ostensibly", "plausibly",
        "putatively", "seemingly", "hypothetically",
    ]

    let text: String?

    init(text: String, range: Range<Int>, cues: [HedgeCue]) {
        // The one hedge that cannot go, kept (the first when all can); none when two cannot.
        var kept: Int?
        // The cue's phrase and kind are read from the array, not the whole cue copied out of it
        // (its two strings retained, then released) for each test.
        for index in cues.indices where !Self.isRemovable(phrase: cues[index].phrase, kind: cues[index].kind) {
            guard kept == nil else {
                self.text = nil
                return
            }
            kept = index
        }
        let rewritten =
            text.utf8.withContiguousStorageIfAvailable { Self.rewrite($0, range: range, cues: cues, kept: kept ?? 0) }
            ?? Array(text.utf8).withUnsafeBufferPointer { Self.rewrite($0, range: range, cues: cues, kept: kept ?? 0) }
        self.text = rewritten.isEmpty ? nil : rewritten
    }

    /// The text of `range` of `bytes` without the cues other than `kept`, single spaced, without
    /// a space before a comma, and capitalized as the range starts.
    private static func rewrite(
        _ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, cues: [HedgeCue], kept: Int
    ) -> String {
        let all = UnsafeBufferPointer(rebasing: bytes[range])
        // ASCII (nearly always): one pass over the pieces kept, as `singleSpaced` and the
        // comma and capital rules below read them.
        // The text is written straight into the string's storage (at most the range's length:
        // every byte written stands for a byte of the range, a space for a space left out), not
        // into an array first that the string then copied (an allocation and a free more).
        if all.allSatisfy({ $0 < 0x80 }) {
            return String(unsafeUninitializedCapacity: range.count) { output in
                var count = 0
                var pendingSpace = false
                var cursor = range.lowerBound
                func append(_ upper: Int) {
                    for byte in bytes[cursor..<upper] {
                        if byte == UInt8(ascii: " ") {
                            pendingSpace = count != 0
                            continue
                        }
                        // A space before a comma is dropped (" ," made ",").
                        if pendingSpace, byte != UInt8(ascii: ",") {
                            output[count] = UInt8(ascii: " ")
                            count += 1
                        }
                        pendingSpace = false
                        output[count] = byte
                        count += 1
                    }
                }
                for (index, cue) in cues.enumerated() where index != kept {
                    append(cue.range.lowerBound)
                    cursor = cue.range.upperBound
                }
                append(range.upperBound)
                if let first = all.first, first &- UInt8(ascii: "A") < 26, count > 0,
                    output[0] &- UInt8(ascii: "a") < 26
                {
                    output[0] -= 0x20
                }
                return count
            }
        }
        var output: [UInt8] = []
        var cursor = range.lowerBound
        for (index, cue) in cues.enumerated() where index != kept {
            output += bytes[cursor..<cue.range.lowerBound]
            cursor = cue.range.upperBound
        }
        output += bytes[cursor..<range.upperBound]
        var result = Self.singleSpaced(output)
        // Only a literal " ," can match: no other characters are canonically equivalent to these two.
        if Self.hasSpaceBeforeComma(result) { result = result.replacingOccurrences(of: " ,", with: ",") }
        if let first = all.first, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z"),
            let head = result.first, head.isLowercase
        {
            result = head.uppercased() + result.dropFirst()
        }
        return result
    }

    /// The text of `bytes` with runs of spaces made one and none at either end: the words split
    /// at spaces and joined by one. ASCII text is read byte by byte (each byte a character);
    /// other text is split as a string, where a space followed by a combining mark is no space.
    static func singleSpaced(_ bytes: [UInt8]) -> String {
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            return String(decoding: bytes, as: UTF8.self).split(separator: " ", omittingEmptySubsequences: true)
                .joined(separator: " ")
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            if byte == UInt8(ascii: " ") {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace { output.append(UInt8(ascii: " ")) }
            pendingSpace = false
            output.append(byte)
        }
        return String(decoding: output, as: UTF8.self)
    }

    static func hasSpaceBeforeComma(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: ","), previous == UInt8(ascii: " ") { return true }
            previous = byte
        }
        return false
    }

    /// For a non-empty text of ASCII letters only, whether one of them is uppercase; nil for
    /// any other text. Its bytes are read in place when they lie contiguously.
    static func asciiLetters(_ text: String) -> Bool? {
        func read<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool? {
            var isEmpty = true
            var hasUppercase = false
            for byte in bytes {
                guard (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") else { return nil }
                isEmpty = false
                if byte < UInt8(ascii: "a") { hasUppercase = true }
            }
            return isEmpty ? nil : hasUppercase
        }
        if let known = text.utf8.withContiguousStorageIfAvailable({ read($0) }) { return known }
        return read(text.utf8)
    }

    /// For a non-empty phrase of lowercase ASCII letters only (nearly every cue: the tokenizer
    /// lowercases words), whether it is one of the removable words, looked up as its bytes;
    /// nil for any other phrase, which is read as before.
    static func removableLowercaseWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard !bytes.isEmpty else { return nil }
        var index = 0
        while index < bytes.count {
            guard bytes[index] &- UInt8(ascii: "a") < 26 else { return nil }
            index += 1
        }
        return removableWords.contains(ascii: bytes)
    }

    /// Sentence adverbs, and clause frames such as "it might be that", "it is possible" or "it seems".
    static func isRemovable(_ cue: HedgeCue) -> Bool {
        isRemovable(phrase: cue.phrase, kind: cue.kind)
    }

    /// `isRemovable` of a cue of this phrase and kind.
    static func isRemovable(phrase: String, kind: HedgeCue.Kind) -> Bool {
        // A phrase of ASCII letters only is one word, itself lowercased (as the tokenizer reads
        // it); one without an uppercase letter is lowercased already.
        // A lowercase one is looked up as its bytes, in place, not through the string.
        if let known = phrase.utf8.withContiguousStorageIfAvailable({ removableLowercaseWord($0) }), let known {
            return known
        }
        if let hasUppercase = asciiLetters(phrase) {
            return removableWords.contains(hasUppercase ? phrase.lowercased() : phrase)
        }
        let words = Words.tokens(in: phrase).map(\.text)
        if words.count == 1 { return removableWords.contains(words[0]) }
        return kind == .multiword && words.first == "it"
    }
}
