import ArticleLoading
import CopydeskCore
import Testing

@testable import Checks

/// The medical-claim checks' shortcuts give the plain answers: short benefit stems compared
/// byte by byte, and the cure-verb test read from the sentence's lexicon matches.
@Suite struct ClaimFastPathTests {
    private func sentences(_ text: String, _ policy: Policy) throws -> [ClaimSentence] {
        let article = try ArticleLoader().load(path: "test.md", bytes: Array(text.utf8), format: .markdown)
        return ClaimReader(policy: policy).sentences(in: article)
    }

    @Test func shortStemsInflectAsTheirNineForms() {
        let stems = ["cut", "ease", "fix", "e", "aid", "end", "caf\u{E9}", "cafe\u{301}"]
        let words = [
            "cut", "cuts", "cutting", "cutted", "cuted", "cute", "cutter", "eases", "easing", "eased", "easeing",
            "easeed", "eas", "fixes", "fixxing", "fixxed", "ing", "ed", "es", "aids", "aidding", "ends", "ending",
            "endded", "caf\u{E9}s", "caf\u{E9}ing", "cafe\u{301}d", "cafing", "clearly", "",
        ]
        var inflected = 0
        for stem in stems {
            let forms = BenefitWords.inflectedForms(of: stem)
            for word in words + stems.flatMap(BenefitWords.inflectedForms(of:)) {
                let plain = word != "clearly" && forms.contains(word)
                #expect(BenefitWords.inflects(word, stem) == plain, "\(word) of \(stem)")
                if plain { inflected += 1 }
            }
        }
        #expect(inflected >= 60)
        #expect(BenefitWords.asciiInflects("caf\u{E9}s", "caf\u{E9}") == nil)
        #expect(BenefitWords.asciiInflects("cutting", "cut") == true)
        #expect(BenefitWords.asciiInflects("cute", "cut") == false)
    }

    @Test func theCureFormsListTellsWhetherASentenceHoldsACureVerb() throws {
        let policy = Policy()
        let lexicons = ClaimLexicons(policy: policy)
        #expect(lexicons.matchesCureForms)
        let forms = Set(CureClaims.formWords(of: MedicalLexicon.cureVerbs))
        #expect(lexicons.phrases[ClaimLexicons.List.cureForms.rawValue] == forms.sorted())
        #expect(
            forms.isSuperset(of: [
                "cure", "cures", "cured", "heals", "healed", "prevents", "remedy", "remedies", "get", "gets", "wipe",
            ]))
        let text = """
            It cures acne. Nothing here helps. They wipe out pests. Remedies abound; WARD off colds. The cure’s \
            price fell. Healing takes time. It PREVENTS falls.
            """
        let read = try sentences(text, policy)
        #expect(read.count == 7)
        var holding = 0
        for sentence in read {
            let plain = sentence.words.contains { forms.contains($0) }
            #expect(sentence.mayHold(ClaimLexicons.List.cureForms.rawValue, of: lexicons.lexicons) == plain)
            #expect(sentence.mayHold(ClaimLexicons.List.cureForms.rawValue, of: lexicons) == plain)
            if plain { holding += 1 }
        }
        #expect(holding == 4)
        // A verb the matcher reads otherwise than as one plain word turns the shortcut off.
        var edited = Policy()
        edited.checks.medicalClaims.common.add["cure-verbs"] = ["fix*"]
        #expect(!ClaimLexicons(policy: edited).matchesCureForms)
        edited.checks.medicalClaims.common.add["cure-verbs"] = ["mend"]
        #expect(ClaimLexicons(policy: edited).matchesCureForms)
    }
}
