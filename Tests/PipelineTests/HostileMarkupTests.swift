@preconcurrency import CCmarkGFM
@preconcurrency import CLibXML2
import CmarkArena
import CopydeskCore
import Foundation
import Testing

@testable import Pipeline
@testable import Reporting

/// Articles and a policy full of hostile markup, linted through the whole pipeline: no HTML,
/// Markdown, JUnit, SARIF or GitHub output may let any of it act. HTML and JUnit are parsed
/// with libxml2, Markdown rendered with cmark-gfm (GitHub's extensions, raw HTML let through)
/// and parsed the same way, so "live" means what a browser or CI viewer would make of it.
@Suite struct HostileMarkupTests {
    static let img = "<img src=x onerror=alert(1)>"

    static let text = """
        Cure \(img) guide

        </script><script>alert(1)</script> This cure-all could potentially help, see [click](javascript:alert(1)) \
        and ]]> and " onmouseover="alert(1)" and ::error file=x::pwned at www.example.com or https://example.com/x.

        # Dosing \(img) ]]>

        Some text about doses.

        # Dosing \(img) ]]>

        More text about doses.

        """

    static let markdown = """
        # Cold plunges

        ## Risks </script> ]]>

        A cure-all, they say.[^<b>] Read [this](javascript:alert(1)) and ![x](javascript:alert(2)).

        ## Risks </script> ]]>

        <img src=x onerror=alert(1)> It could potentially cure "everything".

        """

    static let policy = #"""
        version: 1
        name: "<img src=x onerror=alert(1)> \"house\""
        extends: default
        rules:
          - id: house.hostile
            type: existence
            severity: error
            message: "avoid '%s'\n::error file=x,line=1::injected </script>"
            patterns: ['<[^>]*>', 'javascript:\S*', '\]\]>', '"[^"]*"', '::error\S*', 'www\.\S+', 'https?://\S+']
          - id: house.swap
            type: substitution
            message: "'%s': use '%s' instead"
            swap: {cure-all: "<img src=x onerror=alert(1)>"}
        """#

    /// One lint run shared by the tests: the pipeline is the slow part.
    static let linted: Result<Report, any Error> = Result {
        let folder = try TemporaryFolder()
        try folder.write("articles/\(img)\" a,b:c.txt", text)
        try folder.write("articles/x\"><script>.md", markdown)
        let policy = try folder.write("policy.yml", Self.policy)
        let request = LintRequest(
            paths: [folder.path + "/articles", folder.path + "/missing <script>.md"], policyPath: policy,
            workingDirectory: folder.path)
        return try Pipeline().lint(request).report
    }

    func lint() throws -> Report { try Self.linted.get() }

    @Test func theHostileTextReachesTheReport() throws {
        let report = try lint()
        let messages = report.files.flatMap(\.findings).map(\.message)
        #expect(messages.contains { $0.contains(Self.img) })
        #expect(messages.contains { $0.contains("\n::error file=x,line=1::injected </script>") })
        #expect(messages.contains { $0.contains("]]>") })
        #expect(report.files.flatMap(\.findings).contains { $0.suggestions.contains(Self.img) })
        #expect(
            report.files.map { URL(fileURLWithPath: $0.path).lastPathComponent } == [
                "\(Self.img)\" a,b:c.txt", "x\"><script>.md",
            ])
        #expect(report.errors.count == 1)
    }

    @Test func htmlHasNoLiveMarkup() throws {
        let report = try lint()
        let page = try HTMLPage(try HTMLReporter().render(report))
        let allowed: Set<String> = [
            "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p", "span", "main", "section",
            "table", "thead", "tbody", "tfoot", "tr", "th", "td", "ul", "ol", "li", "code", "blockquote", "mark", "q",
        ]
        #expect(page.elements.subtracting(allowed).isEmpty, "live elements \(page.elements.subtracting(allowed))")
        #expect(page.attributes.subtracting(["lang", "charset", "name", "content", "http-equiv", "class"]).isEmpty)
        #expect(page.comments == 0)
        #expect(page.text.contains(Self.img))
        #expect(page.text.contains("</script><script>alert(1)</script>"))
    }

    @Test func markdownRendersNothingLive() throws {
        let report = try lint()
        let html = GFM.render(try MarkdownReporter().render(report))
        let page = try HTMLPage(html)
        let allowed: Set<String> = [
            "html", "body", "h2", "h3", "p", "table", "thead", "tbody", "tr", "th", "td", "a", "code", "strong", "ul",
            "li",
        ]
        #expect(page.elements.subtracting(allowed).isEmpty, "live elements \(page.elements.subtracting(allowed))")
        #expect(page.attributes.subtracting(["href", "align"]).isEmpty)
        #expect(page.comments == 0)
        for link in page.links {
            #expect(!link.contains(":"), "a link with a scheme: \(link)")
            #expect(link.hasPrefix("%2F") || link.hasPrefix("/"), "a link not to a file: \(link)")
        }
        #expect(page.text.contains(Self.img))
        #expect(page.text.contains("avoid 'javascript:alert(1))'"))
    }

    @Test func junitIsWellFormedWithOnlyItsOwnElements() throws {
        let report = try lint()
        let xml = try JUnitReporter().render(report)
        let document = try #require(
            xml.withCString {
                xmlReadMemory($0, Int32(strlen($0)), "junit.xml", "UTF-8", Int32(XML_PARSE_NONET.rawValue))
            },
            "not well-formed XML")
        defer { xmlFreeDoc(document) }
        let tree = HTMLPage(document: document)
        #expect(tree.elements == ["testsuites", "testsuite", "testcase", "failure", "error"])
        #expect(
            tree.attributes.subtracting([
                "name", "tests", "failures", "errors", "skipped", "classname", "file", "line", "message", "type",
            ]).isEmpty)
        #expect(tree.text.contains("</script>"))
    }

    @Test func sarifIsValidJSONAndMessagesFormNoLinks() throws {
        let report = try lint()
        let text = try SARIFReporter(rules: Pipeline().descriptions).render(report)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == report.files.reduce(0) { $0 + $1.findings.count })
        for result in results {
            let message = try #require((result["message"] as? [String: Any])?["text"] as? String)
            #expect(!message.contains("\n"))
            var previous: Character = " "
            for character in message {
                if character == "[" || character == "]" { #expect(previous == "\\", "an embedded link in \(message)") }
                previous = character
            }
        }
    }

    /// Set SARIF_VALIDATOR to a command that checks a file against the official SARIF 2.1.0
    /// JSON Schema to run this on the hostile report with every built-in rule's description.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["SARIF_VALIDATOR"] != nil))
    func sarifValidatesAgainstTheOfficialSchema() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write(
            "hostile.sarif", try SARIFReporter(rules: Pipeline().descriptions).render(try lint()))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ProcessInfo.processInfo.environment["SARIF_VALIDATOR"]!)
        process.arguments = [file]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func githubCommandsStayOnePerFinding() throws {
        let report = try lint()
        let output = try GitHubReporter().render(report)
        let lines = output.split(separator: "\n")
        #expect(lines.count == report.files.reduce(0) { $0 + $1.findings.count } + report.errors.count)
        for line in lines {
            #expect(
                line.hasPrefix("::error file=") || line.hasPrefix("::warning file=") || line.hasPrefix("::notice file=")
            )
            let body = line.drop { $0 != " " }.dropFirst()
            let properties = body[..<body.range(of: "::")!.lowerBound]
            #expect(properties.split(separator: ",").allSatisfy { $0.filter { $0 == "=" }.count >= 1 })
            #expect(properties.split(separator: ",").count <= 6)
        }
        #expect(!output.contains("\r"))
    }
}

/// cmark-gfm with GitHub's extensions, raw HTML passed through so any that survived shows.
///
/// It parses under copydesk's cmark lock: the tests share a process, and a cmark-gfm parse
/// without the lock flips the process-wide table of the extensions' special characters under
/// a `MarkdownParser` parsing on another thread (a `CmarkArenaTests` run missed strikethrough).
enum GFM {
    static func render(_ markdown: String) -> String {
        copydesk_cmark_parse_lock()
        cmark_gfm_core_extensions_ensure_registered()
        let parser = cmark_parser_new(CMARK_OPT_UNSAFE)!
        defer { cmark_parser_free(parser) }
        for name in ["table", "autolink", "strikethrough"] {
            if let syntax = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, syntax) }
        }
        markdown.withCString { cmark_parser_feed(parser, $0, strlen($0)) }
        let document = cmark_parser_finish(parser)!
        copydesk_cmark_parse_unlock()
        defer { cmark_node_free(document) }
        let html = cmark_render_html(document, CMARK_OPT_UNSAFE, cmark_parser_get_syntax_extensions(parser))!
        defer { free(html) }
        return String(cString: html)
    }
}

/// What a browser would build from a page: its element and attribute names, link targets,
/// comments and text.
struct HTMLPage {
    var elements: Set<String> = []
    var attributes: Set<String> = []
    var links: [String] = []
    var comments = 0
    var text = ""

    init(_ html: String) throws {
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue)
        let document = try #require(
            html.withCString { htmlReadMemory($0, Int32(strlen($0)), "page.html", "UTF-8", options) })
        defer { xmlFreeDoc(document) }
        self.init(document: document)
    }

    init(document: xmlDocPtr) {
        walk(document.pointee.children)
    }

    private mutating func walk(_ first: xmlNodePtr?) {
        var node = first
        while let current = node {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                elements.insert(String(cString: current.pointee.name))
                var attribute = current.pointee.properties
                while let property = attribute {
                    let name = String(cString: property.pointee.name)
                    attributes.insert(name)
                    if name == "href" || name == "src", let value = property.pointee.children?.pointee.content {
                        links.append(String(cString: value))
                    }
                    attribute = property.pointee.next
                }
                walk(current.pointee.children)
            case XML_COMMENT_NODE:
                comments += 1
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { text += String(cString: content) }
            default:
                walk(current.pointee.children)
            }
            node = current.pointee.next
        }
    }
}
