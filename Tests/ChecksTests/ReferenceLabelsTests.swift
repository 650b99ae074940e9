import CopydeskCore
import TestSupport
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

/// Whether a marker points at an entry, answered without its list of entries, is what the list says.
@Test func hasEntryIsWhetherTheEntriesAreSome() {
    let labels = [
        "1", "2", "3", "12", "r1", "ref-2", "cite-note-3", "who", "WHO", "Smith", "a b", "^nhs", "[4]", "Müller", "x_5",
        "1,2", "2-4", "1–3", "", "#7",
    ]
    let position = SourcePosition(line: 1, column: 1, offset: 0)
    let range = SourceRange(start: position, end: position)
    var random = SplitMix(seed: 0xDA6)
    for _ in 0..<3_000 {
        var entries: [ReferenceEntry] = []
        for _ in 0..<random.next(6) {
            entries.append(ReferenceEntry(label: labels[random.next(labels.count)], text: "", range: range))
        }
        let table = ReferenceLabels(entries)
        for label in labels {
            for style in [CitationMarker.Style.footnote, .numbered, .superscript] {
                let marker = CitationMarker(label: label, style: style, blockIndex: 0, textOffset: 0, range: range)
                #expect(table.hasEntry(for: marker) == !table.entries(for: marker).isEmpty, "\(label) in \(entries)")
            }
        }
    }
}
