import Testing

@testable import CopydeskCore

/// `HedgeLexicon.builtIn(editedBy:)` returns the built-in lexicon as it is when the settings
/// edit no hedging lexicon: the general reading (`editing(_:)`, which orders the cues by kind and
/// drops repeats) gives it back unchanged; with an edit it is the general reading.
@Suite struct HedgeLexiconUneditedTests {
    @Test func theBuiltInLexiconIsItsOwnEditWithoutEdits() {
        let builtIn = HedgeLexicon.builtIn
        let unedited = builtIn.editing(GroupSettings())
        #expect(unedited.cues.map(\.pattern) == builtIn.cues.map(\.pattern))
        #expect(unedited.cues.map(\.kind) == builtIn.cues.map(\.kind))
        #expect(unedited == builtIn)
        #expect(builtIn.cues.count > 600)
        // Settings that edit no hedging lexicon: other names, rules, severity.
        var others = GroupSettings()
        others.add["zzz-unused"] = ["perhaps maybe"]
        others.remove["conditions"] = ["may"]
        others.add["cues"] = []
        others.rules["stacked-hedge"] = .off
        others.severity = .error
        for settings in [GroupSettings(), others] {
            #expect(!HedgeLexicon.editsAny(settings))
            #expect(HedgeLexicon.builtIn(editedBy: settings) == builtIn.editing(settings))
        }
    }

    @Test func anEditedLexiconIsTheGeneralReading() {
        let builtIn = HedgeLexicon.builtIn
        for name in HedgeLexicon.names {
            let edits: [([String], [String])] = [
                (["Perhaps Not", "zzz"], []), ([], ["may"]), ([], ["some"]), (["Q", "q"], ["q"]), ([], ["suggest*"]),
            ]
            for (added, removed) in edits {
                var settings = GroupSettings()
                if !added.isEmpty { settings.add[name] = added }
                if !removed.isEmpty { settings.remove[name] = removed }
                #expect(HedgeLexicon.editsAny(settings), "\(name)")
                #expect(HedgeLexicon.builtIn(editedBy: settings) == builtIn.editing(settings), "\(name)")
            }
        }
    }
}
