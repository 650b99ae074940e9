import Foundation

/// A policy's regular expression, run with a time limit per text.
///
/// Policy patterns come from users, and a pattern such as `(a+)+$` backtracks catastrophically:
/// ICU would spend minutes on one paragraph. `NSRegularExpression.enumerateMatches` with
/// `.reportProgress` calls back periodically *during* a match attempt as well as after each
/// match, so the callback checks the elapsed time and sets `stop` once `limit` has passed. The
/// matches found until then are kept and the caller learns that the search was cut short.
struct TimedRegex: @unchecked Sendable {
    // @unchecked: NSRegularExpression is immutable and documented as thread-safe; it is only
    // not annotated Sendable in swift-corelibs-foundation.
    let expression: NSRegularExpression
    let limit: Duration

    var pattern: String { expression.pattern }

    init(pattern: String, ignoreCase: Bool, limit: Duration) throws {
        expression = try NSRegularExpression(pattern: pattern, options: ignoreCase ? [.caseInsensitive] : [])
        self.limit = limit
    }

    struct Result {
        /// UTF-8 byte ranges of the non-empty matches in the text.
        var ranges: [Range<Int>]
        /// Whether the time limit stopped the search before the end of the text.
        var timedOut: Bool
    }

    func matches(in text: String) -> Result {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: limit)
        var utf16Ranges: [NSRange] = []
        var timedOut = false
        let whole = NSRange(location: 0, length: text.utf16.count)
        expression.enumerateMatches(in: text, options: [.reportProgress], range: whole) { match, _, stop in
            if let match, match.range.length > 0 { utf16Ranges.append(match.range) }
            if clock.now >= deadline {
                timedOut = true
                stop.pointee = true
            }
        }
        guard !utf16Ranges.isEmpty else { return Result(ranges: [], timedOut: timedOut) }
        let offsets = Self.utf8Offsets(byUTF16In: text)
        let ranges = utf16Ranges.map { range in
            offsets[range.location]..<offsets[range.location + range.length]
        }
        return Result(ranges: ranges, timedOut: timedOut)
    }

    /// For each UTF-16 offset of `text` (and its end), the UTF-8 offset of the same place.
    static func utf8Offsets(byUTF16In text: String) -> [Int] {
        var offsets: [Int] = []
        offsets.reserveCapacity(text.utf16.count + 1)
        var utf8 = 0
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            for _ in 0..<UTF16.width(scalar) { offsets.append(utf8) }
            utf8 += width
        }
        offsets.append(utf8)
        return offsets
    }
}
