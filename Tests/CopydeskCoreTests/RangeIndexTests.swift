import Testing

@testable import CopydeskCore

@Suite struct RangeIndexTests {
    /// Ranges that overlap, nest, touch and are empty, out of order.
    static let ranges = [40..<60, 0..<10, 10..<12, 45..<50, 70..<70, 80..<200, 90..<95, 5..<8]

    @Test func answersAsAskingEveryRangeInTurn() {
        let index = RangeIndex(Self.ranges)
        for offset in -2...205 {
            #expect(index.contains(offset) == Self.ranges.contains { $0.contains(offset) }, "\(offset)")
        }
        for start in stride(from: -2, through: 205, by: 3) {
            for end in stride(from: start, through: 210, by: 7) {
                let expected = Self.ranges.contains { $0.lowerBound <= start && end <= $0.upperBound }
                #expect(index.contains(from: start, to: end) == expected, "\(start)..<\(end)")
            }
        }
    }

    @Test func anEmptyIndexHoldsNothing() {
        let index = RangeIndex([])
        #expect(index.isEmpty)
        #expect(!index.contains(0))
        #expect(!index.contains(from: 0, to: 0))
    }
}
