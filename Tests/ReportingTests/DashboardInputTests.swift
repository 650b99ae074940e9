import CopydeskCore
import Foundation
import Testing

@testable import Reporting

@Suite struct DashboardInputTests {
    static let advice = "write one with 'copydesk lint --format json -o FILE'"

    func decode(_ text: String) throws(DashboardError) -> DashboardInput {
        try DashboardInput.decode(Data(text.utf8), name: "r.json", date: nil)
    }

    @Test func readsWhatTheJSONReporterWrites() throws {
        let json = try JSONReporter().render(SampleReport.report)
        let date = Date(timeIntervalSince1970: 1_000)
        let input = try DashboardInput.decode(Data(json.utf8), name: "saved.json", date: date)
        #expect(input.name == "saved.json")
        #expect(input.date == date)
        #expect(input.report.files.map(\.path) == ["articles/café.md"])
        #expect(input.report.files[0].findings == SampleReport.report.files[0].findings)
        #expect(input.report.files[0].claims == SampleReport.report.files[0].claims)
        #expect(input.report.errors == SampleReport.report.errors)
    }

    @Test func badInputsNameTheFileAndSayWhatToDo() {
        let cases: [(String, String)] = [
            ("", "r.json: the file is empty; \(Self.advice)"),
            ("  \n", "r.json: the file is empty; \(Self.advice)"),
            ("<html>", "r.json: not JSON; give a copydesk JSON report (\(Self.advice))"),
            ("[1, 2]", "r.json: not a copydesk JSON report (no schemaVersion); \(Self.advice)"),
            ("{\"version\": 1}", "r.json: not a copydesk JSON report (no schemaVersion); \(Self.advice)"),
            (
                "{\"schemaVersion\": 2}",
                "r.json: schemaVersion 2 is not supported (this copydesk reads 1); rewrite it with this copydesk"
            ),
            ("{\"schemaVersion\": 1}", "r.json: not a copydesk JSON report (missing 'tool'); \(Self.advice)"),
        ]
        for (text, message) in cases {
            #expect(throws: DashboardError.self) { try decode(text) }
            do {
                _ = try decode(text)
            } catch {
                #expect(error.description == message)
            }
        }
    }

    @Test func wrongFieldsAreNamedByTheirPath() throws {
        var json = try JSONReporter().render(SampleReport.report)
        json = json.replacingOccurrences(of: "\"severity\" : \"warning\"", with: "\"severity\" : \"fatal\"")
        #expect(
            throws: DashboardError.notAReport(
                "r.json", detail: "'files[0].findings[0].severity' has a value this copydesk does not know")
        ) {
            try decode(json)
        }
        let missing = try JSONReporter().render(SampleReport.report).replacingOccurrences(
            of: "\"sentences\" : 9,", with: "")
        #expect(throws: DashboardError.notAReport("r.json", detail: "missing 'files[0].sentences'")) {
            try decode(missing)
        }
        let wrongType = try JSONReporter().render(SampleReport.report).replacingOccurrences(
            of: "\"fingerprint\" : \"0a0b0c0d0e0f1011\"", with: "\"fingerprint\" : 7")
        #expect(
            throws: DashboardError.notAReport("r.json", detail: "'files[0].findings[0].fingerprint' has the wrong type")
        ) { try decode(wrongType) }
    }

    @Test func otherMessages() {
        #expect(
            DashboardError.unreadable("a.json", reason: "no such file").description
                == "a.json: cannot read: no such file")
        #expect(DashboardError.noReports.description == "no report could be read; nothing to show")
    }
}
