/// One problem found in an article.
public struct Finding: Codable, Hashable, Sendable {
    /// `<category>.<name>` in kebab-case.
    public var rule: String
    public var category: Category
    public var severity: Severity
    public var message: String
    /// The matched source text.
    public var match: String
    public var range: SourceRange
    /// The nearest heading above the finding.
    @inlinable
    public var section: String? {
        get { storedSection.text }
        set { storedSection.text = newValue }
    }
    /// `section`, held in a struct of its own: with a `String?` stored among the finding's other
    /// strings, the compiler built each finding in a temporary and copied it out (a retain and a
    /// release of every string and array, some 400 instructions a finding), in the initialiser
    /// and wherever it was inlined. Hashed and compared as the `String?` itself.
    @usableFromInline var storedSection: Section
    public var suggestions: [String]
    public var related: [RelatedLocation]
    /// Stable across edits elsewhere in the file: path + rule + normalised sentence. Set by the pipeline.
    public var fingerprint: String {
        get { storedFingerprint.text }
        set { storedFingerprint = StoredFingerprint(text: newValue) }
    }
    /// `fingerprint` when it is a 64-bit value's sixteen lowercase hex digits (as the pipeline
    /// sets it, `setFingerprint(hash:)`): the value, kept without its string. A fingerprint
    /// string cost an allocation per finding to make and a release to free, and a report
    /// writer reading it a retain and a release; a writer asks for the value first.
    @inlinable public var fingerprintHash: UInt64? {
        if case .value(let value) = storedFingerprint { return value }
        return nil
    }
    /// `fingerprint`, held as `fingerprintHash` when it is one: hashed and compared as the string.
    @usableFromInline var storedFingerprint: StoredFingerprint

    public init(
        rule: String, category: Category, severity: Severity, message: String, match: String, range: SourceRange,
        section: String? = nil, suggestions: [String] = [], related: [RelatedLocation] = [], fingerprint: String = ""
    ) {
        self.rule = rule
        self.category = category
        self.severity = severity
        self.message = message
        self.match = match
        self.range = range
        storedSection = Section(text: section)
        self.suggestions = suggestions
        self.related = related
        storedFingerprint = StoredFingerprint(text: fingerprint)
    }

    /// Where `section` is kept in the finding at `finding`: a report writer reads it there
    /// (`PrettyJSON.stringMember(_:at:)`) without copying it out (a retain and a release).
    @inlinable
    public static func sectionAddress(in finding: UnsafePointer<Finding>) -> UnsafePointer<String?> {
        finding.pointer(to: \.storedSection.text)!
    }

    /// Sets `fingerprint` to `hash` in sixteen lowercase hex digits (`fingerprintHash` is then
    /// `hash`), without making the string.
    public mutating func setFingerprint(hash: UInt64) {
        storedFingerprint = .value(hash)
    }

    enum CodingKeys: String, CodingKey {
        case rule, category, severity, message, match, range, section, suggestions, related, fingerprint
    }

    /// As the synthesised one decoded it (`section` by `decodeIfPresent`, the rest by `decode`).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rule = try container.decode(String.self, forKey: .rule)
        category = try container.decode(Category.self, forKey: .category)
        severity = try container.decode(Severity.self, forKey: .severity)
        message = try container.decode(String.self, forKey: .message)
        match = try container.decode(String.self, forKey: .match)
        range = try container.decode(SourceRange.self, forKey: .range)
        storedSection = Section(text: try container.decodeIfPresent(String.self, forKey: .section))
        suggestions = try container.decode([String].self, forKey: .suggestions)
        related = try container.decode([RelatedLocation].self, forKey: .related)
        storedFingerprint = StoredFingerprint(text: try container.decode(String.self, forKey: .fingerprint))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rule, forKey: .rule)
        try container.encode(category, forKey: .category)
        try container.encode(severity, forKey: .severity)
        try container.encode(message, forKey: .message)
        try container.encode(match, forKey: .match)
        try container.encode(range, forKey: .range)
        try container.encodeIfPresent(section, forKey: .section)
        try container.encode(suggestions, forKey: .suggestions)
        try container.encode(related, forKey: .related)
        try container.encode(fingerprint, forKey: .fingerprint)
    }

    /// Report order: line, column, rule.
    public static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        // The tuple `(line, column, rule, end offset, message) <`, field by field, so the strings
        // are neither copied nor compared unless the positions tie.
        let left = lhs.range.start
        let right = rhs.range.start
        if left.line != right.line { return left.line < right.line }
        if left.column != right.column { return left.column < right.column }
        if let less = ruleOrder(lhs.rule, rhs.rule) { return less }
        if lhs.range.end.offset != rhs.range.end.offset { return lhs.range.end.offset < rhs.range.end.offset }
        return lhs.message < rhs.message
    }

    /// `lhs < rhs` when the rules differ, `nil` when they are equal, as `!=` then `<` read them.
    /// Two rules in ASCII (every built-in rule id) are compared by their bytes, in one pass:
    /// `String`'s `<` then orders them as their UTF-8 does, and `!=` and `<` each cost a call of
    /// some hundred instructions. Any other pair is read by `!=` and `<`.
    static func ruleOrder(_ lhs: String, _ rhs: String) -> Bool? {
        // 0: equal, 1: less, 2: greater, 3: not both ASCII in contiguous UTF-8.
        let order: UInt8 =
            lhs.utf8.withContiguousStorageIfAvailable { left in
                rhs.utf8.withContiguousStorageIfAvailable { right in
                    guard ByteSearch.isASCII(left), ByteSearch.isASCII(right) else { return 3 }
                    let count = Swift.min(left.count, right.count)
                    var index = 0
                    while index < count {
                        if left[index] != right[index] { return left[index] < right[index] ? 1 : 2 }
                        index += 1
                    }
                    if left.count == right.count { return 0 }
                    return left.count < right.count ? 1 : 2
                } ?? 3
            } ?? 3
        switch order {
        case 0: return nil
        case 1: return true
        case 2: return false
        default: return lhs == rhs ? nil : lhs < rhs
        }
    }

}

extension Array where Element == Finding {
    /// Puts the findings in report order (`Finding.reportOrder`, stable). A list in order already
    /// is left as it is; otherwise the order is worked out as a permutation of indices and the
    /// findings are swapped into place along its cycles: a swap moves a finding without copying
    /// it (no retain or release of its strings), where gathering them would copy each.
    public mutating func sortInReportOrder() {
        // Compared through a buffer pointer: the array's subscript would copy each finding.
        let inOrder = withUnsafeBufferPointer { findings in
            !findings.indices.dropFirst().contains { Finding.reportOrder(findings[$0], findings[$0 - 1]) }
        }
        guard !inOrder else { return }
        var order = withUnsafeBufferPointer { findings in
            findings.indices.sorted { Finding.reportOrder(findings[$0], findings[$1]) }
        }
        // Position `target` takes the finding at `order[target]`; each cycle is walked once.
        // Swapped through a buffer pointer, whose `swapAt` moves the two findings: the array's
        // copies each (a retain and a release of each of its strings and arrays).
        withUnsafeMutableBufferPointer { findings in
            for start in order.indices where order[start] != start {
                var target = start
                while order[target] != start {
                    let source = order[target]
                    findings.swapAt(target, source)
                    order[target] = target
                    target = source
                }
                order[target] = target
            }
        }
    }
}

extension Array where Element == Finding {
    /// Moves the findings of `other` to the end of this list, leaving `other` empty, without
    /// copying them: a copy retains a finding's strings and arrays, and the release of `other`
    /// releases them again.
    public mutating func moveAppend(_ other: inout [Finding]) {
        guard !isEmpty else {
            swap(&self, &other)
            return
        }
        guard !other.isEmpty else { return }
        // Room grows by doubling, as `append` grows it: a reservation of the exact count would
        // move the findings so far to new storage at every check that adds some.
        if capacity < count + other.count { reserveCapacity(Swift.max(count + other.count, 2 * capacity)) }
        // `popLast` moves a finding out of its array, `append` moves it in: the last first, so
        // the appended run is turned around afterwards, in place, by a buffer pointer's swaps,
        // which move (a slice's, even of a buffer pointer, copy).
        let start = endIndex
        while let finding = other.popLast() { append(finding) }
        withUnsafeMutableBufferPointer { findings in
            var run = UnsafeMutableBufferPointer(rebasing: findings[start...])
            run.reverse()
        }
    }
}

extension Array where Element == Finding {
    /// `removeAll(where:)` without copying a finding: the standard one hands each finding to
    /// `shouldBeRemoved` as a copy and moves the kept ones down by copying them (a copy retains
    /// a finding's strings and arrays, and releases them again). Here `shouldBeRemoved` reads
    /// each finding through its address, as `ReportJSON` does (lent as a value, even a
    /// `borrowing` one, it was still copied around any call the compiler could not see into),
    /// and the kept ones are moved down by a buffer pointer's `swapAt`, which moves. The kept
    /// findings keep their order, and `shouldBeRemoved` is called once per finding, in order,
    /// as the standard one calls it. A list that loses none is not written to (an empty one's
    /// shared storage is not copied to be made unique).
    @inlinable
    public mutating func removeFindings(where shouldBeRemoved: (UnsafePointer<Finding>) -> Bool) {
        let firstRemoved = withUnsafeBufferPointer { findings in
            guard let first = findings.baseAddress else { return 0 }
            var index = 0
            while index < findings.count, !shouldBeRemoved(first + index) { index += 1 }
            return index
        }
        guard firstRemoved < endIndex else { return }
        let kept = withUnsafeMutableBufferPointer { findings in
            // Not empty: one finding is to be removed.
            let first = UnsafePointer(findings.baseAddress!)
            var kept = firstRemoved
            var index = firstRemoved + 1
            while index < findings.count {
                if !shouldBeRemoved(first + index) {
                    findings.swapAt(kept, index)
                    kept += 1
                }
                index += 1
            }
            return kept
        }
        removeSubrange(kept...)
    }
}

extension Array where Element == Finding {
    /// Gives each finding the level `policy` sets for its rule and drops those of rules it turns
    /// off, in place, keeping the order. By index, through a buffer pointer whose `swapAt` moves
    /// the findings: iterating the array, or its own `swapAt`, copies each (retaining its strings
    /// and arrays). An empty list is left alone (its buffer pointer would copy the shared empty
    /// storage, to make it unique).
    public mutating func applyLevels(of policy: Policy) {
        guard !isEmpty else { return }
        let kept = withUnsafeMutableBufferPointer { findings in
            var kept = findings.startIndex
            for index in findings.indices {
                guard
                    let severity = policy.severity(
                        category: findings[index].category, default: findings[index].severity,
                        rule: { findings[index].rule })
                else { continue }
                findings[index].severity = severity
                if kept != index { findings.swapAt(kept, index) }
                kept += 1
            }
            return kept
        }
        if kept != endIndex { removeSubrange(kept...) }
    }
}

extension Finding {
    /// A finding's section (see `storedSection`): hashed and compared as its text alone.
    @usableFromInline
    struct Section: Hashable, Sendable {
        @usableFromInline var text: String?

        @usableFromInline
        init(text: String?) {
            self.text = text
        }
    }
}

extension Finding {
    /// A finding's fingerprint (see `storedFingerprint`): sixteen lowercase hex digits are kept
    /// as their value, any other text but the empty one in a box, so a fingerprint takes no
    /// more room in a finding than its string took (a finding's size is what moving one and
    /// growing a list of them cost), and two with the same text are held alike. Compared as
    /// held, hashed as the text.
    @usableFromInline
    enum StoredFingerprint: Hashable, Sendable {
        /// The empty text, as findings are made.
        case empty
        /// Sixteen lowercase hex digits, as the pipeline sets them.
        case value(UInt64)
        /// Any other text (read from a cache, say): rare.
        case written(Written)

        /// Another fingerprint's text.
        @usableFromInline
        final class Written: Sendable {
            let text: String

            init(_ text: String) {
                self.text = text
            }
        }

        init(text: String) {
            if text.isEmpty {
                self = .empty
            } else if let value = Self.value(ofHex: text) {
                self = .value(value)
            } else {
                self = .written(Written(text))
            }
        }

        var text: String {
            switch self {
            case .empty: ""
            case .value(let value): Self.hex(value)
            case .written(let written): written.text
            }
        }

        @usableFromInline
        static func == (lhs: Self, rhs: Self) -> Bool {
            switch (lhs, rhs) {
            case (.empty, .empty): true
            case (.value(let left), .value(let right)): left == right
            case (.written(let left), .written(let right)): left.text == right.text
            default: false
            }
        }

        @usableFromInline
        func hash(into hasher: inout Hasher) {
            hasher.combine(text)
        }

        /// The value `hex` writes as `text`, or nil when `text` is not sixteen lowercase hex digits.
        static func value(ofHex text: String) -> UInt64? {
            guard text.utf8.count == 16 else { return nil }
            var value: UInt64 = 0
            for byte in text.utf8 {
                let digit: UInt8
                if byte &- UInt8(ascii: "0") < 10 {
                    digit = byte &- UInt8(ascii: "0")
                } else if byte &- UInt8(ascii: "a") < 6 {
                    digit = byte &- UInt8(ascii: "a") &+ 10
                } else {
                    return nil
                }
                value = value << 4 | UInt64(digit)
            }
            return value
        }

        /// `value` in sixteen lowercase hex digits (`value.paddedHex`), each digit worked out.
        static func hex(_ value: UInt64) -> String {
            String(unsafeUninitializedCapacity: 16) { out in
                Finding.writeHex(value, to: out.baseAddress!)
                return 16
            }
        }
    }

    /// Writes `value` in sixteen lowercase hex digits at `out` (as `fingerprint` reads a
    /// `fingerprintHash`), the first digit the highest: each half's eight digits worked out in
    /// one word (`hexDigits`), stored whole.
    @inlinable @inline(__always)
    public static func writeHex(_ value: UInt64, to out: UnsafeMutablePointer<UInt8>) {
        let raw = UnsafeMutableRawPointer(out)
        raw.storeBytes(of: hexDigits(UInt32(truncatingIfNeeded: value >> 32)), as: UInt64.self)
        raw.storeBytes(of: hexDigits(UInt32(truncatingIfNeeded: value)), toByteOffset: 8, as: UInt64.self)
    }

    /// The eight lowercase hex digits of `half` as the bytes of a word, in memory order (the
    /// highest digit first): the nibbles spread one to a byte (the lowest in the lowest byte),
    /// each byte given `0`, and the bytes of 10 and more (whose value plus 6 has bit 4) the 39
    /// more that reach `a`; then the word big-endian, for the highest digit to come first. No
    /// byte carries into the next: a nibble plus 6 is below 32, a digit below 128.
    @inlinable @inline(__always)
    static func hexDigits(_ half: UInt32) -> UInt64 {
        var nibbles = UInt64(half)
        nibbles = (nibbles | nibbles << 16) & 0x0000_FFFF_0000_FFFF
        nibbles = (nibbles | nibbles << 8) & 0x00FF_00FF_00FF_00FF
        nibbles = (nibbles | nibbles << 4) & 0x0F0F_0F0F_0F0F_0F0F
        let letters = ((nibbles &+ 0x0606_0606_0606_0606) >> 4) & 0x0101_0101_0101_0101
        let digits = nibbles &+ 0x3030_3030_3030_3030 &+ letters &* 0x27
        return digits.bigEndian
    }
}

/// Another place a finding points at (the first occurrence of a repetition, say).
public struct RelatedLocation: Codable, Hashable, Sendable {
    public var message: String
    public var range: SourceRange

    public init(message: String, range: SourceRange) {
        self.message = message
        self.range = range
    }
}
