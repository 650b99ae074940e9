import ArticleLoading
import CopydeskCore
import Foundation
import Pipeline
import PolicyLoading
import Reporting

/// What each fuzz target feeds its input to. Every subject must return normally for any
/// bytes: a thrown `LoadError`/`PolicyError` is a correct answer; a trap, hang or sanitizer
/// report is a bug. Each subject also checks an invariant the real code relies on.
public enum FuzzSubjects {
    /// Loads the bytes as an article of `format` and checks every sentence maps into the source.
    public static func load(_ bytes: [UInt8], format: ArticleFormat) {
        let name: String
        switch format {
        case .text: name = "fuzz.txt"
        case .markdown: name = "fuzz.md"
        case .html: name = "fuzz.html"
        }
        guard let article = try? ArticleLoader(maxBytes: 1 << 20).load(path: name, bytes: bytes, format: format)
        else { return }
        for sentence in article.sentences {
            precondition(sentence.range.start.offset <= sentence.range.end.offset, "sentence range runs backwards")
            precondition(sentence.range.end.offset <= article.source.count, "sentence ends past the source")
        }
    }

    /// Segments the bytes (as UTF-8 text) into sentences and checks the ranges are ordered and inside.
    public static func sentences(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let count = text.utf8.count
        var previous = 0
        for range in SentenceSegmenter().sentences(in: text) {
            precondition(range.lowerBound >= previous && range.upperBound <= count, "sentence range out of order")
            previous = range.upperBound
        }
    }

    /// Loads the bytes as a policy file.
    public static func policy(_ bytes: [UInt8]) {
        guard let yaml = String(validating: bytes, as: UTF8.self) else { return }
        let loader = PolicyLoader(knownRuleIDs: Set(Pipeline().descriptions.map(\.id)))
        _ = try? loader.load(yaml: yaml, path: "/nonexistent/fuzz/policy.yml")
    }

    /// The whole pipeline on the bytes with the medical policy: loading, checks, fact-check,
    /// suppressions, the report, and the report rendered in every output format. The bytes are
    /// a Markdown article, unless the first byte is 0x01 (the rest is plain text) or 0x02
    /// (the rest is HTML). The policy is resolved once per process (`medicalPolicy`).
    public static func pipeline(_ bytes: [UInt8]) {
        let input = PipelineInput(bytes)
        let outcome = Pipeline().lint(article: input.article, named: input.name, with: medicalPolicy)
        let report = outcome.report
        precondition(report.files.count + report.errors.count == 1, "one article must give one file or one error")
        var findings = 0
        for file in report.files {
            precondition(file.path == input.name, "the file report is not named after the input")
            for finding in file.findings {
                precondition(finding.range.start <= finding.range.end, "finding range runs backwards")
                precondition(finding.range.start.line >= 1 && finding.range.start.column >= 1, "finding before line 1")
                precondition(file.excerpts[finding.range.start.line] != nil, "finding without an excerpt")
            }
            findings += file.findings.count
        }
        precondition(report.summary.findings == findings, "summary counts \(report.summary.findings) findings, files hold \(findings)")
        for format in OutputFormat.allCases {
            let rendered: String
            do {
                rendered = try format.reporter(rules: rules).render(report)
            } catch {
                preconditionFailure("the \(format.rawValue) report failed to render: \(error)")
            }
            if format == .json {
                // The JSON report is written by hand; it must be what Foundation's encoder writes.
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                let encoded = try? encoder.encode(report)
                precondition(encoded.map { Array($0) + [0x0A] } == Array(rendered.utf8), "the JSON report differs from JSONEncoder's")
            }
        }
    }

    /// The built-in medical policy, its lexicons, checks and known-claims registry, resolved
    /// on first use: building them costs about a second under AddressSanitizer, one article
    /// a few milliseconds, so doing it per input left the target at 0.2 executions a second.
    static let medicalPolicy: ResolvedPolicy = {
        let request = LintRequest(paths: [], policyPath: "medical", workingDirectory: "/nonexistent", failOn: nil)
        do {
            return try Pipeline().resolve(request)
        } catch {
            preconditionFailure("the built-in medical policy failed to load: \(error)")
        }
    }()

    /// Every rule's description, for SARIF's `rules`.
    static let rules = Pipeline().descriptions
}

/// How the pipeline target reads its bytes: a format byte (0x01 text, 0x02 HTML) or a Markdown article.
struct PipelineInput {
    var name: String
    var article: [UInt8]

    init(_ bytes: [UInt8]) {
        switch bytes.first {
        case 0x01: (name, article) = ("fuzz.txt", Array(bytes.dropFirst()))
        case 0x02: (name, article) = ("fuzz.html", Array(bytes.dropFirst()))
        default: (name, article) = ("fuzz.md", bytes)
        }
    }
}
