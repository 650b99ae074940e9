import CopydeskCore

/// The claim ledger as a text table, for `copydesk claims`.
public struct ClaimsTable: Sendable {
    public var width: Int

    public init(width: Int = 80) {
        self.width = width
    }

    public func render(_ report: Report) -> String {
        var out = ""
        var total = 0
        for file in report.files {
            out +=
                "\(TerminalText.sanitize(file.path)) — \(file.claims.count) claim\(file.claims.count == 1 ? "" : "s")\n"
            guard !file.claims.isEmpty else {
                out += "\n"
                continue
            }
            out += "  line:col  kind        strength            cited  hedged  claim\n"
            for claim in file.claims {
                let location = "\(claim.range.start.line):\(claim.range.start.column)"
                let text = TerminalText.sanitize(claim.text)
                let shown = text.count > width ? String(text.prefix(width - 1)) + "…" : text
                out +=
                    "  " + location.padded(8) + "  " + claim.kind.rawValue.padded(10) + "  "
                    + claim.strength.rawValue.padded(18) + "  " + (claim.cited ? "yes" : "no").padded(5) + "  "
                    + (claim.hedged ? "yes" : "no").padded(6) + "  " + shown + "\n"
            }
            out += "\n"
            total += file.claims.count
        }
        for error in report.errors {
            out += "\(TerminalText.sanitize(error.location)): error \(TerminalText.sanitize(error.message))\n"
        }
        let uncited = report.files.flatMap(\.claims).filter { !$0.cited }.count
        out +=
            "\(total) claim\(total == 1 ? "" : "s") in \(report.files.count) file\(report.files.count == 1 ? "" : "s"), \(uncited) without a citation\n"
        return out
    }
}

extension String {
    fileprivate func padded(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
