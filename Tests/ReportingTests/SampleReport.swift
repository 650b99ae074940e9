import CopydeskCore

/// One fixed report every reporter renders into its golden file.
enum SampleReport {
    static func position(_ line: Int, _ column: Int, _ offset: Int) -> SourcePosition {
        SourcePosition(line: line, column: column, offset: offset)
    }

    static let report: Report = {
        let stacked = Finding(
            rule: "hedging.stacked-hedge", category: .hedging, severity: .warning,
            message: "two hedges in one clause: 'could potentially'", match: "could potentially",
            range: SourceRange(start: position(3, 27, 53), end: position(3, 44, 70)), section: "Research Overview",
            suggestions: ["could"], fingerprint: "1f2e3d4c5b6a7988")
        let repeated = Finding(
            rule: "repetition.repeated-title", category: .repetition, severity: .warning,
            message: "the title is repeated", match: "Café — Hype & Hope",
            range: SourceRange(start: position(3, 1, 26), end: position(3, 19, 47)),
            related: [
                RelatedLocation(
                    message: "first occurrence", range: SourceRange(start: position(1, 1, 0), end: position(1, 19, 21)))
            ],
            fingerprint: "0a0b0c0d0e0f1011")
        let cure = Finding(
            rule: "medical-claim.cure-claim", category: .medicalClaim, severity: .error,
            message: "'cures' claims a cure; say what the evidence shows", match: "cures",
            range: SourceRange(start: position(5, 10, 80), end: position(5, 15, 85)),
            fingerprint: "aabbccddeeff0011")
        let hostile = Finding(
            rule: "style.house", category: .style, severity: .info,
            message: "avoid '<script>alert(1)</script>' \u{1B}[31mred", match: "<script>",
            range: SourceRange(start: position(7, 1, 120), end: position(7, 9, 128)), fingerprint: "1234567890abcdef")
        var file = FileReport(
            path: "articles/café.md", format: .markdown, title: "Café — Hype & Hope", words: 120, sentences: 9,
            findings: [repeated, stacked, cure, hostile],
            claims: [
                Claim(
                    text: "Cold water cures depression.", kind: .efficacy, strength: .causal, cited: false,
                    hedged: false, range: SourceRange(start: position(5, 1, 71), end: position(5, 29, 99)))
            ])
        file.excerpts = [
            3: "Café — Hype & Hope and it could potentially help.",
            5: "Ice bath cures depression.",
            7: "<script>alert(1)</script>\u{1B}[2J",
        ]
        let summary = Report.Summary(
            files: 1, words: 120, findings: 4, failed: true, failOn: "error",
            bySeverity: ["error": 1, "warning": 2, "info": 1],
            byCategory: ["hedging": 1, "citation": 0, "repetition": 1, "medical-claim": 1, "fact-check": 0, "style": 1])
        return Report(
            tool: .init(version: "0.1.0"), policy: .init(name: "default", source: "builtin:default"), summary: summary,
            files: [file],
            errors: [InputError(path: "broken.md", message: "not valid UTF-8 at byte 7", line: 1, column: 8)])
    }()
}
