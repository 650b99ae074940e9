import Testing

@testable import CopydeskCore

/// `GroupSettings.lexicon(_:distinct:)` returns an unedited built-in list as it is: each of
/// `MedicalLexicon`'s lists passed to it holds no entry twice, so the general reading (which
/// drops repeats, compared lowercased) gives the list itself; with edits it is the general reading.
@Suite struct MedicalLexiconDistinctTests {
    static let lists: [(String, [String])] = [
        ("absolute-safety", MedicalLexicon.absoluteSafety),
        ("absolute-safety-exceptions", MedicalLexicon.absoluteSafetyExceptions),
        ("animal-evidence", MedicalLexicon.animalEvidence), ("experimental", MedicalLexicon.experimentalEvidence),
        ("cure-all", MedicalLexicon.cureAll), ("cure-all-scopes", MedicalLexicon.cureAllScopes),
        ("guarantee", MedicalLexicon.guarantee), ("guarantee-contexts", MedicalLexicon.guaranteeContexts),
        ("miracle", MedicalLexicon.miracle), ("miracle-exceptions", MedicalLexicon.miracleExceptions),
        ("observational", MedicalLexicon.observationalEvidence), ("causal-verbs", MedicalLexicon.causalVerbs),
        ("quick-fix", MedicalLexicon.quickFix), ("quick-fix-times", MedicalLexicon.quickFixTimes),
        ("replaces-care", MedicalLexicon.replacesCare), ("consult", MedicalLexicon.consultAdvice),
        ("conditions", MedicalLexicon.conditions), ("cure-verbs", MedicalLexicon.cureVerbs),
        ("relief-verbs", MedicalLexicon.reliefVerbs), ("benefit-stems", MedicalLexicon.benefitStems),
        ("care", MedicalLexicon.care),
    ]

    @Test func everyBuiltInListIsItsOwnLexicon() {
        let settings = GroupSettings()
        for (name, list) in Self.lists {
            #expect(!list.isEmpty, "\(name)")
            #expect(settings.lexicon(name, list) == list, "\(name) holds an entry twice")
            #expect(settings.lexicon(name, distinct: list) == list)
        }
    }

    @Test func anEditedListIsTheGeneralReading() {
        for (name, list) in Self.lists {
            let edits: [([String], [String])] = [
                ([], []), ([list[0].uppercased(), "zzz"], []), ([], [list[0]]), (["Q", "q"], ["q"]),
            ]
            for (added, removed) in edits {
                var settings = GroupSettings()
                settings.add[name] = added
                settings.remove[name] = removed
                #expect(settings.lexicon(name, distinct: list) == settings.lexicon(name, list), "\(name)")
            }
        }
    }

    @Test func theListsWithoutEditsAreTheGeneralReadings() {
        let (phrases, exceptions) = MedicalLexicon.lists(GroupSettings())
        var settings = GroupSettings()
        settings.add["zzz-unused"] = ["x"]
        #expect(phrases.joined().count > 300)
        #expect(phrases.count == exceptions.count)
        for (name, list) in Self.lists {
            #expect(GroupSettings().lexicon(name, distinct: list) == settings.lexicon(name, list))
        }
    }
}
