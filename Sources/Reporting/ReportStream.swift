import CopydeskCore

/// A reporter fed one file at a time, in report order, then the rest of the report (summary,
/// errors, no files). Formats that can be written incrementally write each file as it comes;
/// the others keep a compact copy of what they show (findings, not articles) until the end.
public protocol ReportStream {
    mutating func write(_ file: FileReport) throws
    /// `report` holds the summary, errors, tool and policy; its `files` are ignored.
    mutating func finish(_ report: Report) throws
}

extension OutputFormat {
    /// A stream writing this format to `output`; `render` of the same report, byte for byte.
    public func stream(
        to output: ReportOutput, rules: [CheckDescription] = [], color: Bool = false,
        environment: [String: String] = [:]
    ) -> any ReportStream {
        switch self {
        case .json: return JSONReportStream(output: output)
        case .text:
            let text = TextReporter(color: color)
            return LineReportStream(output: output, file: text.render, end: text.renderEnd)
        case .github:
            let github = GitHubReporter()
            return LineReportStream(output: output, file: github.render, end: github.renderEnd)
        case .gitlab: return GitLabReportStream(output: output)
        case .junit: return JUnitReportStream(output: output)
        case .sarif: return SARIFReportStream(output: output, reporter: SARIFReporter(rules: rules))
        case .markdown:
            return MarkdownReportStream(
                output: output,
                reporter: MarkdownReporter(linkBase: MarkdownReporter.linkBase(environment: environment)))
        case .html:
            // The page shows each finding's source line; nothing else needs the excerpts.
            return CollectingReportStream(
                output: output, reporter: reporter(rules: rules, color: color, environment: environment),
                compact: { $0.dropping(claims: true, excerpts: false) })
        }
    }
}

/// The JSON report. The `errors` member sorts before `files`, and errors are known only at the
/// end. To a file of its own (`ReportOutput.rewindable`), each file's entry goes straight out
/// after a head that assumes no errors; if there were some, the right head replaces it and the
/// entries move on in place (a rare second copy). Elsewhere (standard output), each
/// entry goes to a spool as it comes, then the whole goes out in order.
public struct JSONReportStream: ReportStream {
    private let output: ReportOutput
    private let spool: Spool?
    private var empty = true
    /// Where the head and the entries start in a rewindable output, once the head is written.
    private var started: (head: Int, entries: Int)?

    /// Entries past `memoryLimit` bytes wait in an unnamed temporary file.
    public init(output: ReportOutput, memoryLimit: Int = 4 << 20) {
        self.output = output
        spool = output.rewindable ? nil : Spool(memoryLimit: memoryLimit)
    }

    public mutating func write(_ file: FileReport) throws {
        let first = empty
        empty = false
        guard let spool else {
            try startEntries()
            try output.append { bytes in ReportJSON.appendFileEntry(file, first: first, to: &bytes) }
            return
        }
        try spool.append { bytes in
            var entry = ByteBuffer(capacity: 1 << 16)
            ReportJSON.appendFileEntry(file, first: first, to: &entry)
            entry.append(to: &bytes)
        }
    }

    public mutating func finish(_ report: Report) throws {
        if let spool {
            try output.write(ReportJSON.head(errors: report.errors))
            try spool.copy(to: output)
        } else {
            try startEntries()
            if !report.errors.isEmpty, let started {
                try output.replace(started.head..<started.entries, with: ReportJSON.head(errors: report.errors))
            }
        }
        try output.write(ReportJSON.tail(report, filesWereEmpty: empty))
        try output.flush()
    }

    /// Writes the head of a report without errors, once, to a rewindable output.
    private mutating func startEntries() throws {
        guard started == nil else { return }
        let head = output.position
        try output.write(ReportJSON.head(errors: []))
        started = (head, output.position)
    }
}

/// GitLab Code Quality: each file's issues as it comes; the unreadable inputs' at the end.
public struct GitLabReportStream: ReportStream {
    private let output: ReportOutput
    private var writer = GitLabReporter.Writer()

    public init(output: ReportOutput) {
        self.output = output
    }

    public mutating func write(_ file: FileReport) throws {
        let bytes = writer.issues(file)
        if !bytes.isEmpty { try output.write(bytes) }
    }

    public mutating func finish(_ report: Report) throws {
        try output.write(writer.end(report))
        try output.flush()
    }
}

/// JUnit XML: each file's testsuite goes to a spool as it comes (the opening tag carries the
/// run's totals), then the whole goes out in order.
public struct JUnitReportStream: ReportStream {
    private let output: ReportOutput
    private let spool: Spool
    private let reporter = JUnitReporter()
    private var totals = JUnitReporter.Totals()

    public init(output: ReportOutput, memoryLimit: Int = 4 << 20) {
        self.output = output
        spool = Spool(memoryLimit: memoryLimit)
    }

    public mutating func write(_ file: FileReport) throws {
        try spool.append(Array(reporter.suite(file, counting: &totals).utf8))
    }

    public mutating func finish(_ report: Report) throws {
        try output.write(reporter.head(report, totals))
        try spool.copy(to: output)
        try output.write(reporter.end(report))
        try output.flush()
    }
}

/// The Markdown summary: counts and the first rows as the files come (`MarkdownReporter.Digest`).
public struct MarkdownReportStream: ReportStream {
    private let output: ReportOutput
    private let reporter: MarkdownReporter
    private var digest: MarkdownReporter.Digest

    public init(output: ReportOutput, reporter: MarkdownReporter) {
        self.output = output
        self.reporter = reporter
        digest = MarkdownReporter.Digest(maxRows: reporter.maxRows)
    }

    public mutating func write(_ file: FileReport) throws {
        digest.add(file)
    }

    public mutating func finish(_ report: Report) throws {
        try output.write(reporter.render(report, digest))
        try output.flush()
    }
}

/// Formats whose files are independent lines of output (text, GitHub annotations): written as they come.
public struct LineReportStream: ReportStream {
    private let output: ReportOutput
    private let file: (FileReport) -> String
    private let end: (Report) -> String

    public init(output: ReportOutput, file: @escaping (FileReport) -> String, end: @escaping (Report) -> String) {
        self.output = output
        self.file = file
        self.end = end
    }

    public mutating func write(_ file: FileReport) throws {
        let text = self.file(file)
        if !text.isEmpty { try output.write(text) }
    }

    public mutating func finish(_ report: Report) throws {
        try output.write(end(report))
        try output.flush()
    }
}

/// Formats made from the whole report at once (HTML, the claims
/// table): files kept in `compact` form, rendered at the end.
public struct CollectingReportStream: ReportStream {
    private let output: ReportOutput
    private let reporter: (Report) throws -> String
    private let compact: (FileReport) -> FileReport
    private var files: [FileReport] = []

    public init(output: ReportOutput, reporter: any Reporter, compact: @escaping (FileReport) -> FileReport) {
        self.init(output: output, render: reporter.render, compact: compact)
    }

    public init(
        output: ReportOutput, render: @escaping (Report) throws -> String,
        compact: @escaping (FileReport) -> FileReport
    ) {
        self.output = output
        self.reporter = render
        self.compact = compact
    }

    public mutating func write(_ file: FileReport) throws {
        files.append(compact(file))
    }

    public mutating func finish(_ report: Report) throws {
        var report = report
        report.files = files
        files = []
        try output.write(try reporter(report))
        try output.flush()
    }
}

extension FileReport {
    /// The file without what a format does not show.
    public func dropping(claims: Bool = false, findings: Bool = false, excerpts: Bool = false) -> FileReport {
        var file = self
        if claims { file.claims = [] }
        if findings { file.findings = [] }
        if excerpts { file.excerpts = [:] }
        return file
    }
}
