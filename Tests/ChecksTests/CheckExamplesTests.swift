import ArticleLoading
import Checks
import CopydeskCore
import Foundation
import Testing

/// Every registered check's examples are its tests (STYLE.md, "A check describes itself"):
/// passing examples give no finding of the rule; failing ones give findings of the rule exactly
/// at their 1️⃣ 2️⃣ markers and nowhere else, with lines and columns that agree with the offsets;
/// the same text inside a code block gives none; and positions stay right after multi-byte
/// characters.
struct CheckExamplesTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var rule: String
        var example: Example
        var failing: Bool

        var testDescription: String {
            "\(rule) \(failing ? "failing" : "passing") example at \((example.file as NSString).lastPathComponent):\(example.line)"
        }

        var location: SourceLocation {
            SourceLocation(
                fileID: "Checks/\((example.file as NSString).lastPathComponent)", filePath: example.file,
                line: example.line, column: 1)
        }
    }

    static let cases: [Case] = CheckRegistry.builtIn.descriptions.flatMap { description in
        description.passing.map { Case(rule: description.id, example: $0, failing: false) }
            + description.failing.map { Case(rule: description.id, example: $0, failing: true) }
    }

    @Test(
        "every registered check has passing and failing examples",
        arguments: CheckRegistry.builtIn.descriptions.map(\.id))
    func hasExamples(rule: String) throws {
        let description = try #require(CheckRegistry.builtIn.descriptions.first { $0.id == rule })
        #expect(!description.passing.isEmpty, "\(rule) has no passing example")
        #expect(!description.failing.isEmpty, "\(rule) has no failing example")
        #expect(rule.hasPrefix(description.category.rawValue + "."), "\(rule) does not start with its category")
    }

    @Test("examples", arguments: cases)
    func example(_ item: Case) throws {
        let (text, offsets) = item.example.stripped
        let expected = item.failing ? offsets : []
        let findings = try Self.findings(of: item, in: text)
        #expect(
            findings.map(\.range.start.offset) == expected,
            "\(item.rule): findings at \(findings.map(\.range.start.offset)) \(findings.map(\.message)), markers at \(expected)",
            sourceLocation: item.location)
        for finding in findings {
            #expect(
                finding.range.start == Self.position(ofOffset: finding.range.start.offset, in: text),
                "\(item.rule): '\(finding.message)' line and column disagree with its offset",
                sourceLocation: item.location)
            #expect(finding.range.end.offset >= finding.range.start.offset, sourceLocation: item.location)
        }
    }

    @Test("examples inside a code block give no finding", arguments: cases.filter { $0.example.format != .text })
    func insideCode(_ item: Case) throws {
        let text = item.example.stripped.text
        let wrapped: String
        switch item.example.format {
        case .html:
            let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;")
            wrapped = "<html><body><pre><code>\(escaped)</code></pre></body></html>"
        default:
            wrapped = "Intro paragraph.\n\n~~~~\n\(text)\n~~~~\n"
        }
        let findings = try Self.findings(of: item, in: wrapped)
        #expect(findings.isEmpty, "\(item.rule): \(findings.map(\.message)) in code", sourceLocation: item.location)
    }

    @Test("positions stay right after multi-byte characters", arguments: cases.filter(\.failing))
    func afterMultiByteCharacters(_ item: Case) throws {
        let (text, offsets) = item.example.stripped
        let prefixed = Self.multiBytePrefixed(text, format: item.example.format)
        let shift = prefixed.utf8.count - text.utf8.count
        let findings = try Self.findings(of: item, in: prefixed)
        #expect(
            findings.map(\.range.start.offset) == offsets.map { $0 + shift },
            "\(item.rule): findings at \(findings.map(\.range.start.offset)), markers at \(offsets.map { $0 + shift })",
            sourceLocation: item.location)
        for finding in findings {
            #expect(
                finding.range.start == Self.position(ofOffset: finding.range.start.offset, in: prefixed),
                "\(item.rule): '\(finding.message)' line and column disagree with its offset",
                sourceLocation: item.location)
        }
    }

    // MARK: - Helpers

    /// The findings of the case's rule, from the check alone, on `text` loaded in the example's format.
    static func findings(of item: Case, in text: String) throws -> [Finding] {
        var policy = Policy()
        item.example.configure(&policy)
        let type = try #require(CheckRegistry.builtIn.checks.first { $0.description.id == item.rule })
        let article = try ArticleLoader().load(
            path: "example.\(item.example.format.rawValue)", bytes: Array(text.utf8), format: item.example.format)
        let findings = type.init(policy: policy).findings(in: article)
        #expect(
            findings.allSatisfy { $0.rule == item.rule }, "\(item.rule) reported \(Set(findings.map(\.rule)))",
            sourceLocation: item.location)
        return findings.filter { $0.rule == item.rule }.sorted { $0.range.start.offset < $1.range.start.offset }
    }

    /// The text after something holding multi-byte characters that is not content: an HTML comment
    /// in Markdown (after any front matter) and HTML, so checks that look at the top of an article
    /// still see the same top; a byte-order mark in plain text, whose first line is the title.
    static func multiBytePrefixed(_ text: String, format: ArticleFormat) -> String {
        let comment = "<!-- Café — naïve résumé 😀 -->\n\n"
        switch format {
        case .text:
            return "\u{FEFF}" + text
        case .html:
            return comment + text
        case .markdown:
            guard text.hasPrefix("---\n"),
                let close = text.range(of: "\n---\n", range: text.index(text.startIndex, offsetBy: 3)..<text.endIndex)
            else { return comment + text }
            return String(text[..<close.upperBound]) + comment + text[close.upperBound...]
        }
    }

    /// Line and column (Unicode scalars, a leading BOM not counted) of a UTF-8 offset, computed independently.
    static func position(ofOffset offset: Int, in text: String) -> SourcePosition {
        var line = 1
        var column = 1
        var index = 0
        for scalar in text.unicodeScalars {
            guard index < offset else { break }
            index += UTF8.width(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else if !(scalar == "\u{FEFF}" && index == 3) {
                column += 1
            }
        }
        return SourcePosition(line: line, column: column, offset: offset)
    }
}
