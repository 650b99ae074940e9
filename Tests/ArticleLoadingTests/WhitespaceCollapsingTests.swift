import Testing

@testable import ArticleLoading

@Suite struct WhitespaceCollapsingTests {
    /// The definition: split on the Characters space, tab, `\n`, `\r`, no-break space.
    private func byCharacters(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{A0}" })
            .joined(separator: " ")
    }

    @Test func runsBecomeOneSpaceAndEndsGo() {
        #expect(
            ArticleDraft.collapsed("  Fasting \u{A0}— what\tthe\n\nevidence  says ")
                == "Fasting — what the evidence says")
        #expect(ArticleDraft.collapsed("a\r\nb") == "a\r\nb")
        #expect(ArticleDraft.collapsed("a\rb\n\rc") == "a b c")
        #expect(ArticleDraft.collapsed("") == "")
        #expect(ArticleDraft.collapsed(" \t ") == "")
    }

    @Test func textThatCharactersWouldJoinGoesTheCharacterWay() {
        // A combining acute accent after a space makes one Character: no separator.
        #expect(WhitespaceCollapsing.collapsed("a \u{301}b") == nil)
        #expect(ArticleDraft.collapsed("a \u{301}b") == "a \u{301}b")
        // U+0600 is prepended to what follows.
        #expect(WhitespaceCollapsing.collapsed("\u{600} x") == nil)
        #expect(WhitespaceCollapsing.collapsed("café — ok…") == "café — ok…")
    }

    /// Pieces joined at random: the byte way, when it answers, gives what Characters give.
    @Test func mixedPiecesAgreeWithCharacters() {
        let pieces = [
            " ", "  ", "\t", "\n", "\r", "\r\n", "\n\r", "\u{A0}", "a", "Word", "1.5", "—", "–", "’", "“", "…", "é",
            "e\u{301}", "\u{301}", "\u{200D}", "👍🏽", "👩‍⚕️", "\u{600}", "\u{0E33}", "\u{FE0F}", "ß", "\u{85}", "\u{AD}",
            "中文", "🇬🇧", "x\u{20DD}",
        ]
        var state: UInt64 = 0x1234_5678
        var answered = 0
        for _ in 0..<20_000 {
            var text = ""
            let count = Int(state % 7) + 1
            for _ in 0..<count {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int((state >> 33) % UInt64(pieces.count))]
            }
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            if let collapsed = WhitespaceCollapsing.collapsed(text) {
                answered += 1
                #expect(collapsed == byCharacters(text), "\(Array(text.unicodeScalars))")
            }
            #expect(ArticleDraft.collapsed(text) == byCharacters(text))
        }
        #expect(answered > 5_000)
    }
}
