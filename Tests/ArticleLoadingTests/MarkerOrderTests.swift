import TestSupport
import Testing

@testable import ArticleLoading

/// `ArticleDraft.assembled` sorts the citation markers only when `inOrder` says they are out of
/// order: whenever it says they are in order, sorting them leaves them as they are, and
/// otherwise sorting changes them (generated markers with repeated blocks, offsets and sources).
@Suite struct MarkerOrderTests {
    @Test func inOrderIsWhatSortingLeavesAlone() {
        var generator = SplitMix(seed: 0x0DE2)
        var ordered = 0
        for round in 0..<20_000 {
            var markers: [ArticleDraft.DraftMarker] = []
            for index in 0..<generator.next(6) {
                let block = round % 3 == 0 ? index : generator.next(3)
                let offset = generator.next(3)
                let source = generator.next(4)
                markers.append(
                    .init(
                        label: "m\(index)", style: .footnote, blockIndex: block, textOffset: offset,
                        source: source..<(source + 1)))
            }
            let sorted = markers.sorted(by: ArticleDraft.precedes)
            let same = sorted.map(\.label) == markers.map(\.label)
            #expect(ArticleDraft.inOrder(markers) == same)
            if same { ordered += 1 }
        }
        #expect(ordered > 5_000)
    }
}
