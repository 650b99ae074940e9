import CopydeskCore
import Foundation
import Testing

@testable import Reporting

/// A report whose every article- and policy-supplied string is hostile markup; no output may
/// let any of it act (open a tag, a link, an attribute, a command, a CDATA end).
@Suite struct HostileReportTests {
    static let hostile =
        "</script><script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) ]]> "
        + "\" onmouseover=\"alert(1)\" 'x' *bold* `code` | cell & &amp; {0} $x$ www.example.com\n::error file=x::injected"

    static let report: Report = {
        var report = SampleReport.report
        var file = report.files[0]
        file.path = "\"><img src=x onerror=alert(1)>,a:b.md"
        file.title = hostile
        file.findings = [
            Finding(
                rule: "house.<b>x</b>", category: .style, severity: .error, message: "avoid '\(hostile)'",
                match: hostile,
                range: SourceRange(
                    start: SourcePosition(line: 2, column: 1, offset: 10),
                    end: SourcePosition(line: 2, column: 9, offset: 18)),
                section: hostile, suggestions: [hostile],
                related: [
                    RelatedLocation(
                        message: hostile,
                        range: SourceRange(
                            start: SourcePosition(line: 1, column: 1, offset: 0),
                            end: SourcePosition(line: 1, column: 2, offset: 1)))
                ], fingerprint: "f")
        ]
        file.excerpts = [2: hostile.replacingOccurrences(of: "\n", with: " ")]
        report.files = [file]
        report.policy.name = hostile
        report.errors = [InputError(path: "<img src=x onerror=alert(1)>.md", message: hostile, line: 1, column: 1)]
        report.summary.findings = 1
        return report
    }()

    @Test func htmlHasOnlyTheReportersOwnTagsAndAttributes() throws {
        let html = try HTMLReporter().render(Self.report)
        let allowedTags: Set<String> = [
            "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p", "span", "main",
            "section", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "ul", "ol", "li", "code", "blockquote",
            "mark", "q",
        ]
        let allowedAttributes: Set<String> = ["lang", "charset", "name", "content", "http-equiv", "class", "html"]
        for tag in Tags.scan(html) {
            #expect(allowedTags.contains(tag.name), "live tag <\(tag.name)>")
            for attribute in tag.attributes {
                #expect(allowedAttributes.contains(attribute), "live attribute \(attribute)")
            }
        }
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
    }

    @Test func markdownRowsStayRowsAndNothingIsActive() throws {
        let text = try MarkdownReporter().render(Self.report)
        let row = try #require(text.split(separator: "\n").first { $0.hasPrefix("| [") })
        let cells = Markdown.cells(String(row))
        #expect(cells.count == 4)
        for cell in cells.dropFirst() { #expect(Markdown.activeCharacters(cell).isEmpty, "live markdown in \(cell)") }
        let split = try #require(cells[0].range(of: "]("))
        #expect(cells[0][split.upperBound...] == "%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E%2Ca%3Ab.md#L2)")
        let label = String(cells[0][..<split.lowerBound].dropFirst())
        #expect(Markdown.activeCharacters(label).isEmpty)
        for line in text.split(separator: "\n") where line.hasPrefix("- ") {
            #expect(Markdown.activeCharacters(String(line.dropFirst(2))).isEmpty)
        }
        #expect(!text.contains("\n::error"))
    }

    @Test func junitIsWellFormedAndTheTextRoundTrips() throws {
        let document = try XMLShape(try JUnitReporter().render(Self.report))
        #expect(Set(document.elements.map(\.name)) == ["testsuites", "testsuite", "testcase", "failure", "error"])
        let oneLine = Self.hostile.replacingOccurrences(of: "\n", with: " ")
        #expect(document.elements.first { $0.name == "failure" }?.attributes["message"] == "2:1 avoid '\(oneLine)'")
        #expect(document.elements.first { $0.name == "testsuite" }?.attributes["name"] == Self.report.files[0].path)
    }

    @Test func sarifIsValidJSONWithNoEmbeddedLinks() throws {
        let text = try SARIFReporter().render(Self.report)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        let message = try #require((result["message"] as? [String: Any])?["text"] as? String)
        var previous: Character = " "
        for character in message {
            if character == "[" || character == "]" { #expect(previous == "\\") }
            previous = character
        }
        #expect(!message.contains("\n"))
    }

    @Test func githubCommandsCannotBeInjected() throws {
        let lines = try GitHubReporter().render(Self.report).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3)
        #expect(lines.last == "")
        for line in lines.dropLast() {
            #expect(line.hasPrefix("::error "))
            let body = line.dropFirst("::error ".count)
            let properties = body[..<body.range(of: "::")!.lowerBound]
            for property in properties.split(separator: ",") {
                let key = property.prefix { $0 != "=" }
                #expect(["file", "line", "col", "endLine", "endColumn", "title"].contains(key))
                #expect(property.filter { $0 == "=" }.count >= 1)
                #expect(!property.dropFirst(key.count + 1).contains(":"))
            }
        }
        #expect(lines[0].hasSuffix("%0A::error file=x::injected'"))
    }

    @Test func gitlabIsValidJSONThatKeepsTheText() throws {
        let text = try GitLabReporter().render(Self.report)
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(issues.first?["description"] as? String == "avoid '\(Self.hostile)'")
    }
}

/// Tags of an HTML page the reporters wrote: every `<` in their output opens one of their own
/// tags, as article text has its `<` escaped.
enum Tags {
    struct Tag {
        var name: String
        var attributes: [String]
    }

    static func scan(_ html: String) -> [Tag] {
        var tags: [Tag] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: ">") else { break }
            let inside = rest[afterOpen..<close]
            rest = rest[rest.index(after: close)...]
            if inside.hasPrefix("/") { continue }
            let words = inside.split(separator: " ")
            let name = String(words.first ?? "")
            var attributes: [String] = []
            var quoted = false
            var current = ""
            for character in inside.dropFirst(name.count) {
                if character == "\"" { quoted.toggle() }
                if quoted { continue }
                if character == "=" {
                    attributes.append(current.trimmingCharacters(in: .whitespaces))
                    current = ""
                } else if character == " " {
                    if !current.isEmpty && !current.hasSuffix("\"") { attributes.append(current) }
                    current = ""
                } else if character != "\"" {
                    current.append(character)
                }
            }
            if !current.isEmpty { attributes.append(current) }
            tags.append(Tag(name: name, attributes: attributes))
        }
        return tags
    }
}

/// Markdown as a renderer would see it.
enum Markdown {
    static let active: Set<Character> = ["\\", "`", "*", "_", "[", "]", "(", ")", "<", ">", "|", "~", "&", "!", "$"]

    /// Characters that would act (not preceded by an escaping backslash).
    static func activeCharacters(_ text: String) -> [Character] {
        var found: [Character] = []
        var escaped = false
        for character in text {
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if active.contains(character) {
                found.append(character)
            }
        }
        return found
    }

    /// A table row's cells, split at unescaped pipes.
    static func cells(_ row: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in row {
            if escaped {
                escaped = false
                current.append(character)
            } else if character == "\\" {
                escaped = true
                current.append(character)
            } else if character == "|" {
                cells.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        return cells.dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
