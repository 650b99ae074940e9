import Testing

@testable import CopydeskCore

/// `HedgeDetector.focus(of:)` reads patterns without brackets or stars in one pass; it must give
/// what reading them piece by piece gives (the general path, copied here as it stands).
@Suite struct HedgeFocusTests {
    private func pieceByPiece(_ pattern: String) -> Range<Int>? {
        var count = 0
        var lower: Int?
        var upper: Int?
        for piece in pattern.split(separator: " ") {
            let opens = piece.hasPrefix("[")
            let word = String((opens ? piece.dropFirst() : piece).filter { $0 != "]" })
            let tokens = word == "*" ? 1 : Words.tokens(in: String(word.map { $0 == "*" ? "x" : $0 })).count
            if opens { lower = count }
            count += tokens
            if piece.hasSuffix("]") { upper = count }
        }
        guard count > 0 else { return nil }
        guard let lower, let upper, lower < upper else { return 0..<count }
        return lower..<upper
    }

    @Test func everyBuiltInPatternHasTheFocusReadPieceByPiece() {
        let lexicon = HedgeLexicon.builtIn
        let patterns = lexicon.cues.map(\.pattern) + lexicon.exceptions
        #expect(patterns.count > 200)
        for pattern in patterns {
            #expect(HedgeDetector.focus(of: pattern) == pieceByPiece(pattern), "\(pattern)")
        }
    }

    @Test func edgeCases() {
        let cases: [(String, Range<Int>?)] = [
            ("", nil), ("   ", nil), ("could  potentially", 0..<2), ("it's a cure-all", 0..<3), ("1.5 times", 0..<2),
            ("café au lait", 0..<3), ("cafe\u{301} noir", 0..<2), ("-- —", nil), ("[may] be", 0..<1),
            ("some [studies suggest]", 1..<3), ("suggest*", 0..<1), ("* say", 0..<2),
        ]
        for (pattern, expected) in cases {
            #expect(HedgeDetector.focus(of: pattern) == expected, "\(pattern)")
            #expect(pieceByPiece(pattern) == expected, "\(pattern)")
        }
    }
}
