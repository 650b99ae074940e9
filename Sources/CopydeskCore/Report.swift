/// The JSON report (schemaVersion 1), the one model every reporter renders.
public struct Report: Codable, Sendable {
    public var schemaVersion = 1
    public var tool: Tool
    public var policy: PolicyInfo
    public var summary: Summary
    public var files: [FileReport]
    public var errors: [InputError]

    public init(tool: Tool, policy: PolicyInfo, summary: Summary, files: [FileReport], errors: [InputError]) {
        self.tool = tool
        self.policy = policy
        self.summary = summary
        self.files = files
        self.errors = errors
    }

    public struct Tool: Codable, Sendable, Hashable {
        public var name: String
        public var version: String

        public init(name: String = "copydesk", version: String) {
            self.name = name
            self.version = version
        }
    }

    public struct PolicyInfo: Codable, Sendable, Hashable {
        public var name: String
        public var source: String

        public init(name: String, source: String) {
            self.name = name
            self.source = source
        }
    }

    public struct Summary: Codable, Sendable, Hashable {
        public var files: Int
        public var words: Int
        public var findings: Int
        public var failed: Bool
        public var failOn: String
        public var bySeverity: [String: Int]
        public var byCategory: [String: Int]

        public init(
            files: Int, words: Int, findings: Int, failed: Bool, failOn: String, bySeverity: [String: Int],
            byCategory: [String: Int]
        ) {
            self.files = files
            self.words = words
            self.findings = findings
            self.failed = failed
            self.failOn = failOn
            self.bySeverity = bySeverity
            self.byCategory = byCategory
        }
    }
}

/// One article's part of the report.
public struct FileReport: Codable, Sendable, Hashable {
    public var path: String
    public var format: ArticleFormat
    public var title: String?
    public var words: Int
    public var sentences: Int
    public var findings: [Finding]
    public var claims: [Claim]
    /// Source lines the findings start on, keyed by line number, for the terminal view.
    /// Not part of the JSON report.
    public var excerpts: [Int: String] = [:]

    enum CodingKeys: String, CodingKey {
        case path, format, title, words, sentences, findings, claims
    }

    public init(
        path: String, format: ArticleFormat, title: String?, words: Int, sentences: Int, findings: [Finding],
        claims: [Claim]
    ) {
        self.path = path
        self.format = format
        self.title = title
        self.words = words
        self.sentences = sentences
        self.findings = findings
        self.claims = claims
    }
}

/// An input that could not be read or parsed, or a policy problem.
public struct InputError: Codable, Sendable, Hashable, Error {
    public var path: String
    public var message: String
    public var line: Int?
    public var column: Int?

    public init(path: String, message: String, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.message = message
        self.line = line
        self.column = column
    }

    /// `path:line:col`, as much of it as is known.
    public var location: String {
        var location = path
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return location
    }

    /// `path:line:col: message`, as editors jump to it.
    public var description: String { "\(location): \(message)" }
}
