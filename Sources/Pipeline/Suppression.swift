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

    /// The findings no directive hides, and findings about directives that are unknown or unused.
    func apply(to findings: [Finding], knownTargets: Set<String>) -> [Finding] {
        var used = Array(repeating: false, count: spans.count)
        var kept: [Finding] = []
        for finding in findings {
            var hidden = false
            for (index, span) in spans.enumerated() where span.lines.contains(finding.range.start.line) {
                if span.target == nil || span.target == finding.rule || span.target == finding.category.rawValue {
                    used[index] = true
                    hidden = true
                }
            }
            if !hidden { kept.append(finding) }
        }
        var reported = Set<String>()
        for (index, span) in spans.enumerated() {
            let key = "\(span.directive.range.start.offset)|\(span.target ?? "")"
            guard reported.insert(key).inserted else { continue }
            let name = span.target ?? "all rules"
            if let target = span.target, !knownTargets.contains(target) {
                var message = "suppression names '\(target)', which is no rule or category"
                if let guess = DidYouMean.suggestion(for: target, among: knownTargets) {
                    message += "; did you mean '\(guess)'?"
                }
                kept.append(Self.finding(PipelineRules.unknownSuppression, message, span.directive, target))
            } else if !used[index] {
                let message = "suppression of \(name) hides nothing here; remove it"
                kept.append(Self.finding(PipelineRules.unusedSuppression, message, span.directive, span.target ?? ""))
            }
        }
        return kept
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
