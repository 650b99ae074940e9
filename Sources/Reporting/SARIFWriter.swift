import CopydeskCore
import Foundation

/// The SARIF log written a file at a time, byte for byte as `JSONEncoder` (pretty, sorted
/// keys, slashes unescaped) writes the `SARIF.Log` model (the tests keep it as their oracle):
/// results are written by hand as they come; the run's other members (invocations, rules)
/// are small and encoded at the end.
///
/// A result's `ruleIndex` points into the rules that have a result, sorted, which is known
/// only at the end: results are kept with a marker (a NUL byte, which JSON text never holds
/// raw, and a provisional rule number) that `finish` replaces with the index.
struct SARIFWriter {
    let reporter: SARIFReporter
    private(set) var ruleIDs: [String] = []
    private var provisional: [String: UInt32] = [:]

    init(reporter: SARIFReporter) {
        self.reporter = reporter
    }

    /// The file's results, each after its separator; `first`: no result before it in the run.
    mutating func results(_ file: FileReport, first: Bool) -> [UInt8] {
        var json = PrettyJSON(inside: 4, hasElements: !first)
        for finding in file.findings {
            json.element()
            result(finding, path: file.path, into: &json)
        }
        return json.bytes
    }

    /// Everything before the first result.
    func head(_ report: Report) throws -> [UInt8] {
        var json = PrettyJSON(capacity: 4096)
        json.beginObject()
        json.stringMember("$schema", SARIF.schema)
        json.key("runs")
        json.beginArray()
        json.element()
        json.beginObject()
        json.stringMember("columnKind", "unicodeCodePoints")
        json.key("invocations")
        let notifications = report.errors.map(reporter.notification)
        let invocation = SARIF.Invocation(
            executionSuccessful: report.errors.isEmpty,
            toolExecutionNotifications: notifications.isEmpty ? nil : notifications)
        json.raw(try Self.encoded([invocation], depth: 3))
        json.key("properties")
        json.raw(try Self.encoded(SARIF.PropertyBag(policy: report.policy.name), depth: 3))
        json.key("results")
        json.raw([UInt8(ascii: "[")])
        return json.bytes
    }

    /// Everything after the last result (`empty`: there was none).
    func tail(_ report: Report, empty: Bool) throws -> [UInt8] {
        var out = Array((empty ? "\n\n      ]" : "\n      ]").utf8)
        let rules = ruleIDs.sorted()
        let driver = SARIF.Driver(
            name: report.tool.name, version: report.tool.version, semanticVersion: report.tool.version,
            informationUri: SARIFReporter.informationURI, rules: rules.map(reporter.rule))
        var json = PrettyJSON(inside: 3, hasElements: true)
        json.key("tool")
        json.raw(try Self.encoded(SARIF.Tool(driver: driver), depth: 3))
        json.endObject()
        json.endArray()
        json.stringMember("version", SARIF.version)
        json.endObject()
        out += json.bytes
        out.append(UInt8(ascii: "\n"))
        return out
    }

    /// Replaces the rule markers in results bytes; `carry` keeps a marker cut at the end of a chunk.
    func resolve(_ chunk: [UInt8], carry: inout [UInt8]) -> [UInt8] {
        let bytes = carry.isEmpty ? chunk : carry + chunk
        carry = []
        let index = Dictionary(uniqueKeysWithValues: ruleIDs.sorted().enumerated().map { ($1, $0) })
        let final = ruleIDs.map { index[$0]! }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var start = 0
        while let marker = bytes[start...].firstIndex(of: 0) {
            out += bytes[start..<marker]
            guard marker + 4 < bytes.count else {
                carry = Array(bytes[marker...])
                return out
            }
            let number = bytes[(marker + 1)...(marker + 4)].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            out += String(final[Int(number)]).utf8
            start = marker + 5
        }
        out += bytes[start...]
        return out
    }

    private mutating func marker(_ rule: String) -> [UInt8] {
        let number: UInt32
        if let known = provisional[rule] {
            number = known
        } else {
            number = UInt32(ruleIDs.count)
            provisional[rule] = number
            ruleIDs.append(rule)
        }
        return [0, UInt8(number >> 24), UInt8(number >> 16 & 0xFF), UInt8(number >> 8 & 0xFF), UInt8(number & 0xFF)]
    }

    private mutating func result(_ finding: Finding, path: String, into json: inout PrettyJSON) {
        json.beginObject()
        json.stringMember("level", SARIFReporter.level(finding.severity))
        json.key("locations")
        json.beginArray()
        json.element()
        location(id: nil, message: nil, path: path, range: finding.range, into: &json)
        json.endArray()
        json.key("message")
        text(SARIFReporter.plainText(finding.message), into: &json)
        // The value written as its digits, without making the string (a value's are never empty).
        let hash = finding.fingerprintHash
        if hash != nil || !finding.fingerprint.isEmpty {
            json.key("partialFingerprints")
            json.beginObject()
            json.key(string: SARIFReporter.fingerprintKey)
            if let hash { json.hex(hash) } else { json.string(finding.fingerprint) }
            json.endObject()
        }
        json.key("properties")
        json.beginObject()
        json.stringMember("category", finding.category.rawValue)
        if let section = finding.section { json.stringMember("section", section) }
        if !finding.suggestions.isEmpty { json.stringsMember("suggestions", finding.suggestions) }
        json.endObject()
        if !finding.related.isEmpty {
            json.key("relatedLocations")
            json.beginArray()
            for (index, related) in finding.related.enumerated() {
                json.element()
                location(
                    id: index + 1, message: SARIFReporter.plainText(related.message), path: path, range: related.range,
                    into: &json)
            }
            json.endArray()
        }
        json.stringMember("ruleId", finding.rule)
        json.key("ruleIndex")
        json.raw(marker(finding.rule))
        json.endObject()
    }

    private func location(id: Int?, message: String?, path: String, range: SourceRange, into json: inout PrettyJSON) {
        json.beginObject()
        if let id { json.intMember("id", id) }
        if let message {
            json.key("message")
            text(message, into: &json)
        }
        json.key("physicalLocation")
        json.beginObject()
        json.key("artifactLocation")
        let artifact = SARIFReporter.artifact(path)
        json.beginObject()
        json.stringMember("uri", artifact.uri)
        if let base = artifact.uriBaseId { json.stringMember("uriBaseId", base) }
        json.endObject()
        json.key("region")
        json.beginObject()
        json.intMember("endColumn", range.end.column)
        json.intMember("endLine", range.end.line)
        json.intMember("startColumn", range.start.column)
        json.intMember("startLine", range.start.line)
        json.endObject()
        json.endObject()
        json.endObject()
    }

    private func text(_ text: String, into json: inout PrettyJSON) {
        json.beginObject()
        json.stringMember("text", text)
        json.endObject()
    }

    /// A value as `JSONEncoder` writes it, its lines indented to sit `depth` levels deep.
    static func encoded(_ value: some Encodable, depth: Int) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let indent = [UInt8](repeating: UInt8(ascii: " "), count: depth * 2)
        var out: [UInt8] = []
        var lineStart = false
        for byte in try encoder.encode(value) {
            // A blank line (an empty container's) stays blank.
            if lineStart, byte != UInt8(ascii: "\n") { out += indent }
            out.append(byte)
            lineStart = byte == UInt8(ascii: "\n")
        }
        return out
    }
}

/// SARIF: each file's results go to a spool as they come, then the whole log goes out in order.
public struct SARIFReportStream: ReportStream {
    private let output: ReportOutput
    private let spool: Spool
    private var writer: SARIFWriter
    private var empty = true

    public init(output: ReportOutput, reporter: SARIFReporter, memoryLimit: Int = 4 << 20) {
        self.output = output
        writer = SARIFWriter(reporter: reporter)
        spool = Spool(memoryLimit: memoryLimit)
    }

    public mutating func write(_ file: FileReport) throws {
        guard !file.findings.isEmpty else { return }
        try spool.append(writer.results(file, first: empty))
        empty = false
    }

    public mutating func finish(_ report: Report) throws {
        try output.write(writer.head(report))
        var carry: [UInt8] = []
        let writer = self.writer
        let output = self.output
        try spool.forEachChunk { chunk throws(ReportOutput.Failure) in
            try output.write(writer.resolve(chunk, carry: &carry))
        }
        try output.write(writer.tail(report, empty: empty))
        try output.flush()
    }
}
