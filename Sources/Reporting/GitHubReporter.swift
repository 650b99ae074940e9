import CopydeskCore

/// GitHub Actions workflow commands: each finding becomes an annotation on the pull request's
/// diff (`::error`, `::warning`, `::notice`), escaped as the runner requires so nothing an
/// article says can end a command or start another.
public struct GitHubReporter: Reporter {
    public static let id = "github"
    public static let fileExtension: String? = nil

    public init() {}

    public func render(_ report: Report) throws -> String {
        var out = ""
        for file in report.files { out += render(file) }
        return out + renderEnd(report)
    }

    /// One file's annotations.
    public func render(_ file: FileReport) -> String {
        var out = ""
        for finding in file.findings {
            let start = finding.range.start
            let end = finding.range.end
            var properties: [(String, String)] = [
                ("file", file.path), ("line", String(start.line)), ("col", String(start.column)),
                ("endLine", String(end.line)),
            ]
            // The runner keeps columns only for a one-line span.
            if end.line == start.line { properties.append(("endColumn", String(end.column))) }
            properties.append(("title", finding.rule))
            out += Self.command(Self.command(for: finding.severity), properties, finding.message)
        }
        return out
    }

    /// The annotations for inputs not read.
    public func renderEnd(_ report: Report) -> String {
        var out = ""
        for error in report.errors {
            var properties: [(String, String)] = [("file", error.path)]
            if let line = error.line { properties.append(("line", String(line))) }
            if let column = error.column { properties.append(("col", String(column))) }
            properties.append(("title", "input not read"))
            out += Self.command("error", properties, error.message)
        }
        return out
    }

    static func command(for severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    static func command(_ name: String, _ properties: [(String, String)], _ message: String) -> String {
        let list = properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(name) \(list)::\(escapeData(message))\n"
    }

    /// The command's message: `%`, CR and LF percent-encoded (the runner decodes them); other
    /// control characters, which could recolour the log, replaced.
    static func escapeData(_ text: String) -> String {
        let needsWork = UTF8Scan.contains(text) { bytes, index in
            bytes[index] == UInt8(ascii: "%") || UTF8Scan.isControlOrBidi(bytes, index)
                || UTF8Scan.isNonCharacter(bytes, index)
        }
        if !needsWork { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case "\t": out += " "
            default: out.unicodeScalars.append(XMLWriter.isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    /// A property value: as data, plus `:` and `,`, which would end the value.
    static func escapeProperty(_ text: String) -> String {
        let data = escapeData(text)
        let hasSeparator = UTF8Scan.contains(data) { bytes, index in
            bytes[index] == UInt8(ascii: ":") || bytes[index] == UInt8(ascii: ",")
        }
        guard hasSeparator else { return data }
        // Foundation compares Unicode-aware; ASCII text, the usual path or id, can be done by hand.
        guard !UTF8Scan.contains(data, where: { bytes, index in bytes[index] >= 0x80 }) else {
            return data.replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
        }
        var out = ""
        out.reserveCapacity(data.utf8.count + 8)
        for byte in data.utf8 {
            switch byte {
            case UInt8(ascii: ":"): out += "%3A"
            case UInt8(ascii: ","): out += "%2C"
            default: out.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        return out
    }
}
