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
    public var section: String?
    public var suggestions: [String]
    public var related: [RelatedLocation]
    /// Stable across edits elsewhere in the file: path + rule + normalised sentence. Set by the pipeline.
    public var fingerprint: String

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
        self.section = section
        self.suggestions = suggestions
        self.related = related
        self.fingerprint = fingerprint
    }

    enum CodingKeys: String, CodingKey {
        case rule, category, severity, message, match, range, section, suggestions, related, fingerprint
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
        if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
        if lhs.range.end.offset != rhs.range.end.offset { return lhs.range.end.offset < rhs.range.end.offset }
        return lhs.message < rhs.message
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

/// Another place a finding points at (the first occurrence of a repetition, say).
public struct RelatedLocation: Codable, Hashable, Sendable {
    public var message: String
    public var range: SourceRange

    public init(message: String, range: SourceRange) {
        self.message = message
        self.range = range
    }
}
