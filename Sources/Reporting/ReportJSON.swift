import CopydeskCore

/// The JSON report of DESIGN.md written by hand, member by member in sorted key order, so
/// it comes out byte for byte as `JSONEncoder` (pretty, sorted keys, slashes unescaped)
/// wrote it, without a tree of the whole report; a file's entry can be written on its own.
enum ReportJSON {
    /// The whole report, with the trailing newline: the same pieces the stream writes.
    static func render(_ report: Report) -> [UInt8] {
        var bytes = ByteBuffer(capacity: 1 << 16)
        bytes.append(head(errors: report.errors))
        let templates = Templates.all
        for (index, file) in report.files.enumerated() {
            appendFileEntry(file, first: index == 0, to: &bytes, templates: templates)
        }
        bytes.append(tail(report, filesWereEmpty: report.files.isEmpty))
        return bytes.array
    }

    /// The report up to the `files` array's first entry: `{`, the errors, `"files" : [`.
    static func head(errors: [InputError]) -> [UInt8] {
        var json = PrettyJSON()
        json.beginObject()
        writeErrors(errors, into: &json)
        json.key("files")
        json.raw([UInt8(ascii: "[")])
        return json.bytes
    }

    /// One entry of the `files` array, with the separator and indent before it (`first`: no
    /// comma), appended to `bytes`. `templates` read once for a report (`Templates.all`).
    static func appendFileEntry(
        _ file: FileReport, first: Bool, to bytes: inout ByteBuffer, templates: Templates = .all
    ) {
        var json = PrettyJSON(depth: 2, appendingTo: bytes)
        json.raw(first ? entryStart : nextEntryStart)
        write(file, into: &json, templates: templates)
        bytes = json.finish()
    }

    /// The templates a file's entry is written from, in one static: each read of a static is a
    /// `swift_once`, about a hundred instructions, and a file's entry read three. (Kept by the
    /// stream instead, they changed the layout of `JSONReportStream`, which another module
    /// builds and boxes.)
    struct Templates {
        let ranges: UnsafePointer<RangeTemplate>
        let claim: ClaimTemplate
        let finding: FindingTemplate

        /// The three, read once and kept for the process's life.
        nonisolated(unsafe) static let all = Templates()

        private init() {
            ranges = RangeTemplate.all
            claim = ClaimTemplate.atReportDepth
            finding = FindingTemplate.atReportDepth
        }
    }

    /// The report after the last `files` entry (`empty`: there was none), with the trailing newline.
    static func tail(_ report: Report, filesWereEmpty empty: Bool) -> [UInt8] {
        var json = PrettyJSON(inside: 1, hasElements: true)
        writeTail(report, into: &json)
        json.endObject()
        json.raw([UInt8(ascii: "\n")])
        var bytes = Array((empty ? "\n\n  ]" : "\n  ]").utf8)
        json.append(to: &bytes)
        return bytes
    }

    private static let entryStart: [UInt8] = Array("\n    ".utf8)
    private static let nextEntryStart: [UInt8] = Array(",\n    ".utf8)

    private static func writeErrors(_ errors: [InputError], into json: inout PrettyJSON) {
        json.key("errors")
        json.beginArray()
        for error in errors {
            json.element()
            json.beginObject()
            if let column = error.column { json.intMember("column", column) }
            if let line = error.line { json.intMember("line", line) }
            json.stringMember("message", error.message)
            json.stringMember("path", error.path)
            json.endObject()
        }
        json.endArray()
    }

    /// The members after `files`: policy, schemaVersion, summary, tool.
    private static func writeTail(_ report: Report, into json: inout PrettyJSON) {
        json.key("policy")
        json.beginObject()
        json.stringMember("name", report.policy.name)
        json.stringMember("source", report.policy.source)
        json.endObject()
        json.intMember("schemaVersion", report.schemaVersion)
        let summary = report.summary
        json.key("summary")
        json.beginObject()
        json.countsMember("byCategory", summary.byCategory)
        json.countsMember("bySeverity", summary.bySeverity)
        json.stringMember("failOn", summary.failOn)
        json.boolMember("failed", summary.failed)
        json.intMember("files", summary.files)
        json.intMember("findings", summary.findings)
        json.intMember("words", summary.words)
        json.endObject()
        json.key("tool")
        json.beginObject()
        json.stringMember("name", report.tool.name)
        json.stringMember("version", report.tool.version)
        json.endObject()
    }

    static func write(_ file: FileReport, into json: inout PrettyJSON, templates: Templates = .all) {
        let ranges = templates.ranges
        json.beginObject()
        json.key("claims")
        json.beginArray()
        // Read through buffer pointers: `for finding in` and the array's subscript copy each
        // element (retaining its strings and arrays); a buffer pointer's subscript borrows it.
        file.claims.withUnsafeBufferPointer { claims in
            guard let first = claims.baseAddress else { return }
            let template = templates.claim
            for index in claims.indices {
                // Most claims from the template; the others member by member.
                if json.claimElement(first + index, template: template, ranges: ranges) { continue }
                json.element()
                write(first + index, into: &json, ranges: ranges)
            }
        }
        json.endArray()
        json.key("findings")
        json.beginArray()
        file.findings.withUnsafeBufferPointer { findings in
            guard let first = findings.baseAddress else { return }
            let template = templates.finding
            for index in findings.indices {
                // Most findings from the template; the others member by member.
                if json.findingElement(first + index, template: template, ranges: ranges) { continue }
                json.element()
                write(first + index, into: &json, ranges: ranges)
            }
        }
        json.endArray()
        json.constantMember("format", file.format.rawText)
        json.stringMember("path", file.path)
        json.intMember("sentences", file.sentences)
        if let title = file.title { json.stringMember("title", title) }
        json.intMember("words", file.words)
        json.endObject()
    }

    /// Reads the claim in place through its address, as a finding is read. The general writer
    /// of a claim: `PrettyJSON.claimElement` writes most from a template, as this writes them.
    static func write(
        _ claim: UnsafePointer<Claim>, into json: inout PrettyJSON, ranges: UnsafePointer<RangeTemplate>
    ) {
        json.beginObject()
        json.boolMember("cited", claim.pointee.cited)
        json.boolMember("hedged", claim.pointee.hedged)
        json.constantMember("kind", claim.pointee.kind.rawText)
        json.rangeMember(claim.pointee.range, templates: ranges)
        json.constantMember("strength", claim.pointee.strength.rawText)
        json.stringMember("text", at: claim.pointer(to: \.text)!)
        json.endObject()
    }

    /// Reads the finding in place through its address: handed over as a value, it was copied
    /// (its strings and arrays retained, and released after). The general writer of a finding:
    /// `PrettyJSON.findingElement` writes most from a template, as this writes them.
    static func write(_ finding: UnsafePointer<Finding>, into json: inout PrettyJSON) {
        write(finding, into: &json, ranges: RangeTemplate.all)
    }

    /// `write(finding, into: &json)`, with `RangeTemplate.all` read by the caller.
    static func write(
        _ finding: UnsafePointer<Finding>, into json: inout PrettyJSON, ranges: UnsafePointer<RangeTemplate>
    ) {
        json.beginObject()
        json.constantMember("category", finding.pointee.category.rawText)
        // A value (as the pipeline sets it) is written as its digits, without making its string.
        if let hash = finding.pointee.fingerprintHash {
            json.hexMember("fingerprint", hash)
        } else {
            json.stringMember("fingerprint", finding.pointee.fingerprint)
        }
        json.stringMember("match", at: finding.pointer(to: \.match)!)
        json.stringMember("message", at: finding.pointer(to: \.message)!)
        json.rangeMember(finding.pointee.range, templates: ranges)
        if finding.pointee.related.isEmpty {
            json.emptyArrayMember("related")
        } else {
            json.key("related")
            json.beginArray()
            for index in finding.pointee.related.indices {
                json.element()
                json.beginObject()
                json.stringMember("message", finding.pointee.related[index].message)
                json.rangeMember(finding.pointee.related[index].range, templates: ranges)
                json.endObject()
            }
            json.endArray()
        }
        json.stringMember("rule", at: finding.pointer(to: \.rule)!)
        json.stringMember("section", at: Finding.sectionAddress(in: finding))
        json.constantMember("severity", finding.pointee.severity.rawText)
        if finding.pointee.suggestions.isEmpty {
            json.emptyArrayMember("suggestions")
        } else {
            json.stringsMember("suggestions", finding.pointee.suggestions)
        }
        json.endObject()
    }
}
