import CopydeskCore
import Foundation
import Testing

@testable import Reporting

@Suite struct GitHubReporterTests {
    @Test func findingsBecomeAnnotationsAndInfoIsANotice() throws {
        let lines = try GitHubReporter().render(SampleReport.report).split(separator: "\n")
        #expect(lines.count == 5)
        #expect(
            lines[2]
                == "::error file=articles/café.md,line=5,col=10,endLine=5,endColumn=15,title=medical-claim.cure-claim::'cures' claims a cure; say what the evidence shows"
        )
        #expect(lines[3].hasPrefix("::notice "))
        #expect(lines[4] == "::error file=broken.md,line=1,col=8,title=input not read::not valid UTF-8 at byte 7")
    }

    @Test func dataAndPropertiesAreEscapedAsTheRunnerRequires() {
        #expect(GitHubReporter.escapeData("100%\r\n::error::x") == "100%25%0D%0A::error::x")
        #expect(GitHubReporter.escapeProperty("a,b:c%\n") == "a%2Cb%3Ac%25%0A")
    }

    @Test func aSpanOverSeveralLinesHasNoColumnsEnd() throws {
        var report = SampleReport.report
        report.errors = []
        report.files[0].findings = [report.files[0].findings[0]]
        report.files[0].findings[0].range.end = SourcePosition(line: 4, column: 3, offset: 60)
        #expect(
            try GitHubReporter().render(report)
                == "::warning file=articles/café.md,line=3,col=1,endLine=4,title=repetition.repeated-title::the title is repeated\n"
        )
    }
}

@Suite struct GitLabReporterTests {
    @Test func issuesCarryTheFieldsGitLabReads() throws {
        let text = try GitLabReporter().render(SampleReport.report)
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(issues.count == 5)
        let cure = issues[2]
        #expect(cure["check_name"] as? String == "medical-claim.cure-claim")
        #expect(cure["description"] as? String == "'cures' claims a cure; say what the evidence shows")
        #expect(cure["fingerprint"] as? String == "aabbccddeeff0011")
        #expect(cure["severity"] as? String == "major")
        let location = try #require(cure["location"] as? [String: Any])
        #expect(location["path"] as? String == "articles/café.md")
        #expect((location["lines"] as? [String: Int])?["begin"] == 5)
        #expect(issues.compactMap { $0["severity"] as? String } == ["minor", "minor", "major", "info", "blocker"])
    }

    @Test func twoFindingsWithOneFingerprintStayTwoIssues() throws {
        var report = SampleReport.report
        report.files[0].findings[1].fingerprint = report.files[0].findings[0].fingerprint
        let text = try GitLabReporter().render(report)
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
        #expect(Set(fingerprints).count == fingerprints.count)
        #expect(fingerprints[1] == "0a0b0c0d0e0f1011-2")
    }
}

@Suite struct JUnitReporterTests {
    @Test func oneSuitePerFileOneCasePerRuleAndAnErrorSuite() throws {
        let document = try XMLShape(try JUnitReporter().render(SampleReport.report))
        #expect(
            document.elements.filter { $0.name == "testsuite" }.map { $0.attributes["name"] } == [
                "articles/café.md", "inputs not read",
            ])
        let cases = document.elements.filter { $0.name == "testcase" }
        #expect(
            cases.map { $0.attributes["name"] } == [
                "hedging.stacked-hedge", "medical-claim.cure-claim", "repetition.repeated-title", "style.house", "read",
            ])
        #expect(cases[0].attributes["classname"] == "articles/café.md")
        let failures = document.elements.filter { $0.name == "failure" }
        #expect(failures.count == 4)
        #expect(failures[0].attributes["message"] == "3:27 two hedges in one clause: 'could potentially'")
        #expect(failures[0].text == "articles/café.md:3:27: warning: two hedges in one clause: 'could potentially'")
        #expect(
            document.elements.filter { $0.name == "error" }.first?.attributes["message"] == "not valid UTF-8 at byte 7")
        #expect(document.elements.first?.attributes["tests"] == "5")
    }

    @Test func severalFindingsOfARuleAreOneFailureListingEach() throws {
        var report = SampleReport.report
        var second = report.files[0].findings[1]
        second.range.start = SourcePosition(line: 9, column: 4, offset: 200)
        second.severity = .error
        report.files[0].findings.append(second)
        let document = try XMLShape(try JUnitReporter().render(report))
        let failure = try #require(document.elements.first { $0.name == "failure" })
        #expect(
            failure.attributes["message"] == "2 findings, first at 3:27 two hedges in one clause: 'could potentially'")
        #expect(failure.attributes["type"] == "error")
        #expect(failure.text.split(separator: "\n").count == 2)
    }

    @Test func aCleanFileIsOnePassingCase() throws {
        var report = SampleReport.report
        report.files[0].findings = []
        report.errors = []
        let document = try XMLShape(try JUnitReporter().render(report))
        #expect(document.elements.map(\.name) == ["testsuites", "testsuite", "testcase"])
        #expect(document.elements[2].attributes["name"] == "no findings")
    }
}

@Suite struct XMLWriterTests {
    @Test func markupIsEscapedAndForbiddenCharactersDropped() {
        #expect(XMLWriter.escape("a & <b> \"c\" 'd' ]]>") == "a &amp; &lt;b&gt; &quot;c&quot; &#39;d&#39; ]]&gt;")
        #expect(XMLWriter.escape("x\u{0}\u{1B}\u{8}y\u{FFFE}\u{202E}z\n") == "xyz\n")
    }
}
