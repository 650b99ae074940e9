import Foundation
import Testing

@testable import CopydeskCore

/// `LexiconWord.words(of:)` splits plain phrases at their spaces: the words must be the ones
/// `Words.tokens` finds (`tokenizedWords`), and any other phrase must take the tokenized reading.
@Suite struct LexiconWordTests {
    @Test func plainPhrasesSplitAtSpaces() {
        #expect(
            LexiconWord.plainWords(of: "it is possible that") == [
                .exact("it"), .exact("is"), .exact("possible"), .exact("that"),
            ])
        #expect(LexiconWord.plainWords(of: "  covid 19  ") == [.exact("covid"), .exact("19")])
        #expect(LexiconWord.plainWords(of: "") == [])
        #expect(LexiconWord.plainWords(of: "wildcardstar") == [.any])
        #expect(LexiconWord.plainWords(of: "curewildcardstar") == [.prefix("cure")])
    }

    @Test func oneWordPhrasesAreTheirWord() {
        #expect(LexiconWord.plainWords(of: "may") == [.exact("may")])
        #expect(LexiconWord.plainWords(of: "covid19") == [.exact("covid19")])
        #expect(LexiconWord.plainWords(of: " may") == [.exact("may")])
        #expect(LexiconWord.plainWords(of: "xwildcardstar") == [.prefix("x")])
        #expect(LexiconWord.plainWords(of: "ildcardstar") == [.exact("ildcardstar")])
    }

    /// The byte replacement of an ASCII phrase's stars gives what Foundation's does.
    @Test(arguments: ["cure*", "* study", "*", "**", "a*b*c", "no star", "Cure* ALL*", "caf\u{E9}*", "*\u{301}"])
    func starsAreSpelledAsFoundationSpellsThem(_ phrase: String) {
        #expect(LexiconWord.starsSpelled(phrase) == phrase.replacingOccurrences(of: "*", with: "WILDCARDSTAR"))
    }

    @Test(arguments: [
        "May", "cure-all", "alzheimer's", "it’s", "cure*", "* study", "1.5 times", "naïve", "a\tb", "a,b", "ÉTÉ",
    ])
    func otherPhrasesAreTokenized(_ phrase: String) {
        #expect(LexiconWord.plainWords(of: phrase) == nil)
        #expect(LexiconWord.words(of: phrase) == LexiconWord.tokenizedWords(of: phrase))
    }

    @Test func builtInLexiconsReadAsTokenized() {
        var phrases = HedgeLexicon.builtIn.cues.map(\.pattern) + HedgeLexicon.builtIn.exceptions
        phrases += MedicalLexicon.conditions + MedicalLexicon.miracle + MedicalLexicon.guarantee
        phrases += MedicalLexicon.absoluteSafety + MedicalLexicon.cureAll + MedicalLexicon.quickFix
        phrases += CheckWorthiness.Lexicons.builtInEfficacy + CheckWorthiness.Lexicons.builtInCausal
        phrases += CheckWorthiness.Lexicons.builtInSafety + CheckWorthiness.Lexicons.builtInSuperlatives
        var plain = 0
        for phrase in phrases {
            #expect(LexiconWord.words(of: phrase) == LexiconWord.tokenizedWords(of: phrase), "\(phrase)")
            if LexiconWord.plainWords(of: phrase) != nil { plain += 1 }
        }
        // Most entries take the plain reading, or it would not be worth having.
        #expect(plain * 2 > phrases.count)
    }
}
