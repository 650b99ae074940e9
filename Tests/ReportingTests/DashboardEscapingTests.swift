import CopydeskCore
import Foundation
import Testing

@testable import Reporting

/// Every string from an article, a policy or a report file is text on the page, never markup.
@Suite struct DashboardEscapingTests {
    typealias F = DashboardFixture

    static let hostile = [
        "</script><script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "javascript:alert(1)",
        "<a href=\"javascript:alert(1)\">click</a>",
        "\" onmouseover=\"alert(1)",
        "' onfocus='alert(1)' autofocus x='",
        "</title></style><svg onload=alert(1)>",
        "<!-- --><iframe srcdoc=\"<script>alert(1)</script>\">",
        "&lt;b&gt;already escaped&lt;/b&gt;",
    ]

    static var page: String {
        let evil = hostile.joined(separator: " ")
        var findings: [Finding] = []
        for (index, text) in hostile.enumerated() {
            findings.append(
                Finding(
                    rule: "style.\(text)", category: .style, severity: .warning, message: "message \(text)",
                    match: text,
                    range: F.range(index + 1, 1, index * 1000, index * 1000 + text.utf8.count), section: text,
                    suggestions: [text], related: [RelatedLocation(message: text, range: F.range(1, 1, 0, 1))]))
        }
        let claims = hostile.enumerated().map { index, text in
            Claim(
                text: "Claim \(text) end.", kind: .safety, strength: .causal, cited: false, hedged: false,
                range: F.range(index + 1, 1, index * 1000, index * 1000 + 300))
        }
        var file = FileReport(
            path: "articles/\(evil).md", format: .html, title: evil, words: 90, sentences: 9, findings: findings,
            claims: claims)
        file.excerpts = [1: evil]
        let report = Report(
            tool: .init(name: "copydesk\(hostile[1])", version: hostile[0]),
            policy: .init(name: "policy \(hostile[6])", source: hostile[2]),
            summary: .init(
                files: 1, words: 90, findings: findings.count, failed: true, failOn: "error", bySeverity: [:],
                byCategory: [:]),
            files: [
                file,
                FileReport(path: evil, format: .text, title: nil, words: 0, sentences: 0, findings: [], claims: []),
            ],
            errors: [InputError(path: "missing \(evil)", message: evil, line: 1, column: 2)])
        return DashboardRenderer(title: "Title \(evil)").render([
            (name: "reports/\(evil).json", date: F.day(1), report: report),
            (name: hostile[3], date: F.day(0), report: report),
        ])
    }

    static let allowedTags: Set<String> = [
        "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p", "nav", "a", "main", "section",
        "ul",
        "ol", "li", "code", "span", "div", "i", "figure", "figcaption", "svg", "text", "rect", "line", "table", "thead",
        "tbody", "tr", "th", "td", "br", "details", "summary", "blockquote", "mark", "q", "footer", "path", "circle",
    ]
    static let allowedAttributes: Set<String> = [
        "lang", "charset", "name", "content", "http-equiv", "href", "class", "id", "viewbox", "width", "height", "role",
        "aria-label", "aria-hidden", "x", "y", "x1", "x2", "y1", "y2", "rx", "text-anchor", "dominant-baseline",
        "preserveaspectratio", "data-label", "open", "d", "cx", "cy", "r", "style",
    ]

    @Test func noHostileStringBecomesMarkup() throws {
        let page = Self.page
        let tags = try HTMLTagScanner.tags(in: page)
        #expect(tags.count > 100)
        for tag in tags {
            #expect(Self.allowedTags.contains(tag.name), "unexpected element <\(tag.name)>")
            for (name, value) in tag.attributes {
                #expect(Self.allowedAttributes.contains(name), "unexpected attribute \(name) on <\(tag.name)>")
                #expect(!value.lowercased().contains("javascript:"), "javascript: in \(name) on <\(tag.name)>")
                if name == "href" {
                    #expect(
                        value.hasPrefix("#article-")
                            || ["#overview", "#trend", "#ranking", "#findings", "#claims"].contains(value))
                }
                if name == "style" { #expect(value.wholeMatch(of: /min-width: [0-9]+px/) != nil, "style=\"\(value)\"") }
                if name == "content" || name == "http-equiv" || name == "name" || name == "charset" {
                    #expect(tag.name == "meta")
                }
            }
        }
        // Exactly the page's own elements that hold text: one title, one style.
        #expect(tags.filter { $0.name == "title" && !$0.closing && !$0.inSVG }.count == 1)
        #expect(tags.filter { $0.name == "style" && !$0.closing }.count == 1)
        #expect(!page.lowercased().contains("<script"))
        #expect(!page.lowercased().contains("<img"))
        #expect(!page.lowercased().contains("<iframe"))
        #expect(!page.contains("<!--"))
    }

    @Test func hostileStringsAreShownAsText() {
        let page = Self.page
        #expect(
            page.contains(
                "<title>Title &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;"))
        #expect(page.contains("&lt;a href=&quot;javascript:alert(1)&quot;&gt;click&lt;/a&gt;"))
        #expect(page.contains("&#39; onfocus=&#39;alert(1)&#39; autofocus x=&#39;"))
        #expect(page.contains("&amp;lt;b&amp;gt;already escaped&amp;lt;/b&amp;gt;"))
        #expect(page.contains("<p class=\"message\">message &lt;img src=x onerror=alert(1)&gt;</p>"))
        #expect(page.contains("<code class=\"rule\">style.&lt;img src=x onerror=alert(1)&gt;</code>"))
        #expect(
            page.contains(
                "<blockquote class=\"sentence\">Claim <mark>&lt;img src=x onerror=alert(1)&gt;</mark> end.</blockquote>"
            ))
    }

    @Test func controlCharactersAreReplaced() {
        #expect(DashboardHTML.escape("a\u{0}b\u{1B}[31mc\u{85}d\te\nf") == "a\u{FFFD}b\u{FFFD}[31mc\u{FFFD}d\te\nf")
    }
}

/// A small scanner that lists every start and end tag the way a browser's tokenizer would find
/// them in text outside raw-text elements: enough to prove that no unexpected markup got through.
enum HTMLTagScanner {
    struct Tag {
        var name: String
        var attributes: [(String, String)]
        var closing: Bool
        var inSVG: Bool
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func tags(in html: String) throws -> [Tag] {
        let bytes = Array(html.utf8)
        var tags: [Tag] = []
        var index = 0
        var svgDepth = 0
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        func isSpace(_ byte: UInt8) -> Bool { [0x20, 0x09, 0x0A, 0x0C, 0x0D].contains(byte) }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<"), index + 1 < bytes.count else {
                index += 1
                continue
            }
            var cursor = index + 1
            if bytes[cursor] == UInt8(ascii: "!") {
                // <!DOCTYPE html> is the only declaration allowed; comments are not.
                let rest = String(decoding: bytes[cursor..<min(bytes.count, cursor + 14)], as: UTF8.self)
                guard rest == "!DOCTYPE html>" else { throw Failure(description: "declaration or comment at \(index)") }
                index = cursor + 14
                continue
            }
            let closing = bytes[cursor] == UInt8(ascii: "/")
            if closing { cursor += 1 }
            guard cursor < bytes.count, isLetter(bytes[cursor]) else {
                index += 1  // '<' not starting a tag is text to a browser
                continue
            }
            var name = ""
            while cursor < bytes.count, !isSpace(bytes[cursor]), bytes[cursor] != UInt8(ascii: ">"),
                bytes[cursor] != UInt8(ascii: "/")
            {
                name.append(Character(Unicode.Scalar(bytes[cursor] | (isLetter(bytes[cursor]) ? 0x20 : 0))))
                cursor += 1
            }
            var attributes: [(String, String)] = []
            while cursor < bytes.count, bytes[cursor] != UInt8(ascii: ">") {
                if isSpace(bytes[cursor]) || bytes[cursor] == UInt8(ascii: "/") {
                    cursor += 1
                    continue
                }
                var attribute = ""
                while cursor < bytes.count, !isSpace(bytes[cursor]),
                    ![UInt8(ascii: "="), UInt8(ascii: ">")].contains(bytes[cursor])
                {
                    attribute.append(Character(Unicode.Scalar(bytes[cursor])))
                    cursor += 1
                }
                var value = ""
                if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "=") {
                    cursor += 1
                    let quote = bytes[cursor]
                    guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                        throw Failure(description: "unquoted attribute \(attribute) on <\(name)>")
                    }
                    cursor += 1
                    let start = cursor
                    while cursor < bytes.count, bytes[cursor] != quote { cursor += 1 }
                    value = String(decoding: bytes[start..<cursor], as: UTF8.self)
                    cursor += 1
                }
                attributes.append((attribute.lowercased(), value))
            }
            if name == "svg" { svgDepth += closing ? -1 : 1 }
            tags.append(
                Tag(
                    name: name, attributes: attributes, closing: closing,
                    inSVG: svgDepth > 0 || (name == "svg" && closing)))
            index = cursor + 1
            // Raw text: skip to the matching end tag, as a browser does.
            if !closing, name == "style" || (name == "title" && svgDepth == 0) {
                let end = Array("</\(name)>".utf8)
                var search = index
                while search + end.count <= bytes.count, Array(bytes[search..<search + end.count]) != end {
                    search += 1
                }
                index = search
            }
        }
        return tags
    }
}
