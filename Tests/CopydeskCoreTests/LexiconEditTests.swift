import Testing

@testable import CopydeskCore

/// `GroupSettings.lexicon` takes an entry in lowercase ASCII as its own lowercase: the same
/// lexicon as lowercasing every entry.
@Suite struct LexiconEditTests {
    /// The lexicon as every entry lowercased would make it.
    private static func lowercasingAll(_ settings: GroupSettings, _ name: String, _ builtIn: [String]) -> [String] {
        let removed = Set((settings.remove[name] ?? []).map { $0.lowercased() })
        var seen = Set<String>()
        var result: [String] = []
        for entry in builtIn + (settings.add[name] ?? []) {
            let lower = entry.lowercased()
            if !removed.contains(lower) && seen.insert(lower).inserted { result.append(entry) }
        }
        return result
    }

    @Test func editsAreTheEditsOfTheLowercasedEntries() {
        let builtIn = [
            "may", "May", "might", "MIGHT", "could be", "Ärzte", "ärzte", "straße", "STRASSE", "İstanbul",
            "istanbul", "café", "CAFÉ", "it's", "it’s", "", "a1-b2", "A1-B2", "ǅ", "ǆ",
        ]
        var settings = GroupSettings()
        #expect(settings.lexicon("cues", builtIn) == Self.lowercasingAll(settings, "cues", builtIn))
        settings.add["cues"] = ["Perhaps", "perhaps", "MAY", "new one", "Ǆ"]
        settings.remove["cues"] = ["MIGHT", "Café", "STRASSE"]
        settings.remove["other"] = ["may"]
        for name in ["cues", "other"] {
            #expect(settings.lexicon(name, builtIn) == Self.lowercasingAll(settings, name, builtIn))
        }
        for text in builtIn + ["Perhaps", "new one", "x\u{301}", "ABC"] {
            #expect(!GroupSettings.isLowercaseASCII(text) || text.lowercased() == text, "\(text)")
        }
    }
}
