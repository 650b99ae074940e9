import ArticleLoading
import CopydeskCore
import FactChecking
import Foundation
import Testing

/// Every fact-check rule's examples are its tests: passing examples give no finding of the
/// rule; failing ones give findings exactly at their 1️⃣ markers; the same text in a code
/// block gives none; positions stay right after multi-byte characters.
struct FactCheckExamplesTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var rule: String
        var example: Example
        var failing: Bool

        var testDescription: String {
            "\(rule) \(failing ? "failing" : "passing") example at line \(example.line)"
        }

        var location: SourceLocation {
            SourceLocation(
                fileID: "FactChecking/\((example.file as NSString).lastPathComponent)", filePath: example.file,
                line: example.line, column: 1)
        }
    }

    static let cases: [Case] = FactCheckStage.descriptions.flatMap { description in
        description.passing.map { Case(rule: description.id, example: $0, failing: false) }
            + description.failing.map { Case(rule: description.id, example: $0, failing: true) }
    }

    @Test("every rule has passing and failing examples", arguments: FactCheckStage.descriptions.map(\.id))
    func hasExamples(rule: String) throws {
        let description = try #require(FactCheckStage.descriptions.first { $0.id == rule })
        #expect(!description.passing.isEmpty)
        #expect(!description.failing.isEmpty)
        #expect(rule.hasPrefix("fact-check."))
        #expect(description.category == .factCheck)
    }

    @Test("examples", arguments: cases)
    func example(_ item: Case) throws {
        let (text, offsets) = item.example.stripped
        let findings = try Self.findings(of: item, in: text)
        #expect(
            findings.map(\.range.start.offset) == (item.failing ? offsets : []),
            "\(item.rule): findings at \(findings.map(\.range.start.offset)) \(findings.map(\.message)), markers at \(offsets)",
            sourceLocation: item.location)
    }

    @Test("examples inside a code block give no finding", arguments: cases)
    func insideCode(_ item: Case) throws {
        let wrapped = "Intro paragraph.\n\n~~~~\n\(item.example.stripped.text)\n~~~~\n"
        let findings = try Self.findings(of: item, in: wrapped)
        #expect(findings.isEmpty, "\(item.rule): \(findings.map(\.message)) in code", sourceLocation: item.location)
    }

    @Test("positions stay right after multi-byte characters", arguments: cases.filter(\.failing))
    func afterMultiByteCharacters(_ item: Case) throws {
        let (text, offsets) = item.example.stripped
        let prefix = "<!-- Café — naïve résumé 😀 -->\n\n"
        let findings = try Self.findings(of: item, in: prefix + text)
        #expect(
            findings.map(\.range.start.offset) == offsets.map { $0 + prefix.utf8.count },
            "\(item.rule): findings at \(findings.map(\.range.start.offset))", sourceLocation: item.location)
        let lines = LineIndex(Array((prefix + text).utf8))
        for finding in findings {
            #expect(finding.range.start == lines.position(ofOffset: finding.range.start.offset))
        }
    }

    static func findings(of item: Case, in text: String) throws -> [Finding] {
        var policy = Policy()
        item.example.configure(&policy)
        let article = try ArticleLoader().load(
            path: "example.\(item.example.format.rawValue)", bytes: Array(text.utf8), format: item.example.format)
        let result = FactCheckStage(policy: policy, registry: Fixture.health).run(on: article)
        return result.findings.filter { $0.rule == item.rule }.sorted { $0.range.start.offset < $1.range.start.offset }
    }
}
