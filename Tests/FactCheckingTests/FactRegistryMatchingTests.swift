import CopydeskCore
import Testing

struct FactRegistryMatchingTests {
    let matcher = FactRegistryMatcher(Fixture.health)

    func ids(_ sentence: String) -> [String] {
        matcher.matches(in: sentence).map(\.claim.id)
    }

    @Test(
        "a claim matches whatever its wording and word order",
        arguments: [
            ("Vaccines cause autism.", "vaccines-cause-autism"),
            ("Autism is caused by the MMR vaccine.", "vaccines-cause-autism"),
            ("Her son became autistic after his MMR jab.", "vaccines-cause-autism"),
            ("Childhood vaccinations may trigger autism.", "vaccines-cause-autism"),
            ("5G masts are spreading the coronavirus.", "5g-spreads-covid"),
            ("Ivermectin cured my COVID in two days.", "ivermectin-treats-covid"),
            ("Antibiotics help you get over a cold faster.", "antibiotics-treat-viral-infections"),
            ("Cracking your knuckles will give you arthritis.", "knuckle-cracking-arthritis"),
            ("HIV does not cause AIDS.", "hiv-does-not-cause-aids"),
            ("Drinking chlorine dioxide cures autism.", "mms-bleach-cures"),
        ])
    func matches(sentence: String, id: String) {
        #expect(ids(sentence).contains(id), "\(sentence) → \(ids(sentence))")
    }

    @Test(
        "a sentence that denies or debunks the claim does not match",
        arguments: [
            "There is no link between vaccines and autism.",
            "Vaccines do not cause autism.",
            "Vaccines don’t cause autism.",
            "The myth that the MMR vaccine causes autism came from a retracted paper.",
            "It is not true that 5G spreads the coronavirus.",
            "Contrary to rumours, ivermectin does not treat COVID-19.",
            "Some parents fear that vaccines cause autism.",
            "Large studies have debunked the idea that vaccines cause autism.",
            "Antibiotics do not work against colds.",
        ])
    func debunked(sentence: String) {
        #expect(ids(sentence).isEmpty, "\(sentence) → \(ids(sentence))")
    }

    @Test(
        "sentences on the same topic without the claim do not match",
        arguments: [
            "Autism is diagnosed more often than it was in the 1990s.",
            "The MMR vaccine protects against measles; autism is usually diagnosed later.",
            "Antibiotics treat bacterial pneumonia.",
            "Smoking causes lung cancer.",
        ])
    func unrelated(sentence: String) {
        let flagged = matcher.matches(in: sentence).filter { $0.claim.verdict != .true }.map(\.claim.id)
        #expect(flagged.isEmpty, "\(sentence) → \(flagged)")
    }

    @Test("every flagged entry matches its own canonical wording", arguments: Fixture.health.claims)
    func matchesItsOwnClaim(_ claim: KnownClaim) {
        #expect(ids(claim.claim + ".").contains(claim.id), "\(claim.id): '\(claim.claim)' → \(ids(claim.claim + "."))")
    }

    @Test func aParenthesisDoesNotSplitTheClauseAroundIt() {
        #expect(
            ids("Taking paracetamol (acetaminophen) in pregnancy causes autism.") == ["paracetamol-pregnancy-autism"])
        #expect(ids("Vaccines (and there is no link to autism) are safe.").isEmpty)
    }

    @Test func matchRangeSpansTheMatchedWords() throws {
        let sentence = "In his view, autism is caused by the MMR vaccine, he said."
        let match = try #require(matcher.matches(in: sentence).first)
        let bytes = Array(sentence.utf8)
        #expect(String(decoding: bytes[match.range], as: UTF8.self) == "autism is caused by the MMR")
    }

    @Test func phraseWithItsOwnNegationMatchesButADenialOfItDoesNot() {
        #expect(ids("HIV does not cause AIDS, he told the crowd.") == ["hiv-does-not-cause-aids"])
        #expect(ids("It is a myth that HIV does not cause AIDS.").isEmpty)
    }

    @Test func trueClaimsMatchWithTheirVerdict() throws {
        let match = try #require(matcher.matches(in: "Smoking causes lung cancer.").first)
        #expect(match.claim.id == "smoking-causes-lung-cancer")
        #expect(match.claim.verdict == .true)
    }

    @Test func prefixAndMultiWordVariants() {
        let registry = FactRegistry(claims: [
            KnownClaim(
                id: "acv-cures-diabetes", claim: "Apple cider vinegar cures diabetes",
                match: .init(terms: [["apple cider vinegar", "acv"], ["diabet*"], ["cure*"]]), verdict: .false,
                source: .init(citation: "Example", url: "https://example.org"))
        ])
        let matcher = FactRegistryMatcher(registry)
        #expect(matcher.matches(in: "Apple cider vinegar cures diabetes.").count == 1)
        #expect(matcher.matches(in: "Diabetics are cured by a spoon of ACV.").count == 1)
        #expect(matcher.matches(in: "Apple juice cures diabetes.").isEmpty)
        #expect(matcher.matches(in: "Apple cider vinegar cures diabetes? No.").count == 1)
    }

    @Test func entriesSharingAStemAndPhrasesStartingWithAPrefixOrWildcardStillMatch() {
        func claim(_ id: String, phrases: [String] = [], terms: [[String]] = []) -> KnownClaim {
            KnownClaim(
                id: id, claim: id, match: .init(phrases: phrases, terms: terms), verdict: .false,
                source: .init(citation: "Example", url: "https://example.org"))
        }
        let matcher = FactRegistryMatcher(
            FactRegistry(claims: [
                claim("vaccines-autism", terms: [["vaccin*"], ["autism"]]),
                claim("vaccines-sids", terms: [["vaccin*", "jabs"], ["sids"]]),
                claim("detox-wildcard", phrases: ["* detox cleanses"]),
                claim("juice-prefix", phrases: ["juic* cures cancer"]),
                claim("sugar-exact", phrases: ["sugar feeds cancer"], terms: [["sugar"], ["tumour*"]]),
            ]))
        func ids(_ sentence: String) -> [String] { matcher.matches(in: sentence).map(\.claim.id) }

        // One stem answers for both entries; the second needs its other group too.
        #expect(ids("Vaccination is blamed for autism and SIDS.") == ["vaccines-autism", "vaccines-sids"])
        #expect(ids("Vaccines were blamed for autism.") == ["vaccines-autism"])
        #expect(ids("Jabs were blamed for SIDS.") == ["vaccines-sids"])
        #expect(ids("Vaccines were blamed for nothing.").isEmpty)
        // Phrases whose first word is a wildcard or a prefix are always tried.
        #expect(ids("A green detox cleanses the liver.") == ["detox-wildcard"])
        #expect(ids("Juicing cures cancer, they say.") == ["juice-prefix"])
        // An exact first word rules the phrase out when absent, and the terms are still tried.
        #expect(ids("Sugar feeds cancer.") == ["sugar-exact"])
        #expect(ids("Sugar makes tumours grow.") == ["sugar-exact"])
        #expect(ids("Honey feeds cancer.").isEmpty)
    }

    @Test func prefixesMatchWordsWrittenWithOtherBytesOrStartingWithOtherLetters() {
        let matcher = FactRegistryMatcher(
            FactRegistry(claims: [
                KnownClaim(
                    id: "summer-heat", claim: "Summers are hot", match: .init(terms: [["été*"], ["chaud*"]]),
                    verdict: .false, source: .init(citation: "Example", url: "https://example.org"))
            ]))
        #expect(matcher.matches(in: "Les étés sont chauds.").count == 1)
        // The same words with decomposed accents are the same words.
        #expect(matcher.matches(in: "Les e\u{301}te\u{301}s sont chauds.").count == 1)
        #expect(matcher.matches(in: "Les étés sont froids, pas achauds.").isEmpty)
    }
}

/// A sentence the stage has read already is matched as its text is.
struct FactRegistryReadMatchingTests {
    @Test(
        arguments: [
            "Vaccines cause autism.", "Autism is caused by the MMR vaccine.",
            "There is no link between vaccines and autism.",
            "Ivermectin cured my COVID in two days.",
            "Vaccines don’t cause autism, but MMR jabs cause autism (in theory).",
            "Cracking your knuckles will give you arthritis.", "", "...", "Sugar makes children hyperactive",
        ])
    func readSentenceMatchesAsItsText(_ sentence: String) {
        let matcher = FactRegistryMatcher(Fixture.health)
        let read = matcher.matches(in: SentenceText(sentence))
        #expect(read == matcher.matches(in: sentence))
    }

    @Test func readSentenceMatchesExactly() {
        let matcher = FactRegistryMatcher(Fixture.health)
        let sentence = "Autism is caused by the MMR vaccine."
        let matches = matcher.matches(in: SentenceText(sentence))
        #expect(matches.map(\.claim.id) == ["vaccines-cause-autism"])
        #expect(matches.map(\.range) == [0..<27])
    }
}
