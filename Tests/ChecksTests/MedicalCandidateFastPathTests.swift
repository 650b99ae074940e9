import ArticleLoading
import CopydeskCore
import TestSupport
import Testing

@testable import Checks

/// The medical-claim checks pass over the sentences that can hold nothing they report, and
/// compare a word only with the benefit stems that can match it: the same answers as reading
/// every sentence and every stem.
@Suite struct MedicalCandidateFastPathTests {
    private let text = """
        It cures acne, arthritis, eczema and asthma. Nothing here helps. This miracle pill is 100% safe \
        and has no side effects. Results are guaranteed within days. Try herbs instead of chemotherapy. \
        A study of mice found that the drug protects your heart. Is it completely safe? Coffee drinkers \
        live longer, an observational study found, so coffee prevents heart disease. Stop taking your \
        insulin. It boosts immunity overnight and eases pain fast. Caf\u{E9}ing café-lovers édified.
        """

    private func sentences(_ policy: Policy) throws -> ClaimSentences {
        let article = try ArticleLoader().load(path: "test.md", bytes: Array(text.utf8), format: .markdown)
        return ClaimReader(policy: policy).sentences(in: article)
    }

    @Test func aSentenceThatCannotMatchAListHasNoMatchOfIt() throws {
        let policy = Policy()
        let read = try sentences(policy)
        #expect(read.count >= 10)
        var candidates = 0
        for list in ClaimLexicons.List.allCases {
            let phrases = ClaimPhrases(policy: policy, list)
            for sentence in read {
                if phrases.mayMatch(in: sentence) {
                    candidates += 1
                } else {
                    #expect(phrases.matches(in: sentence).isEmpty, "\(list) in \(sentence.text)")
                    #expect(phrases.claims(in: sentence, qualifiable: true).isEmpty)
                }
            }
        }
        #expect(candidates >= 10)
        let cures = CureClaims(policy: policy)
        var claiming = 0
        for sentence in read where !cures.mayClaim(in: sentence) {
            #expect(cures.claims(in: sentence).isEmpty, "\(sentence.text)")
        }
        for sentence in read where !cures.claims(in: sentence).isEmpty { claiming += 1 }
        #expect(claiming >= 2)
    }

    /// `BenefitWords.length(at:in:)` as it read every stem.
    private func plainLength(_ stems: [[String]], at index: Int, in words: [String]) -> Int? {
        stems.first { BenefitWords.matches($0, at: index, in: words) }?.count
    }

    @Test func benefitStemsAreComparedOnlyWithWordsTheyCanMatch() {
        var policy = Policy()
        policy.checks.medicalClaims.common.add["benefit-stems"] = [
            "e", "x", "caf\u{E9}", "cafe\u{301}", "\u{E9}dif", "e\u{301}co", "ease up", "aid", "Boost",
        ]
        let stems = policy.medicalLexicon("benefit-stems", MedicalLexicon.benefitStems).map {
            $0.lowercased().split(separator: " ").map(String.init)
        }
        let benefits = BenefitWords(policy: policy)
        let words = [
            "eases", "easing", "ease", "up", "ing", "ed", "es", "xing", "xxed", "caf\u{E9}s", "cafe\u{301}d",
            "caf\u{E9}ing", "\u{E9}difies", "e\u{301}difies", "\u{E9}cology", "e\u{301}cology", "aids", "aidding",
            "boosts", "boosting", "relieves", "heals", "clearly", "cures", "improves", "", "Eases", "1", "ça",
        ]
        var found = 0
        for index in 0...words.count {
            let length = benefits.length(at: index, in: SentenceWords(words))
            #expect(length == plainLength(stems, at: index, in: words), "at \(index)")
            if length != nil { found += 1 }
        }
        #expect(found >= 12)
    }

    /// Benefit words read once per process for each list of stems (`BenefitWords.built`): policies
    /// with generated edits to the stems, asked for in turn and again, each against the plain
    /// reading of its own stems over generated words, so a reading kept for one list never
    /// answers for another.
    @Test func benefitWordsKeptForAListAnswerOnlyForThatList() {
        var state: UInt64 = 0xBE9E
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let extra = ["zap", "zip up", "caf\u{E9}", "boost", "aid", "soothe", "x", "quell"]
        var policies: [Policy] = [Policy()]
        for _ in 0..<6 {
            var policy = Policy()
            policy.checks.medicalClaims.common.add["benefit-stems"] = (0..<(1 + next(3))).map { _ in
                extra[next(extra.count)]
            }
            if next(2) == 0 {
                policy.checks.medicalClaims.common.remove["benefit-stems"] = [
                    MedicalLexicon.benefitStems[next(MedicalLexicon.benefitStems.count)]
                ]
            }
            policies.append(policy)
        }
        let vocabulary = [
            "zaps", "zipping", "up", "cafés", "boosts", "aids", "soothes", "quelled", "eases", "cures", "heals",
            "relieves", "improves", "the", "x", "xing", "",
        ]
        for round in 0..<60 {
            let policy = policies[round % policies.count]
            let stems = policy.medicalLexicon("benefit-stems", MedicalLexicon.benefitStems).map {
                $0.lowercased().split(separator: " ").map(String.init)
            }
            let benefits = BenefitWords(policy: policy)
            let words = (0..<(1 + next(8))).map { _ in vocabulary[next(vocabulary.count)] }
            for index in 0...words.count {
                #expect(
                    benefits.length(at: index, in: SentenceWords(words)) == plainLength(stems, at: index, in: words),
                    "round \(round) at \(index): \(words)")
            }
        }
    }
}

/// A cure claim's candidate verbs are the tokens of the sentence's `cureForms` matches, found
/// when it was read: the words that looking each one up among the cure verbs' forms finds.
@Suite struct CureFormStartsTests {
    @Test func formStartsAreTheWordsThatAreCureVerbForms() throws {
        var random = SplitMix(state: 23)
        let vocabulary = [
            "cure", "cures", "cured", "Cure", "CURES", "curing", "heal", "heals", "healed", "reverse", "reverses",
            "treat", "treats", "ward", "off", "get", "rid", "of", "wipe", "out", "remedy", "remedies", "Remedies",
            "cure’s", "cure's", "cure-all", "prevent", "prevents", "beat", "acne", "diabetes", "arthritis", "it",
            "this", "can", "a", "for", "and", "tea", "caf\u{E9}", "réverse", "cures,", "(cures)", "\"heal\"",
        ]
        var edited = Policy()
        edited.checks.medicalClaims.common.add["cure-verbs"] = ["knock out", "fix"]
        edited.checks.medicalClaims.common.remove["cure-verbs"] = ["treat"]
        for policy in [Policy(), edited] {
            let cures = CureClaims(policy: policy)
            let reader = ClaimReader(policy: policy)
            var starts = 0
            for _ in 0..<60 {
                let sentences = (0..<Int.random(in: 1...6, using: &random)).map { _ in
                    (0..<Int.random(in: 1...14, using: &random)).map { _ in
                        vocabulary.randomElement(using: &random)!
                    }.joined(separator: " ") + "."
                }
                let text = sentences.joined(separator: " ")
                let article = try ArticleLoader().load(path: "test.md", bytes: Array(text.utf8), format: .markdown)
                for sentence in reader.sentences(in: article) {
                    let plain = cures.scannedFormStarts(in: sentence)
                    if cures.mayClaim(in: sentence) {
                        #expect(cures.formStarts(in: sentence) == plain, "\(sentence.text)")
                    } else {
                        #expect(plain.isEmpty, "\(sentence.text)")
                    }
                    starts += plain.count
                }
            }
            #expect(starts >= 100)
        }
    }
}

/// A list's exceptions and `%` entries are told by the entry that matched, worked out once per
/// entry, and the other matches are kept without hashing their phrase: the matches that
/// lowercasing and looking up each match's phrase keeps.
@Suite struct ClaimPhraseExceptionsTests {
    @Test func matchesAreThePlainReadingsMatches() throws {
        var random = SplitMix(state: 31)
        let pieces = [
            "zero risk factors", "zero risk", "Zero Risk Factors", "100% safe", "100 safe", "100 % safe", "100%safe",
            "100% effective", "100 effective", "100% guaranteed", "breakthrough therapy", "breakthrough", "miracle",
            "revolutionary war", "revolutionary", "completely safe", "no side effects", "a Caf\u{E9} Remedy",
            "caf\u{E9} remedy", "cure-all", "panacea", "it", "is", "and", "for", "everyone", "%", "safe",
        ]
        var edited = Policy()
        edited.checks.medicalClaims.common.add["absolute-safety"] = ["caf\u{E9} remedy", "50% safe"]
        edited.checks.medicalClaims.common.add["absolute-safety-exceptions"] = ["CAF\u{C9} REMEDY", "100% SAFE"]
        edited.checks.medicalClaims.common.add["miracle-exceptions"] = ["Miracle"]
        for policy in [Policy(), edited] {
            let reader = ClaimReader(policy: policy)
            let lists = ClaimLexicons.List.allCases.map { ClaimPhrases(policy: policy, $0) }
            var matched = 0
            for _ in 0..<80 {
                let text = (0..<Int.random(in: 1...4, using: &random)).map { _ in
                    (0..<Int.random(in: 1...8, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                        .joined(separator: " ") + "."
                }.joined(separator: " ")
                let article = try ArticleLoader().load(path: "x.md", bytes: Array(text.utf8), format: .markdown)
                for sentence in reader.sentences(in: article) {
                    for phrases in lists {
                        let plain = phrases.plainMatches(in: sentence)
                        #expect(phrases.matches(in: sentence) == plain, "\(sentence.text)")
                        matched += plain.count
                    }
                }
            }
            #expect(matched >= 200)
        }
    }
}

extension ClaimPhrases {
    /// `matches(in:)` as it read each match: its phrase lowercased and looked up among the
    /// exceptions, then among the `%` entries.
    func plainMatches(in sentence: ClaimSentence) -> [PhraseMatcher.Match] {
        guard mayMatch(in: sentence) else { return [] }
        let exceptions = Set(lexicons.exceptions[list.rawValue].map { $0.lowercased() })
        let percentEntries = Set(lexicons.phrases[list.rawValue].filter { $0.contains("%") })
        return lexicons.matches(list, in: sentence).filter { match in
            if !exceptions.isEmpty, exceptions.contains(match.phrase.lowercased()) { return false }
            if !percentEntries.isEmpty, percentEntries.contains(match.phrase) {
                guard let percent = match.phrase.firstIndex(of: "%") else { return true }
                let before = Words.tokens(in: String(match.phrase[..<percent])).count
                return sentence.byte(after: match.tokenRange.lowerBound + before - 1) == UInt8(ascii: "%")
            }
            return true
        }
    }
}
