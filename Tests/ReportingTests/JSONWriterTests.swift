import CopydeskCore
import Foundation
import Testing

@testable import Reporting

/// The hand-written JSON report against Foundation's encoder, byte for byte.
@Suite struct JSONWriterTests {
    /// What the JSON reporter wrote before it was written by hand.
    static func encoded(_ report: Report) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
    }

    /// Every ASCII control character, DEL, quotes, backslashes, slashes, line and paragraph
    /// separators, a BOM, combining marks, non-BMP characters and an escape sequence.
    static let hostile: [String] = [
        String(String.UnicodeScalarView((0..<0x20).map { Unicode.Scalar($0)! })),
        "\u{7F} \"quoted\" back\\slash \\\" \\\\ \\u0041 </script> a/b //",
        "line\u{2028}separator\u{2029}paragraph \u{FEFF}bom \u{85}nel",
        "e\u{301} 🧪 𝄞 👩🏽‍⚕️ \u{10FFFF} 中文",
        "\u{1B}[31mred\u{1B}[0m\r\n\t",
        "",
    ]

    static func hostileReport() -> Report {
        let range = SourceRange(
            start: SourcePosition(line: 1, column: 1, offset: 0), end: SourcePosition(line: 2, column: 3, offset: 9))
        var files: [FileReport] = []
        for (index, text) in hostile.enumerated() {
            let finding = Finding(
                rule: "style.x", category: .style, severity: .info, message: text, match: text, range: range,
                section: index.isMultiple(of: 2) ? text : nil, suggestions: [text, "plain"],
                related: [RelatedLocation(message: text, range: range)], fingerprint: text)
            files.append(
                FileReport(
                    path: "dir/\(index)\(text).md", format: .markdown, title: index == 1 ? nil : text, words: index,
                    sentences: -index, findings: index == 2 ? [] : [finding],
                    claims: [
                        Claim(
                            text: text, kind: .other, strength: .conditionalCausal, cited: true, hedged: false,
                            range: range)
                    ]
                ))
        }
        let summary = Report.Summary(
            files: files.count, words: 12, findings: 5, failed: false, failOn: "never",
            bySeverity: ["warning": 0, "error": 3, "info": 2, "Zed": 1, "élan": 4, "a\"b": 5],
            byCategory: [:])
        return Report(
            tool: .init(version: "0.1.0"), policy: .init(name: hostile[0], source: hostile[1]), summary: summary,
            files: files,
            errors: [
                InputError(path: hostile[2], message: hostile[3]), InputError(path: "a", message: "b", line: 3),
                InputError(path: "c", message: "d", line: 1, column: 2),
            ])
    }

    static let empty = Report(
        tool: .init(version: "0.1.0"), policy: .init(name: "default", source: "builtin:default"),
        summary: .init(
            files: 0, words: 0, findings: 0, failed: false, failOn: "error", bySeverity: [:], byCategory: [:]),
        files: [], errors: [])

    @Test(arguments: ["sample", "hostile", "empty"])
    func theWriterMatchesJSONEncoderByteForByte(_ name: String) throws {
        let report = ["sample": SampleReport.report, "hostile": Self.hostileReport(), "empty": Self.empty][name]!
        let written = try JSONReporter().render(report)
        #expect(Array(written.utf8) == Array(try Self.encoded(report).utf8))
    }

    /// `value` as the writer quotes it.
    static func quoted(_ value: String) -> [UInt8] {
        var json = PrettyJSON()
        json.string(value)
        return json.bytes
    }

    @Test func stringsAreEscapedAsTheEncoderEscapesThem() throws {
        for scalar in (0..<0x80).compactMap(Unicode.Scalar.init) + ["\u{2028}", "\u{2029}", "\u{1F9EA}", "\u{FFFD}"] {
            let bytes = Self.quoted(String(scalar))
            let encoder = JSONEncoder()
            encoder.outputFormatting = .withoutEscapingSlashes
            let expected = try encoder.encode([String(scalar)])
            // `["x"]` without its brackets.
            #expect(bytes == Array(expected.dropFirst().dropLast()), "U+\(String(scalar.value, radix: 16))")
        }
        let bytes = Self.quoted("a\u{0}\u{1F}\"\\/\u{7F}\u{2028}")
        #expect(String(decoding: bytes, as: UTF8.self) == #""a\u0000\u001f\"\\/\#u{7F}\#u{2028}""#)
    }

    @Test func integersAreWrittenAsTheEncoderWritesThem() throws {
        let values = [0, 7, 10, 99, 100, 1_234_567_890, Int.max, -1, -10, Int.min]
        var json = PrettyJSON()
        json.beginArray()
        for value in values {
            json.element()
            json.int(value)
        }
        json.endArray()
        let bytes = json.bytes
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        #expect(bytes == Array(try encoder.encode(values)))
    }

    /// Streams `report` through `format`, file by file, and returns what reached the output.
    static func streamed(
        _ report: Report, as format: OutputFormat, memoryLimit: Int? = nil, rewindable: Bool = false
    ) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-stream-\(UUID().uuidString)")
        let descriptor = open(url.path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
        defer {
            close(descriptor)
            unlink(url.path)
        }
        let output = ReportOutput(descriptor: descriptor, name: url.path, capacity: 7, rewindable: rewindable)
        var stream: any ReportStream =
            switch (memoryLimit, format) {
            case (let limit?, .json): JSONReportStream(output: output, memoryLimit: limit)
            case (let limit?, .junit): JUnitReportStream(output: output, memoryLimit: limit)
            default: format.stream(to: output, rules: SampleRules.descriptions, color: true)
            }
        for file in report.files { try stream.write(file) }
        var rest = report
        rest.files = []
        try stream.finish(rest)
        return String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    @Test(arguments: OutputFormat.allCases)
    func everyFormatStreamedIsTheFormatRenderedWhole(_ format: OutputFormat) throws {
        for report in [SampleReport.report, Self.hostileReport(), Self.empty] {
            let whole = try format.reporter(rules: SampleRules.descriptions, color: true).render(report)
            #expect(try Self.streamed(report, as: format) == whole)
        }
    }

    @Test func entriesPastTheMemoryLimitGoThroughATemporaryFileUnchanged() throws {
        let report = Self.hostileReport()
        for limit in [1, 100, 5000] {
            #expect(try Self.streamed(report, as: .json, memoryLimit: limit) == (try Self.encoded(report)))
            #expect(try Self.streamed(report, as: .junit, memoryLimit: limit) == (try JUnitReporter().render(report)))
        }
    }

    @Test func jsonToAFileOfItsOwnGoesStraightOutAndIsRewrittenWhenThereWereErrors() throws {
        var withErrors = Self.hostileReport()
        withErrors.errors = [
            InputError(path: "gone.md", message: "no such file"),
            InputError(path: "bad \"quoted\".md", message: "not UTF-8", line: 3, column: 9),
        ]
        var withoutErrors = withErrors
        withoutErrors.errors = []
        var onlyErrors = withErrors
        onlyErrors.files = []
        for report in [withErrors, withoutErrors, onlyErrors, SampleReport.report, Self.empty] {
            #expect(try Self.streamed(report, as: .json, rewindable: true) == (try Self.encoded(report)))
        }
    }

    @Test func theMarkdownSummaryStreamedKeepsOnlyItsRowsAndCounts() throws {
        var report = Self.hostileReport()
        report.files += report.files
        let reporter = MarkdownReporter(linkBase: "https://example.com/blob/x/", maxRows: 3)
        var digest = MarkdownReporter.Digest(maxRows: 3)
        for file in report.files { digest.add(file) }
        #expect(digest.rows.count == 3)
        #expect(digest.total == 10)
        #expect(reporter.render(report, digest) == (try reporter.render(report)))
        #expect(try reporter.render(report).contains("…and 7 more"))
    }
}

@Suite struct ReportOutputReplaceTests {
    @Test func replacingMovesWhatFollowsInPlaceChunkByChunk() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-replace-\(UUID().uuidString)")
        let descriptor = open(url.path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
        defer {
            close(descriptor)
            unlink(url.path)
        }
        let output = ReportOutput(descriptor: descriptor, name: url.path, capacity: 5, rewindable: true)
        let body = (0..<1000).map { "entry \($0);" }.joined()
        try output.write("HEAD|")
        try output.write(body)
        for size in [1, 7, 4096] {
            // Each round puts a longer head in place of the one before.
            let head = String(repeating: "H", count: size % 50 + 10) + "|"
            let old = try String(contentsOf: url, encoding: .utf8)
            let oldHead = old.prefix { $0 != "|" }.count + 1
            try output.replace(0..<oldHead, with: Array(head.utf8), chunkSize: size)
            try output.write("!")
            try output.flush()
            #expect(try String(contentsOf: url, encoding: .utf8) == head + old.dropFirst(oldHead) + "!")
            #expect(output.position == head.utf8.count + old.utf8.count - oldHead + 1)
        }
    }
}
