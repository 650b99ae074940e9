import ArticleLoading
import CopydeskCore
import Pipeline
import PolicyLoading

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

    /// Runs the whole pipeline on the bytes as a Markdown article with the medical policy.
    public static func pipeline(_ bytes: [UInt8]) {
        let request = LintRequest(
            paths: ["-"], policyPath: "medical", workingDirectory: "/nonexistent", stdin: bytes,
            stdinFilename: "fuzz.md", failOn: nil)
        guard let outcome = try? Pipeline().lint(request) else {
            preconditionFailure("the built-in medical policy failed to load")
        }
        for file in outcome.report.files {
            for finding in file.findings {
                precondition(finding.range.start <= finding.range.end, "finding range runs backwards")
            }
        }
    }
}
