import Testing

@testable import Checks

/// Labels read on bytes normalize and split as the `Character` reading does.
@Test(
    arguments: [
        "^1", "[Who] ", "#Ref-1", "R\t1", "1,2", "1–3", "2-4", "Müller", "ÉTUDE", "", "^#[] ", "1", "who", "smith-2020",
        "cite-note-1", "müller",
    ])
func labelsNormalizeAsCharactersDo(_ label: String) {
    #expect(ReferenceLabels.normalized(label) == String(label.lowercased().filter { !"^#[] \t".contains($0) }))
}

@Test func labelsSplitIntoTheirNumbers() {
    #expect(ReferenceLabels.keys(of: "[1]") == ["1"])
    #expect(ReferenceLabels.keys(of: "1,2") == ["1", "2"])
    #expect(ReferenceLabels.keys(of: "2-4") == ["2", "3", "4"])
    #expect(ReferenceLabels.keys(of: "1–3") == ["1", "2", "3"])
    #expect(ReferenceLabels.keys(of: "cite-note-1") == ["cite-note-1"])
    #expect(ReferenceLabels.keys(of: "WHO") == ["who"])
}
