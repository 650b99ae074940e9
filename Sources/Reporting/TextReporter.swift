import CopydeskCore

/// The terminal view for editors: `path:line:col severity rule message`, the source line with
/// the span underlined, and a summary line.
public struct TextReporter: Reporter {
    public static let id = "text"
    public static let fileExtension: String? = "txt"

    /// Colour output; the CLI turns it on for a terminal without NO_COLOR.
    public var color: Bool
    /// Longest source excerpt shown; longer lines are cut around the span.
    public var excerptWidth: Int

    public init(color: Bool = false, excerptWidth: Int = 100) {
        self.color = color
        self.excerptWidth = excerptWidth
    }

    public init() { self.init(color: false) }

    public func render(_ report: Report) throws -> String {
        var out = ""
        for file in report.files { out += render(file) }
        return out + renderEnd(report)
    }

    /// One file's findings, as `render` shows them.
    public func render(_ file: FileReport) -> String {
        let style = TerminalStyle(enabled: color)
        var out = ""
        for finding in file.findings {
            out += renderFinding(finding, in: file, style: style)
        }
        return out
    }

    /// What follows the files: the inputs not read and the summary line.
    public func renderEnd(_ report: Report) -> String {
        let style = TerminalStyle(enabled: color)
        var out = ""
        for error in report.errors {
            out += "\(style.bold(TerminalText.sanitize(error.location) + ":")) \(style.red("error"))"
            out += " \(TerminalText.sanitize(error.message))\n"
        }
        out += summaryLine(report, style: style) + "\n"
        return out
    }

    private func renderFinding(_ finding: Finding, in file: FileReport, style: TerminalStyle) -> String {
        let start = finding.range.start
        let location = "\(TerminalText.sanitize(file.path)):\(start.line):\(start.column)"
        let severity: String
        switch finding.severity {
        case .error: severity = style.red("error")
        case .warning: severity = style.yellow("warning")
        case .info: severity = style.cyan("info")
        }
        var out =
            "\(style.bold(location)) \(severity) \(style.dim(finding.rule)) \(TerminalText.sanitize(finding.message))\n"
        if let line = file.excerpts[start.line] {
            out += excerpt(line: line, finding: finding, style: style)
        }
        return out
    }

    /// The source line (cut around the span if long) and a caret line under the span.
    private func excerpt(line: String, finding: Finding, style: TerminalStyle) -> String {
        let scalars = TerminalText.sanitize(line).unicodeScalars
        let count = scalars.count
        let start = max(0, min(finding.range.start.column - 1, count))
        let sameLine = finding.range.end.line == finding.range.start.line
        let end = sameLine ? max(start + 1, min(finding.range.end.column - 1, count)) : count
        var windowStart = 0
        var windowEnd = count
        if count > excerptWidth {
            windowStart = max(0, min(start - excerptWidth / 3, count - excerptWidth))
            windowEnd = min(count, windowStart + excerptWidth)
        }
        let prefix = windowStart > 0 ? "…" : ""
        let suffix = windowEnd < count ? "…" : ""
        let first = scalars.index(scalars.startIndex, offsetBy: windowStart)
        let text = scalars[first..<scalars.index(first, offsetBy: windowEnd - windowStart)]
        let caretStart = start - windowStart + (prefix.isEmpty ? 0 : 1)
        let caretLength = max(1, min(end, windowEnd) - start)
        let gutter = String(finding.range.start.line)
        let pad = String(repeating: " ", count: gutter.count)
        let caret =
            String(repeating: " ", count: max(0, caretStart)) + "^" + String(repeating: "~", count: caretLength - 1)
        return
            "  \(style.dim(gutter + " |")) \(prefix)\(String(text))\(suffix)\n  \(style.dim(pad + " |")) \(style.green(caret))\n"
    }

    private func summaryLine(_ report: Report, style: TerminalStyle) -> String {
        let summary = report.summary
        let files = summary.files == 1 ? "1 file" : "\(summary.files) files"
        let words = "\(summary.words.formattedWithSeparators) words"
        var parts: [String] = []
        if summary.findings == 0 {
            parts.append(style.green("no findings") + " in \(files) (\(words))")
        } else {
            let counts = Severity.allCases.reversed().compactMap { severity -> String? in
                let count = summary.bySeverity[severity.rawValue] ?? 0
                guard count > 0 else { return nil }
                return severity == .info ? "\(count) info" : "\(count) \(severity.rawValue)\(count == 1 ? "" : "s")"
            }
            let total = summary.findings == 1 ? "1 finding" : "\(summary.findings) findings"
            parts.append("\(style.bold(total)) (\(counts.joined(separator: ", "))) in \(files) (\(words))")
        }
        if !report.errors.isEmpty {
            parts.append(
                style.red(report.errors.count == 1 ? "1 input not read" : "\(report.errors.count) inputs not read"))
        }
        if summary.failed { parts.append(style.red("failed (--fail-on \(summary.failOn))")) }
        return parts.joined(separator: "; ")
    }
}

extension Int {
    /// `12,345`: thousands separated, locale-independent.
    var formattedWithSeparators: String {
        let digits = String(magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return self < 0 ? "-" + out : out
    }
}
