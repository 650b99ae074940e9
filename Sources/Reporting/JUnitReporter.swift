import CopydeskCore

/// JUnit XML for CI test-report viewers (Jenkins, GitLab, Azure): one testsuite per file, one
/// testcase per rule that found something (a clean file has one passing testcase), each
/// failure carrying its findings' lines, columns and messages. Unreadable inputs are a
/// testsuite of errors.
public struct JUnitReporter: Reporter {
    public static let id = "junit"
    public static let fileExtension: String? = "xml"
    /// The testcase a file without findings gets, so viewers count it as passed.
    static let cleanCase = "no findings"

    public init() {}

    public func render(_ report: Report) throws -> String {
        var totals = Totals()
        var suites = ""
        for file in report.files { suites += suite(file, counting: &totals) }
        return head(report, totals) + suites + end(report)
    }

    /// Testcases and failures of the files so far.
    struct Totals {
        var tests = 0
        var failures = 0
    }

    /// The declaration and the `testsuites` element's opening tag, with the run's totals.
    func head(_ report: Report, _ totals: Totals) -> String {
        var xml = XMLWriter()
        xml.declaration()
        xml.open(
            "testsuites",
            [
                ("name", report.tool.name), ("tests", String(totals.tests + report.errors.count)),
                ("failures", String(totals.failures)), ("errors", String(report.errors.count)),
            ])
        return xml.output
    }

    /// One file's testsuite, indented inside `testsuites`; adds its counts to `totals`.
    func suite(_ file: FileReport, counting totals: inout Totals) -> String {
        var xml = XMLWriter(inside: ["testsuites"])
        suite(file, into: &xml)
        let rules = Set(file.findings.map(\.rule)).count
        totals.failures += rules
        totals.tests += max(1, rules)
        return xml.output
    }

    /// The unreadable inputs' testsuite, if any, and the closing tag.
    func end(_ report: Report) -> String {
        var xml = XMLWriter(inside: ["testsuites"])
        if !report.errors.isEmpty { errorSuite(report.errors, into: &xml) }
        xml.close()
        return xml.output
    }

    private func suite(_ file: FileReport, into xml: inout XMLWriter) {
        var byRule: [String: [Finding]] = [:]
        for finding in file.findings { byRule[finding.rule, default: []].append(finding) }
        let rules = byRule.keys.sorted()
        xml.open(
            "testsuite",
            [
                ("name", file.path), ("tests", String(max(1, rules.count))), ("failures", String(rules.count)),
                ("errors", "0"), ("skipped", "0"),
            ])
        if rules.isEmpty {
            xml.element("testcase", [("name", Self.cleanCase), ("classname", file.path), ("file", file.path)])
        }
        for rule in rules {
            let findings = byRule[rule]!
            let first = findings[0]
            xml.open(
                "testcase",
                [
                    ("name", rule), ("classname", file.path), ("file", file.path),
                    ("line", String(first.range.start.line)),
                ])
            let worst = findings.map(\.severity).max() ?? first.severity
            let summary = "\(first.range.start.line):\(first.range.start.column) \(Self.oneLine(first.message))"
            let message = findings.count == 1 ? summary : "\(findings.count) findings, first at \(summary)"
            let body = findings.map { finding in
                "\(file.path):\(finding.range.start.line):\(finding.range.start.column): \(finding.severity.rawValue): "
                    + Self.oneLine(finding.message)
            }
            xml.element(
                "failure", [("message", message), ("type", worst.rawValue)], text: body.joined(separator: "\n"))
            xml.close()
        }
        xml.close()
    }

    private func errorSuite(_ errors: [InputError], into xml: inout XMLWriter) {
        xml.open(
            "testsuite",
            [
                ("name", "inputs not read"), ("tests", String(errors.count)), ("failures", "0"),
                ("errors", String(errors.count)), ("skipped", "0"),
            ])
        for error in errors {
            xml.open("testcase", [("name", "read"), ("classname", error.path), ("file", error.path)])
            xml.element(
                "error", [("message", Self.oneLine(error.message)), ("type", "input-error")],
                text: "\(error.location): \(Self.oneLine(error.message))")
            xml.close()
        }
        xml.close()
    }

    /// Messages on one line: a finding's line breaks would split it in a viewer.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
