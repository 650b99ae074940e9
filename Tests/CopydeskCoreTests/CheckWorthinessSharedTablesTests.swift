import TestSupport
import Testing

@testable import CopydeskCore

/// Detectors of equal lexicons share one set of word sets and one role index, made once per
/// process (`CheckWorthiness.shared(_:)`): whatever order detectors of different lexicons are
/// made in, each reads every word's roles, and every sentence's verdict, as a detector whose
/// tables are made afresh from its own lexicons. A policy's edited lexicons are made once per
/// process and settings too (`Lexicons(settings:)`).
@Suite struct CheckWorthinessSharedTablesTests {
    static var policies: [Policy] {
        var nouns = Policy()
        nouns.checks.citations.common.add["study-nouns"] = ["Widget", "gadgets"]
        var imperatives = Policy()
        imperatives.checks.citations.common.add["imperatives"] = ["Frobnicate", "it’s"]
        imperatives.checks.citations.common.remove["imperatives"] = ["Talk", "use"]
        var both = nouns
        both.checks.citations.common.remove["study-nouns"] = ["study", "trial"]
        return [Policy(), nouns, imperatives, both]
    }

    static let words = [
        "study", "trial", "widget", "gadgets", "frobnicate", "it's", "talk", "use", "ask", "take", "if", "when",
        "many", "some", "effects", "in", "by", "half", "three", "causes", "linked", "the", "review", "café",
    ]

    /// The roles a detector of `lexicons` reads, its tables made as each detector made them.
    static func freshRoles(_ lexicons: CheckWorthiness.Lexicons, of keys: WordKeys) -> [CheckWorthiness.Roles] {
        let studyNouns = WordSet(lexicons.studyNouns.map { $0.lowercased() })
        let imperatives = WordSet(lexicons.imperatives.map { Words.folded($0.lowercased()) })
        return CheckWorthiness.RoleIndex(studyNouns: studyNouns, imperatives: imperatives).roles(of: keys)
    }

    @Test func detectorsReadAsDetectorsMadeAfresh() {
        var random = SplitMix(seed: 21)
        let policies = Self.policies
        let sentences = (0..<300).map { _ in
            (0..<(1 + random.next(10))).map { _ in Self.words[random.next(Self.words.count)] }.joined(separator: " ")
                + "."
        }
        // Detectors made in an interleaved order, each policy's more than once.
        for round in 0..<12 {
            let policy = policies[(round * 3) % policies.count]
            let detector =
                round % 2 == 0 ? CheckWorthiness(policy: policy) : CheckWorthiness(lexicons: Self.lexicons(policy))
            let fresh = Self.lexicons(policy)
            #expect(Set(detector.studyNouns) == Set(fresh.studyNouns.map { $0.lowercased() }))
            #expect(Set(detector.imperatives) == Set(fresh.imperatives.map { Words.folded($0.lowercased()) }))
            for sentence in sentences {
                let keys = SentenceText(sentence).keys
                #expect(detector.roleIndex.roles(of: keys) == Self.freshRoles(fresh, of: keys), "\(sentence)")
            }
        }
        // The edits tell: an added study noun has the role under its policy only.
        let keys = SentenceText("widget").keys
        #expect(CheckWorthiness(policy: policies[1]).roleIndex.roles(of: keys)[0].contains(.studyNoun))
        #expect(!CheckWorthiness(policy: policies[0]).roleIndex.roles(of: keys)[0].contains(.studyNoun))
    }

    /// A policy's lexicons, kept once per process and settings, are the lists its edits make
    /// afresh, whichever settings were asked for before.
    @Test func editedListsAreMadeAfresh() {
        var settings = Self.policies.map(\.checks.citations.common)
        var edited = GroupSettings()
        edited.add["efficacy"] = ["may help"]
        edited.remove["research"] = ["studies show"]
        settings.append(edited)
        for round in 0..<15 {
            let group = settings[(round * 2) % settings.count]
            #expect(CheckWorthiness.Lexicons(settings: group) == CheckWorthiness.Lexicons(editing: group))
        }
        #expect(CheckWorthiness.Lexicons(settings: edited).efficacy.contains("may help"))
        #expect(!CheckWorthiness.Lexicons(settings: GroupSettings()).efficacy.contains("may help"))
    }

    static func lexicons(_ policy: Policy) -> CheckWorthiness.Lexicons {
        CheckWorthiness.Lexicons(settings: policy.checks.citations.common)
    }
}
