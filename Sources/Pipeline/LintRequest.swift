import CopydeskCore

/// What the CLI asks the pipeline to lint, and how.
public struct LintRequest: Sendable {
    /// Files and folders; `-` reads `stdin`.
    public var paths: [String]
    /// A policy file; nil looks for `.copydesk.yml` upward from `workingDirectory`, else the built-in default.
    public var policyPath: String?
    public var workingDirectory: String
    /// The bytes of standard input, when a path is `-`.
    public var stdin: [UInt8]?
    /// Name (and so format) for standard input.
    public var stdinFilename: String?
    /// Findings at or above this fail the run; nil never fails.
    public var failOn: Severity?
    /// Findings below this are not shown; never changes `failOn`.
    public var minSeverity: Severity
    /// Rule ids or categories to keep (empty keeps all) or drop.
    public var only: [String]
    public var disable: [String]
    /// Files linted at once.
    public var jobs: Int
    /// A baseline file: findings it holds are not reported.
    public var baselinePath: String?
    /// A git ref: only findings on lines changed since it are reported.
    public var changedSince: String?
    /// Findings kept per file; the rest are summed up in one `style.findings-capped` note.
    public var maxFindingsPerFile = LintRequest.defaultMaxFindingsPerFile
    /// Whether the outcome keeps a baseline entry for every finding (for `--write-baseline`).
    public var recordsBaseline = true
    /// Whether the policy may extend files outside its folder tree.
    public var allowOutsideExtends = false
    /// Whether each file's report keeps the source lines its findings start on
    /// (`FileReport.excerpts`), which only the text and HTML reports show. Without them a
    /// lint reads no line and builds no table of lines per file. Kept whatever this says
    /// when results are cached: a cached report serves every format.
    public var keepsExcerpts = true

    public static let defaultMaxFindingsPerFile = 10_000

    /// Called after each file with (files done, files in all), from any thread.
    public var progress: (@Sendable (Int, Int) -> Void)?
    /// A folder for per-file results (`.copydesk-cache`, relative to `workingDirectory`); nil lints every file.
    public var cacheDirectory: String?
    /// Lint only this part of the inputs.
    public var shard: Shard?
    /// Files larger than this are refused with an input error.
    public var maxFileBytes = 50_000_000

    public init(
        paths: [String], policyPath: String? = nil, workingDirectory: String, stdin: [UInt8]? = nil,
        stdinFilename: String? = nil, failOn: Severity? = .error, minSeverity: Severity = .info, only: [String] = [],
        disable: [String] = [], jobs: Int = 1
    ) {
        self.paths = paths
        self.policyPath = policyPath
        self.workingDirectory = workingDirectory
        self.stdin = stdin
        self.stdinFilename = stdinFilename
        self.failOn = failOn
        self.minSeverity = minSeverity
        self.only = only
        self.disable = disable
        self.jobs = max(1, jobs)
    }
}

/// What a lint run produced: the sorted report, and what went wrong on the way.
public struct LintOutcome: Sendable {
    public var report: Report
    /// Every finding of the run (before --min-severity and the baseline), for --write-baseline;
    /// empty unless the request `recordsBaseline`.
    public var baseline: Baseline
    /// Policy warnings (unknown keys with did-you-mean), for stderr.
    public var warnings: [String]

    /// True when an input could not be read: the run exits 2 even with a clean report.
    public var hadInputErrors: Bool { !report.errors.isEmpty }
}

/// A problem that stops the run before any article is linted (exit 2).
public struct PipelineError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    /// Whether the message is a located diagnostic of its own (`policy.yml:4:15: error: …`),
    /// printed as it is rather than after `copydesk: error:`.
    public var isDiagnostic: Bool

    public init(_ message: String, isDiagnostic: Bool = false) {
        self.message = message
        self.isDiagnostic = isDiagnostic
    }

    public var description: String { message }

    /// The line to print on stderr: a diagnostic as it is, anything else after `copydesk: error:`.
    public var commandLine: String { isDiagnostic ? message : "copydesk: error: \(message)" }
}
