import CopydeskCore

/// Inline suppressions from an article's directives:
/// `copydesk-disable X` … `copydesk-enable X` for a block of lines, and
/// `copydesk-disable-next-line X` for the next non-blank line. X is a rule id, a category,
/// or nothing for all rules. A directive that names no known rule, or that hides nothing,
/// is reported itself (info), so stale suppressions do not pile up.
struct Suppression: Sendable {
    private struct Span {
        var target: String?
        var lines: ClosedRange<Int>
        var directive: Directive
    }

    private var spans: [Span] = []

    init(article: Article) {
        // Most articles have no directive: then there is no span (working it out sorted an
        // empty list and an empty dictionary, about 580 instructions a file).
        guard !article.directives.isEmpty else { return }
        var open: [String: (line: Int, directive: Directive)] = [:]  // target ("" = all)
        let lastLine = article.lines.lineCount
        for directive in article.directives.sorted(by: { $0.range.start.offset < $1.range.start.offset }) {
            let targets = directive.targets.isEmpty ? [""] : directive.targets
            switch directive.kind {
            case .disable:
                for target in targets where open[target] == nil { open[target] = (directive.range.end.line, directive) }
            case .enable:
                let closing = directive.targets.isEmpty ? Array(open.keys) : targets
                for target in closing {
                    guard let first = open.removeValue(forKey: target) else { continue }
                    spans.append(
                        Span(
                            target: target.isEmpty ? nil : target,
                            lines: first.line...max(first.line, directive.range.start.line),
                            directive: first.directive))
                }
            case .disableNextLine:
                var line = directive.range.end.line + 1
                while line < lastLine, article.lines.lineText(line).allSatisfy(\.isWhitespace) { line += 1 }
                for target in targets {
                    spans.append(Span(target: target.isEmpty ? nil : target, lines: line...line, directive: directive))
                }
            }
        }
        for (target, first) in open.sorted(by: { $0.key < $1.key }) {
            spans.append(
                Span(
                    target: target.isEmpty ? nil : target, lines: first.line...max(first.line, lastLine),
                    directive: first.directive))
        }
    }

    /// The spans' line ranges by target ("" for all rules), once there are spans.
    private var covers: [String: RangeIndex] = [:]
    /// The first line of every finding `hide` was given, by what a span may name: a rule, a
    /// category, or "" (any finding). A span is used when it covers one of them.
    private var findingLines: [String: [Int]] = [:]

    /// The findings no directive hides, and findings about directives that are unknown or unused.
    ///
    /// A finding is hidden when a span of its rule, its category or all rules covers its first
    /// line; a span is used when it hides a finding. Both are looked up (line-range indexes per
    /// target, sorted finding lines per target), so a long article with many directives and many
    /// findings costs no more than sorting them.
    ///
    /// Works in place: a long article can have hundreds of thousands of findings before the cap.
    mutating func apply(to findings: inout [Finding], knownTargets: Set<String>) {
        hide(&findings)
        appendStale(to: &findings, knownTargets: knownTargets)
    }

    /// Drops the findings a span hides, noting the lines of all of them for `appendStale`. The
    /// findings may come in several lists (a long article's, as the stages make them); a finding
    /// given twice is noted twice, which changes nothing.
    mutating func hide(_ findings: inout [Finding]) {
        guard !spans.isEmpty else { return }
        if covers.isEmpty {
            var linesByTarget: [String: [Range<Int>]] = [:]
            for span in spans {
                linesByTarget[span.target ?? "", default: []].append(
                    span.lines.lowerBound..<(span.lines.upperBound + 1))
            }
            covers = linesByTarget.mapValues(RangeIndex.init)
        }
        let covers = covers
        func covered(_ line: Int, by target: String) -> Bool { covers[target]?.contains(line) == true }
        // Through a buffer pointer: iterating the array copies each finding.
        findings.withUnsafeBufferPointer { findings in
            for index in findings.indices {
                let line = findings[index].range.start.line
                findingLines["", default: []].append(line)
                findingLines[findings[index].rule, default: []].append(line)
                if findings[index].category.rawValue != findings[index].rule {
                    findingLines[findings[index].category.rawValue, default: []].append(line)
                }
            }
        }
        findings.removeFindings { finding in
            let line = finding.pointee.range.start.line
            return covered(line, by: "") || covered(line, by: finding.pointee.rule)
                || covered(line, by: finding.pointee.category.rawValue)
        }
    }

    /// Appends findings about directives that name no known rule or category, or that hid none
    /// of the findings given to `hide`.
    func appendStale(to findings: inout [Finding], knownTargets: Set<String>) {
        guard !spans.isEmpty else { return }
        let sortedLines = findingLines.mapValues { $0.sorted() }
        func isUsed(_ span: Span) -> Bool {
            guard let lines = sortedLines[span.target ?? ""] else { return false }
            let first = lines.partitionPoint { $0 < span.lines.lowerBound }
            return first < lines.count && lines[first] <= span.lines.upperBound
        }
        var reported = Set<String>()
        for span in spans {
            let key = "\(span.directive.range.start.offset)|\(span.target ?? "")"
            guard reported.insert(key).inserted else { continue }
            let name = span.target ?? "all rules"
            if let target = span.target, !knownTargets.contains(target) {
                var message = "suppression names '\(target)', which is no rule or category"
                if let guess = DidYouMean.suggestion(for: target, among: knownTargets) {
                    message += "; did you mean '\(guess)'?"
                }
                findings.append(Self.finding(PipelineRules.unknownSuppression, message, span.directive, target))
            } else if !isUsed(span) {
                let message = "suppression of \(name) hides nothing here; remove it"
                findings.append(
                    Self.finding(PipelineRules.unusedSuppression, message, span.directive, span.target ?? ""))
            }
        }
    }

    private static func finding(
        _ description: CheckDescription, _ message: String, _ directive: Directive, _ match: String
    )
        -> Finding
    {
        Finding(
            rule: description.id, category: description.category, severity: description.defaultSeverity,
            message: message, match: match, range: directive.range)
    }
}

/// Rules the pipeline itself reports, listed with the checks by `copydesk rules`.
public enum PipelineRules {
    public static let unknownSuppression = CheckDescription(
        id: "style.unknown-suppression", category: .style, defaultSeverity: .info,
        summary: "A suppression comment names a rule or category that does not exist, so it hides nothing.",
        failing: [Example("<!-- copydesk-disable-next-line hedging.stacked-hedges -->\nIt could potentially help.")])

    public static let unusedSuppression = CheckDescription(
        id: "style.unused-suppression", category: .style, defaultSeverity: .info,
        summary: "A suppression comment hides no finding; remove it before it hides a real one.",
        passing: [Example("<!-- copydesk-disable-next-line hedging -->\nIt could potentially help.")],
        failing: [Example("<!-- copydesk-disable-next-line hedging -->\nThe trial enrolled 300 adults.[^1]")])

    public static let all = [unknownSuppression, unusedSuppression, FindingsCap.rule]
}
