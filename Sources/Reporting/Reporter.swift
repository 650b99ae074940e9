import CopydeskCore

/// Renders a sorted report into one output format.
public protocol Reporter: Sendable {
    /// The `--format` name.
    static var id: String { get }
    /// The extension `--output` is matched against to infer the format, without the dot.
    static var fileExtension: String? { get }
    init()
    func render(_ report: Report) throws -> String
}

/// The output formats, in `--format` order.
public enum OutputFormat: String, CaseIterable, Sendable {
    case text
    case json
    case sarif
    case junit
    case github
    case gitlab
    case markdown
    case html

    /// The format an output file's extension implies, if any.
    public static func inferred(fromPath path: String) -> OutputFormat? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        let ext = path[path.index(after: dot)...].lowercased()
        return allCases.first { $0.reporterType.fileExtension == ext }
    }

    public var reporterType: any Reporter.Type {
        switch self {
        case .text: TextReporter.self
        case .json: JSONReporter.self
        case .sarif: SARIFReporter.self
        case .junit: JUnitReporter.self
        case .github: GitHubReporter.self
        case .gitlab: GitLabReporter.self
        case .markdown: MarkdownReporter.self
        case .html: HTMLReporter.self
        }
    }

    /// A reporter for this format: rule descriptions feed SARIF's `rules`, colour the terminal view.
    /// `environment` supplies the GitHub Actions variables the Markdown summary links through.
    public func reporter(
        rules: [CheckDescription] = [], color: Bool = false, environment: [String: String] = [:]
    ) -> any Reporter {
        switch self {
        case .text: TextReporter(color: color)
        case .sarif: SARIFReporter(rules: rules)
        case .markdown: MarkdownReporter(linkBase: MarkdownReporter.linkBase(environment: environment))
        default: reporterType.init()
        }
    }
}
