import CopydeskCore
import Foundation
import Testing

@testable import Reporting

@Suite struct SARIFReporterTests {
    func json(_ reporter: SARIFReporter = SARIFReporter(rules: SampleRules.descriptions)) throws -> [String: Any] {
        let text = try reporter.render(SampleReport.report)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func run(_ log: [String: Any]) throws -> [String: Any] {
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        return try #require(runs.first)
    }

    @Test func theLogHasTheVersionSchemaAndOneRunTheSpecRequires() throws {
        let log = try json()
        #expect(log["version"] as? String == "2.1.0")
        #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        let run = try run(log)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "copydesk")
        #expect(driver["version"] as? String == "0.1.0")
        #expect(driver["informationUri"] as? String == SARIFReporter.informationURI)
    }

    @Test func eachRuleUsedHasOneEntryWithItsSummaryAndResultsPointAtIt() throws {
        let run = try run(try json())
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(
            rules.compactMap { $0["id"] as? String } == [
                "hedging.stacked-hedge", "medical-claim.cure-claim", "repetition.repeated-title", "style.house",
            ])
        let stacked = rules[0]
        #expect(
            (stacked["shortDescription"] as? [String: Any])?["text"] as? String == SampleRules.descriptions[0].summary)
        #expect((stacked["help"] as? [String: Any])?["text"] as? String == SampleRules.descriptions[0].summary)
        #expect((stacked["defaultConfiguration"] as? [String: Any])?["level"] as? String == "warning")
        #expect(
            (stacked["help"] as? [String: Any])?["markdown"] as? String
                == "Two or more hedges in one clause hide what the writer actually claims.\n\nFlagged:\n\n````text\n"
                + "Inflammation could potentially influence ```hair``` growth.\n````\n\nNot flagged:\n\n```text\n"
                + "Doses may need to be adjusted.\n```")
        let cure = rules[1]
        #expect(
            (cure["help"] as? [String: Any])?["text"] as? String
                == "A treatment is said to cure a condition.\n\nCure claims promise more than trials show; say what the evidence found."
        )
        // A rule without a description is described by its id.
        #expect((rules[3]["shortDescription"] as? [String: Any])?["text"] as? String == "style.house")

        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 4)
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
        #expect(results.compactMap { $0["level"] as? String } == ["warning", "warning", "error", "note"])
    }

    @Test func aResultCarriesItsRegionFingerprintAndRelatedLocations() throws {
        let results = try #require(try run(try json())["results"] as? [[String: Any]])
        let repeated = results[0]
        let location = try #require((repeated["locations"] as? [[String: Any]])?.first)
        let physical = try #require(location["physicalLocation"] as? [String: Any])
        let artifact = try #require(physical["artifactLocation"] as? [String: Any])
        #expect(artifact["uri"] as? String == "articles/caf%C3%A9.md")
        #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
        let region = try #require(physical["region"] as? [String: Int])
        #expect(region == ["startLine": 3, "startColumn": 1, "endLine": 3, "endColumn": 19])
        #expect(repeated["partialFingerprints"] as? [String: String] == ["copydesk/v1": "0a0b0c0d0e0f1011"])
        let related = try #require((repeated["relatedLocations"] as? [[String: Any]])?.first)
        #expect(related["id"] as? Int == 1)
        #expect((related["message"] as? [String: Any])?["text"] as? String == "first occurrence")
    }

    @Test func unreadableInputsAreToolExecutionNotifications() throws {
        let run = try run(try json())
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        let notification = try #require((invocation["toolExecutionNotifications"] as? [[String: Any]])?.first)
        #expect(notification["level"] as? String == "error")
        #expect((notification["message"] as? [String: Any])?["text"] as? String == "not valid UTF-8 at byte 7")

        var clean = SampleReport.report
        clean.errors = []
        let text = try SARIFReporter().render(clean)
        #expect(text.contains("\"executionSuccessful\" : true"))
        #expect(!text.contains("toolExecutionNotifications"))
    }

    @Test func messagesCannotFormEmbeddedLinksOrPlaceholders() {
        #expect(SARIFReporter.plainText("see [here](javascript:alert(1))") == "see \\[here\\](javascript:alert(1))")
        #expect(SARIFReporter.plainText("{0} and \\[x]") == "{{0}} and \\\\\\[x\\]")
        #expect(SARIFReporter.plainText("a\nb\u{1B}c") == "a b\u{FFFD}c")
    }

    @Test func pathsBecomeURIReferences() {
        #expect(SARIFReporter.artifact("./a b/c.md").uri == "a%20b/c.md")
        #expect(SARIFReporter.artifact("javascript:alert(1).md").uri == "javascript%3Aalert%281%29.md")
        #expect(SARIFReporter.artifact("/srv/site/x.md").uri == "file:///srv/site/x.md")
        #expect(SARIFReporter.artifact("/srv/site/x.md").uriBaseId == nil)
    }

    /// Set SARIF_VALIDATOR to a command that validates a SARIF file against the official
    /// 2.1.0 JSON Schema (e.g. the project's CI image's validate-sarif) to run this.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["SARIF_VALIDATOR"] != nil))
    func theLogValidatesAgainstTheOfficialSchema() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-\(UUID().uuidString).sarif")
        defer { try? FileManager.default.removeItem(at: file) }
        try SARIFReporter(rules: SampleRules.descriptions).render(SampleReport.report).write(
            to: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ProcessInfo.processInfo.environment["SARIF_VALIDATOR"]!)
        process.arguments = [file.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}

@Suite struct OutputFormatTests {
    @Test func eachFormatWithAnExtensionIsInferredFromIt() {
        #expect(OutputFormat.inferred(fromPath: "out/copydesk.sarif") == .sarif)
        #expect(OutputFormat.inferred(fromPath: "junit.XML") == .junit)
        #expect(OutputFormat.inferred(fromPath: "summary.md") == .markdown)
        #expect(OutputFormat.inferred(fromPath: "report.html") == .html)
        #expect(OutputFormat.inferred(fromPath: "gl-code-quality-report.json") == .json)
    }

    @Test func noTwoFormatsShareAnExtension() {
        let extensions = OutputFormat.allCases.compactMap { $0.reporterType.fileExtension }
        #expect(Set(extensions).count == extensions.count)
        #expect(OutputFormat.allCases.map { $0.reporterType.id } == OutputFormat.allCases.map(\.rawValue))
    }
}
