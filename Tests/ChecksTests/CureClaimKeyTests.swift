import ArticleLoading
import CopydeskCore
import Testing

@testable import Checks

/// `CureClaims` looks the words around a cure word up in its word sets by their keys: the same
/// answers as looking their strings up, at every word of many generated sentences.
@Suite struct CureClaimKeyTests {
    static func isNounUse(_ form: CureClaims.Form, at index: Int, _ words: SentenceWords) -> Bool {
        if form == .noun { return true }
        guard words[index].hasPrefix("cure") else { return false }
        let previous = index > 0 ? words[index - 1] : ""
        let next = index + 1 < words.count ? words[index + 1] : ""
        return CureClaims.determiners.contains(previous) || CureClaims.cureAdjectives.contains(previous)
            || next == "for"
    }

    static func nounClaims(at index: Int, _ words: SentenceWords) -> Bool {
        let next = index + 1 < words.count ? words[index + 1] : ""
        if next == "rate" || next == "rates" { return false }
        let before = words[max(0, index - 6)..<index]
        return !before.contains { CureClaims.searchWords.contains($0) }
    }

    /// `asserts` as it read the words' strings.
    static func asserts(_ form: CureClaims.Form, at index: Int, in sentence: ClaimSentence, hedged: Bool) -> Bool {
        let words = sentence.words
        let previous = index > 0 ? words[index - 1] : ""
        let beforePrevious = index > 1 ? words[index - 2] : ""
        if CureClaims.softeners.contains(previous) || CureClaims.softeners.contains(beforePrevious) { return false }
        if index > 1, words[..<index].suffix(3).contains("how") { return false }
        switch form {
        case .noun: return false
        case .third:
            return !CureClaims.determiners.contains(previous) && !CureClaims.nounModifiers.contains(previous)
        case .past:
            let next = index + 1 < words.count ? words[index + 1] : ""
            return !CureClaims.curedFoods.contains(next) && !CureClaims.determiners.contains(previous)
        case .base:
            if hedged, index > 0, ["may", "might", "could"].contains(previous) { return true }
            return CureClaims.assertsBaseForm(at: index, in: sentence)
        }
    }

    private static let pieces = [
        "cure", "Cure", "cures", "cured", "curea", "remedy", "a", "A", "the", "The", "natural", "Proven", "for",
        "rate", "rates", "closer", "Toward", "find", "search", "new", "is", "Is", "are", "was", "been", "being",
        "be", "cancer", "acne", "tea", "it", "and", ",", "caf\u{E9}", "na\u{EF}ve", "th\u{E9}", "\u{2019}s",
        "miracle", "magic", "real", "only", "research", "hope", "their", "my", "possible", "Potential",
        "help", "Helps", "aiding", "how", "How", "sweet", "dog", "meat", "Bacon", "fish", "may", "Might", "could",
        "can", "to", "shown", "doctors", "treats", "prevent", "your", "but", "But", "yet", "however", "though",
        "although", "whereas", "butter", "b\u{FC}t",
    ]

    @Test func keyLookupsAreStringLookups() throws {
        var seed: UInt64 = 7
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let claims = CureClaims(policy: Policy())
        let hedgedClaims = CureClaims(
            policy: Policy(), verbs: MedicalLexicon.cureVerbs + MedicalLexicon.reliefVerbs, includeHedged: true)
        var asserted = 0
        var contrasts = 0
        var compared = 0
        var nouns = 0
        var claimed = 0
        for round in 0..<300 {
            var sentences: [String] = []
            for _ in 0..<8 {
                let words = (0..<(1 + next(14))).map { _ in Self.pieces[next(Self.pieces.count)] }
                sentences.append(words.joined(separator: " ") + ".")
            }
            let article = try ArticleLoader().load(
                path: "test\(round).md", bytes: Array(sentences.joined(separator: " ").utf8), format: .markdown)
            for sentence in ClaimReader(policy: Policy()).sentences(in: article) {
                let words = sentence.words
                for index in words.indices {
                    for form in [CureClaims.Form.base, .third, .past, .noun] {
                        let noun = Self.isNounUse(form, at: index, words)
                        #expect(claims.isNounUse(form, at: index, sentence) == noun, "\(index) \(sentence.text)")
                        if noun && form != .noun { nouns += 1 }
                    }
                    for form in [CureClaims.Form.base, .third, .past, .noun] {
                        let plain = Self.asserts(form, at: index, in: sentence, hedged: false)
                        #expect(claims.asserts(form, at: index, in: sentence) == plain, "\(index) \(sentence.text)")
                        #expect(
                            hedgedClaims.asserts(form, at: index, in: sentence)
                                == Self.asserts(form, at: index, in: sentence, hedged: true))
                        if plain { asserted += 1 }
                    }
                    for to in index...words.count {
                        let plain =
                            index + 1 < to
                            && words[(index + 1)..<to].contains {
                                ["but", "although", "though", "however", "whereas", "yet"].contains($0)
                            }
                        #expect(sentence.contrastBetween(index, to) == plain, "\(index) \(to) \(sentence.text)")
                        if plain { contrasts += 1 }
                    }
                    let searched = Self.nounClaims(at: index, words)
                    #expect(claims.nounClaims(at: index, sentence) == searched, "\(index) \(sentence.text)")
                    if !searched { claimed += 1 }
                    if index > 0 {
                        #expect(
                            CureClaims.passiveAuxiliaries.contains(in: sentence.keys, at: index - 1)
                                == ["be", "is", "are", "was", "were", "been", "being"].contains(words[index - 1]))
                    }
                    compared += 1
                }
            }
        }
        #expect(compared > 5_000)
        #expect(nouns > 500)
        #expect(claimed > 500)
        #expect(asserted > 500)
        #expect(contrasts > 500)
    }
}
