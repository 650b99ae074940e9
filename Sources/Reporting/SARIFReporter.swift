import CopydeskCore
import Foundation

/// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, a `rules` entry per
/// rule that has a result, columns in Unicode code points, fingerprints that survive edits
/// elsewhere in the file, and unreadable inputs as tool execution notifications.
public struct SARIFReporter: Reporter {
    public static let id = "sarif"
    public static let fileExtension: String? = "sarif"
    /// Where the tool and its rules are documented.
    public static let informationURI = "https://github.com/copydesk/copydesk"
    /// The key of `partialFingerprints`; bump the version when the fingerprint recipe changes.
    public static let fingerprintKey = "copydesk/v1"

    /// What the rules say about themselves; a rule not listed is described by its id.
    public var rules: [String: CheckDescription]

    public init(rules: [CheckDescription]) {
        self.rules = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public init() { self.init(rules: []) }

    /// The log written by hand (`SARIFWriter`), byte for byte as `JSONEncoder` (pretty, sorted
    /// keys) writes the `SARIF.Log` model; the tests hold the two together.
    public func render(_ report: Report) throws -> String {
        var writer = SARIFWriter(reporter: self)
        var results: [UInt8] = []
        for file in report.files where !file.findings.isEmpty {
            results += writer.results(file, first: results.isEmpty)
        }
        var carry: [UInt8] = []
        let resolved = writer.resolve(results, carry: &carry)
        let bytes = try writer.head(report) + resolved + writer.tail(report, empty: results.isEmpty)
        return String(decoding: bytes, as: UTF8.self)
    }

    func rule(_ id: String) -> SARIF.Rule {
        let category = id.split(separator: ".", maxSplits: 1).first.map(String.init) ?? id
        guard let description = rules[id] else {
            return SARIF.Rule(
                id: id, shortDescription: SARIF.Text(text: id), help: SARIF.Text(text: id),
                defaultConfiguration: SARIF.Configuration(level: "warning"),
                properties: SARIF.PropertyBag(tags: [category]))
        }
        var help = description.summary
        if let rationale = description.rationale { help += "\n\n" + rationale }
        return SARIF.Rule(
            id: id, name: description.name, shortDescription: SARIF.Text(text: description.summary),
            fullDescription: description.rationale.map { SARIF.Text(text: $0) },
            help: SARIF.Text(text: help, markdown: Self.helpMarkdown(description)),
            helpUri: Self.informationURI + "/blob/main/docs/rules.md#" + Self.anchor(id),
            defaultConfiguration: SARIF.Configuration(level: Self.level(description.defaultSeverity)),
            properties: SARIF.PropertyBag(tags: [description.category.rawValue]))
    }

    func notification(_ error: InputError) -> SARIF.Notification {
        let region = error.line.map { SARIF.Region(startLine: $0, startColumn: error.column) }
        let location = SARIF.Location(
            physicalLocation: SARIF.PhysicalLocation(artifactLocation: Self.artifact(error.path), region: region))
        return SARIF.Notification(
            level: "error", message: SARIF.Text(text: Self.plainText(error.message)), locations: [location],
            descriptor: SARIF.DescriptorReference(id: "input-error"))
    }

    /// The rule's help for GitHub's alert page: summary, rationale, and one flagged and one
    /// passing example in fenced blocks (inert, whatever the example holds).
    static func helpMarkdown(_ description: CheckDescription) -> String {
        var out = description.summary
        if let rationale = description.rationale { out += "\n\n" + rationale }
        for (label, example) in [("Flagged", description.failing.first), ("Not flagged", description.passing.first)] {
            guard let example else { continue }
            var text = example.text
            for marker in Example.markers { text = text.replacingOccurrences(of: marker, with: "") }
            let fence = String(repeating: "`", count: max(3, longestRun(of: "`", in: text) + 1))
            out += "\n\n\(label):\n\n\(fence)text\n\(text)\n\(fence)"
        }
        return out
    }

    private static func longestRun(of character: Character, in text: String) -> Int {
        var longest = 0
        var run = 0
        for each in text {
            run = each == character ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    static func physical(_ path: String, _ range: SourceRange) -> SARIF.PhysicalLocation {
        SARIF.PhysicalLocation(
            artifactLocation: artifact(path),
            region: SARIF.Region(
                startLine: range.start.line, startColumn: range.start.column, endLine: range.end.line,
                endColumn: range.end.column))
    }

    /// A relative path stays relative to the repository root (`%SRCROOT%`, as GitHub reads it);
    /// an absolute one becomes a `file://` URI. Both percent-encoded.
    static func artifact(_ path: String) -> SARIF.ArtifactLocation {
        if path.hasPrefix("/") { return SARIF.ArtifactLocation(uri: "file://" + URIPath.encode(path)) }
        let relative = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        return SARIF.ArtifactLocation(uri: URIPath.encode(relative), uriBaseId: "%SRCROOT%")
    }

    /// A SARIF plain-text message (§3.11): square brackets escaped so no embedded link forms,
    /// a backslash before a bracket doubled,
    /// braces doubled so no placeholder does, control characters replaced.
    static func plainText(_ text: String) -> String {
        let needsWork = UTF8Scan.contains(text) { bytes, index in
            switch bytes[index] {
            case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"): true
            default: UTF8Scan.isControlOrBidi(bytes, index) || UTF8Scan.isNonCharacter(bytes, index)
            }
        }
        if !needsWork { return text }
        var out = ""
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "[": out += "\\["
            case "]": out += "\\]"
            case "\\" where index + 1 < scalars.count && (scalars[index + 1] == "[" || scalars[index + 1] == "]"):
                out += "\\\\"
            case "{": out += "{{"
            case "}": out += "}}"
            case "\n", "\t": out += " "
            case "\r": continue
            default: out.unicodeScalars.append(XMLWriter.isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    static func anchor(_ id: String) -> String {
        id.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" }
    }
}
