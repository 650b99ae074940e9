import CopydeskCore

/// Inline suppressions from an article's directives:
/// `copydesk-disable X` … `copydesk-enable X` for a block of lines, and
/// `copydesk-disable-next-line X` for the next non-blank line. X is a rule id, a category,
/// or nothing for all rules.
struct Suppression: Sendable {
    private struct Span {
        var target: String?
        var lines: ClosedRange<Int>
    }

    private var spans: [Span] = []

    init(article: Article) {
        var open: [String: Int] = [:]  // target ("" = all) -> first suppressed line
        let lastLine = article.lines.lineCount
        for directive in article.directives.sorted(by: { $0.range.start.offset < $1.range.start.offset }) {
            let targets = directive.targets.isEmpty ? [""] : directive.targets
            switch directive.kind {
            case .disable:
                for target in targets where open[target] == nil { open[target] = directive.range.end.line }
            case .enable:
                let closing = directive.targets.isEmpty ? Array(open.keys) : targets
                for target in closing {
                    guard let first = open.removeValue(forKey: target) else { continue }
                    spans.append(Span(target: target.isEmpty ? nil : target, lines: first...directive.range.start.line))
                }
            case .disableNextLine:
                var line = directive.range.end.line + 1
                while line < lastLine, article.lines.lineText(line).allSatisfy(\.isWhitespace) { line += 1 }
                for target in targets {
                    spans.append(Span(target: target.isEmpty ? nil : target, lines: line...line))
                }
            }
        }
        for (target, first) in open {
            spans.append(Span(target: target.isEmpty ? nil : target, lines: first...max(first, lastLine)))
        }
    }

    /// Whether a finding is suppressed.
    func suppresses(_ finding: Finding) -> Bool {
        spans.contains { span in
            span.lines.contains(finding.range.start.line)
                && (span.target == nil || span.target == finding.rule || span.target == finding.category.rawValue)
        }
    }
}
