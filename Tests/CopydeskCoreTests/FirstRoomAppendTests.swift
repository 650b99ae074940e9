import Testing

@testable import CopydeskCore

/// `append(_:firstRoom:)` and `appendFinding(_:)` make the list `append` makes, whatever the
/// number of elements; a list never appended to has no storage, and the first append makes room
/// for at least `room`.
@Suite struct FirstRoomAppendTests {
    private func finding(_ index: Int) -> Finding {
        let start = SourcePosition(line: index % 7 + 1, column: index % 3 + 1, offset: index)
        return Finding(
            rule: index % 2 == 0 ? "a.rule" : "b.rule", category: .hedging, severity: .warning,
            message: "message \(index)", match: "match \(index)", range: SourceRange(start: start, end: start),
            section: index % 3 == 0 ? nil : "section \(index)", suggestions: index % 4 == 0 ? ["fix \(index)"] : [])
    }

    @Test func appendingWithFirstRoomMakesTheListAppendMakes() {
        for room in [1, 2, 4, 9] {
            for count in 0..<40 {
                var plain: [Int] = []
                var roomy: [Int] = []
                for value in 0..<count {
                    plain.append(value * 31 % 17)
                    roomy.append(value * 31 % 17, firstRoom: room)
                    #expect(roomy.capacity >= room)
                }
                #expect(roomy == plain)
                if count == 0 { #expect(roomy.capacity == 0) }
            }
        }
    }

    @Test func appendingFindingsMakesTheListAppendMakes() {
        for count in 0..<30 {
            var plain: [Finding] = []
            var roomy: [Finding] = []
            for index in 0..<count {
                plain.append(finding(index))
                roomy.appendFinding(finding(index))
                #expect(roomy.capacity >= 4)
            }
            #expect(roomy == plain)
            if count == 0 { #expect(roomy.capacity == 0) }
        }
    }

    @Test func appendingToAListWithRoomKeepsItsStorage() {
        var list: [Int] = []
        list.reserveCapacity(2)
        list.append(1, firstRoom: 8)
        #expect(list == [1])
        #expect(list.capacity < 8)
    }
}
