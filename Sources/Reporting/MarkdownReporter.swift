import CopydeskCore

/// A summary for a pull-request comment or `$GITHUB_STEP_SUMMARY`: the verdict, counts by
/// category and severity, then a table of findings linking to their lines. Text from articles
/// is escaped so none of it renders as markup, a link or an image.
public struct MarkdownReporter: Reporter {
    public static let id = "markdown"
    public static let fileExtension: String? = "md"

    /// Prefix for links to files, e.g. `https://github.com/OWNER/REPO/blob/SHA/`; nil links
    /// relative to the page (right for a file in the repository, not for a comment).
    public var linkBase: String?
    /// Rows in the findings table; the rest are counted (a comment holds 65,536 characters).
    public var maxRows: Int

    public init(linkBase: String?, maxRows: Int = 200) {
        self.linkBase = linkBase
        self.maxRows = maxRows
    }

    public init() { self.init(linkBase: nil) }

    /// `https://github.com/OWNER/REPO/blob/SHA/` inside a GitHub Actions run, where a step
    /// summary or comment cannot resolve links relative to the repository; nil elsewhere.
    /// `COPYDESK_LINK_BASE` overrides it (GitLab, a pinned branch, a mirror).
    public static func linkBase(environment: [String: String]) -> String? {
        if let explicit = environment["COPYDESK_LINK_BASE"], !explicit.isEmpty {
            return explicit.hasSuffix("/") ? explicit : explicit + "/"
        }
        guard let server = environment["GITHUB_SERVER_URL"], !server.isEmpty,
            let repository = environment["GITHUB_REPOSITORY"], !repository.isEmpty,
            let sha = environment["GITHUB_SHA"], !sha.isEmpty
        else { return nil }
        return "\(server)/\(repository)/blob/\(sha)/"
    }

    public func render(_ report: Report) throws -> String {
        var digest = Digest(maxRows: maxRows)
        for file in report.files { digest.add(file) }
        return render(report, digest)
    }

    /// What the summary shows of the files: counts by category and severity, and the first
    /// `maxRows` findings. Grows no further once the rows are full.
    public struct Digest: Sendable {
        let maxRows: Int
        var counts: [Category: [Severity: Int]] = [:]
        var total = 0
        var rows: [(path: String, finding: Finding)] = []

        public init(maxRows: Int) {
            self.maxRows = maxRows
        }

        public mutating func add(_ file: FileReport) {
            for finding in file.findings {
                counts[finding.category, default: [:]][finding.severity, default: 0] += 1
                total += 1
                if rows.count < maxRows { rows.append((file.path, finding)) }
            }
        }

        func count(_ severity: Severity) -> Int {
            counts.values.reduce(0) { $0 + ($1[severity] ?? 0) }
        }
    }

    /// The summary of `report` (its files ignored) with what `digest` kept of them.
    public func render(_ report: Report, _ digest: Digest) -> String {
        var out = "## copydesk: \(Self.verdict(report))\n\n"
        out += Self.overview(report, digest) + "\n"
        if digest.total > 0 {
            out += "\n" + Self.countTable(digest)
            out += "\n### Findings\n\n| location | severity | rule | message |\n| --- | --- | --- | --- |\n"
            for (path, finding) in digest.rows {
                let line = finding.range.start.line
                let target = (linkBase ?? "") + URIPath.encode(path) + "#L\(line)"
                let label = Self.escape("\(path):\(line):\(finding.range.start.column)")
                out += "| [\(label)](\(target)) | \(finding.severity.rawValue) | \(Self.ruleID(finding.rule)) | "
                out += Self.escape(finding.message) + " |\n"
            }
            if digest.total > maxRows {
                out += "\n…and \(digest.total - maxRows) more; the full list is in the JSON or SARIF report.\n"
            }
        }
        if !report.errors.isEmpty {
            out += "\n### Inputs not read\n\n"
            for error in report.errors { out += "- \(Self.escape(error.location)): \(Self.escape(error.message))\n" }
        }
        return out
    }

    static func verdict(_ report: Report) -> String {
        let count = report.summary.findings
        let findings = count == 0 ? "no findings" : count == 1 ? "1 finding" : "\(count) findings"
        let files = report.summary.files == 1 ? "1 file" : "\(report.summary.files) files"
        return "\(report.summary.failed ? "❌ failed" : "✅ passed"), \(findings) in \(files)"
    }

    static func overview(_ report: Report, _ digest: Digest) -> String {
        var parts = Severity.allCases.reversed().map { severity in
            let count = digest.count(severity)
            return severity == .info ? "\(count) info" : "\(count) \(severity.rawValue)\(count == 1 ? "" : "s")"
        }
        parts.append("\(report.summary.words.formattedWithSeparators) words")
        parts.append("policy \(escape(report.policy.name))")
        parts.append("fails on \(escape(report.summary.failOn))")
        if !report.errors.isEmpty {
            parts.append(report.errors.count == 1 ? "1 input not read" : "\(report.errors.count) inputs not read")
        }
        return parts.joined(separator: " · ")
    }

    /// Categories with findings down, severities across, totals on the last row and column.
    static func countTable(_ digest: Digest) -> String {
        let severities = Severity.allCases.reversed()
        var out = "| category | " + severities.map(\.rawValue).joined(separator: " | ") + " | total |\n"
        out += "| --- |" + String(repeating: " ---: |", count: severities.count + 1) + "\n"
        for category in Category.allCases {
            guard let inCategory = digest.counts[category] else { continue }
            let counts = severities.map { severity in String(inCategory[severity] ?? 0) }
            let total = inCategory.values.reduce(0, +)
            out += "| \(category.rawValue) | " + counts.joined(separator: " | ") + " | \(total) |\n"
        }
        let totals = severities.map { severity in String(digest.count(severity)) }
        out += "| **total** | " + totals.joined(separator: " | ") + " | **\(digest.total)** |\n"
        return out
    }

    /// A rule id as code when it is a plain id (the built-in ones always are), else escaped text.
    static func ruleID(_ id: String) -> String {
        let plain =
            !id.isEmpty
            && id.utf8.allSatisfy { byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                    || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".")
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            }
        return plain ? "`\(id)`" : escape(id)
    }

    /// Article text as inert Markdown: ASCII punctuation that Markdown, GFM or HTML could act
    /// on (emphasis, code, links, images, tags, entities, tables, autolinks, math) backslash-escaped,
    /// line breaks and control characters flattened to one line.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "{", "}", "[", "]", "(", ")", "<", ">", "-", ".", "!", "|", "~", ":", "&", "@",
                "$":
                out += "\\"
                out.unicodeScalars.append(scalar)
            case "\n", "\r", "\t": out += " "
            default: out.unicodeScalars.append(XMLWriter.isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return out
    }
}
