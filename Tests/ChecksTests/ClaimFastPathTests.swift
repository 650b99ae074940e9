import ArticleLoading
import CopydeskCore
import Testing

@testable import Checks

/// The medical-claim checks' shortcuts give the plain answers: short benefit stems compared
/// byte by byte, and the cure-verb test read from the sentence's lexicon matches.
@Suite struct ClaimFastPathTests {
    private func sentences(_ text: String, _ policy: Policy) throws -> ClaimSentences {
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
        let forms = Set(MedicalLexicon.cureFormWords(of: MedicalLexicon.cureVerbs))
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
            // (The lexicons' index may hold the check-worthiness detector's lists before them.)
            let list = lexicons.listBase + ClaimLexicons.List.cureForms.rawValue
            #expect(sentence.mayHold(list, of: lexicons.lexicons) == plain)
            #expect(sentence.mayHold(.cureForms, of: lexicons) == plain)
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

/// `ClaimSentence.isQualified` tells a number from the text's first byte of a word where it is
/// ASCII: the same answers as the words' own test.
@Suite struct ClaimQualifierFastPathTests {
    /// `isQualified` as it read every word: `startsWithNumber` of the word.
    private func qualifiedByWords(_ sentence: ClaimSentence, _ range: Range<Int>) -> Bool {
        let clauses = sentence.clauses
        let words = sentence.words
        for index in words.indices where clauses[index] == clauses[range.lowerBound] {
            let word = words[index]
            if ClaimSentence.startsWithNumber(word) {
                if word != "100" {
                    if sentence.byte(after: index) == UInt8(ascii: "%") { return true }
                    if index + 1 < words.count, ["percent", "per"].contains(words[index + 1]) { return true }
                }
                continue
            }
            if ClaimSentence.frequencies.contains(word) { return true }
            if ["half", "third", "quarter"].contains(word), index + 1 < words.count,
                ["people", "patients", "cases", "of", "adults", "children", "women", "men"].contains(words[index + 1])
            {
                return true
            }
            if ["most", "many", "some"].contains(word), !range.contains(index),
                index == 0 || !["the", "how", "so", "too", "as"].contains(words[index - 1])
            {
                return true
            }
        }
        return false
    }

    @Test func numbersReadFromTheTextAnswerAsTheWords() throws {
        let text = """
            It cures 95% of cases. It cures ９５% of cases. It works in ’95 percent of adults. It helps 100% of people.
            It works in 3 per cent. It cures Half of adults. It cures the most patients. Ⅻ% of users recover.
            It usually helps. It cures ½ of them. It cures 1̃% of cases, but not all.
            """
        let article = try ArticleLoader().load(path: "test.md", bytes: Array(text.utf8), format: .markdown)
        let sentences = ClaimReader(policy: Policy()).sentences(in: article)
        #expect(sentences.count >= 10)
        var qualified = 0
        for sentence in sentences where !sentence.words.isEmpty {
            for start in sentence.words.indices {
                let range = start..<min(start + 2, sentence.words.count)
                #expect(sentence.isQualified(range) == qualifiedByWords(sentence, range), "\(sentence.text) \(range)")
                if sentence.isQualified(range) { qualified += 1 }
            }
        }
        #expect(qualified > 0)
    }
}
