import Testing

@testable import CopydeskCore

/// `exclusion` reads a sentence's imperatives and subordinators from the roles the detector's
/// scan found, and skips its colon search for a sentence without a colon: the same answers as
/// the set lookups on a scan without roles.
@Suite struct CheckWorthinessExclusionRolesTests {
    static let sentences = [
        "Talk to your doctor before you start.", "Talk therapy can help.", "Use of statins is rising.",
        "Use a timer.", "If you take it at night, ask your pharmacist.", "If it works, it works.",
        "When in doubt, drink water.", "Tip: drink water before meals.", "Mechanism of Action: it blocks the receptor.",
        "Note: studies show it reduces pain.", "It is important to note that fasting lowers insulin.",
        "In this article, we will look at fasting.", "Does fasting work?", "Drink", "", "Call: now, talk: later.",
        "Keep in mind that the evidence is weak.", "Unless told otherwise, take two tablets.",
        "Remember: DRINK plenty of water.", "Check with your GP about whether it’s safe.",
    ]

    @Test(arguments: sentences)
    func rolesAnswerAsTheSets(_ sentence: String) {
        let detector = CheckWorthiness()
        let text = SentenceText(sentence)
        let scan = detector.scan(text)
        let withoutRoles = TextScan(text, lexical: scan.lexical, lexicons: detector.index, roles: [])
        #expect(detector.exclusion(scan) == detector.exclusion(withoutRoles))
        // (`exclusion` asks for the body's start of a sentence with words only.)
        if scan.count > 0 { #expect(detector.bodyStart(scan) == Self.bodyStartBySearch(scan)) }
    }

    /// `bodyStart` without its colon search.
    static func bodyStartBySearch(_ scan: TextScan) -> Int {
        for index in 1..<min(scan.count, 8) where scan.gap(before: index, holds: UInt8(ascii: ":")) {
            return index
        }
        return 0
    }
}
