import Testing

@testable import CopydeskCore

/// The detector's role index rules most words out by their hashes before its table lookup: the
/// roles are those every word's string lookup finds, capitals, curly apostrophes and words that
/// are not ASCII included, and the filter is off when a word with a role may equal an ASCII
/// word written with other bytes.
@Suite struct CheckWorthinessRoleFilterTests {
    static let sentences = [
        "Studies show that fasting reverses type 2 diabetes in 90% of patients.",
        "Some experts believe fasting might possibly slow ageing, although this could perhaps reflect weight loss.",
        "If you take it at night, ask your pharmacist.", "Three in ten adults SAY it helps within days.",
        "Further research is needed; it’s unclear whether zinc shortens colds.",
        "Naïve café owners doubled their sales.",
        "Millions of people take half a tablet twice a day, a 2019 review found.", "", "Drink",
        "Use of statins is rising among the majority of participants.",
        "Vitamin D may reduce fatigue by 20 percent in one-third of cases.",
    ]

    @Test(arguments: sentences)
    func filteredRolesAreTheWordsRoles(_ sentence: String) {
        let detector = CheckWorthiness()
        #expect(detector.roleIndex.filtersByHash)
        let read = SentenceText(sentence)
        #expect(detector.roleIndex.roles(of: read.keys) == detector.roleIndex.roles(of: read.words))
    }

    /// A study noun with the Greek question mark, which equals `;`: every word is looked up.
    @Test func aWordThatMayEqualASCIITurnsTheFilterOff() {
        let detector = CheckWorthiness(
            lexicons: .init(studyNouns: CheckWorthiness.Lexicons.builtInStudyNouns + ["trial\u{037E}"]))
        #expect(!detector.roleIndex.filtersByHash)
        for sentence in Self.sentences + ["The trial; was small."] {
            let read = SentenceText(sentence)
            #expect(detector.roleIndex.roles(of: read.keys) == detector.roleIndex.roles(of: read.words))
        }
    }
}
