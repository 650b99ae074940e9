import CopydeskCore
import Testing

@testable import ArticleLoading

/// `Array.removeAllKeepingRoom()`, which empties a reader's links, markers and directives for
/// every block, against `removeAll(keepingCapacity: true)`, which it replaced.
@Suite struct RemoveAllKeepingRoomTests {
    static func link(_ number: Int) -> InlineBuilder.FoundLink {
        InlineBuilder.FoundLink(
            url: "https://example.org/" + String(repeating: "p", count: number % 23) + "\(number)",
            text: number..<(number + 3), source: (2 * number)..<(2 * number + 9))
    }

    /// Arrays of 0 to 40 links, held alone or shared with a copy, emptied both ways: both end
    /// empty with at least the room they had (when not shared), the copy keeps its links, and
    /// the links appended next read back the same.
    @Test func emptiesAsRemoveAllKeepingCapacity() {
        var generator = SystemRandomNumberGenerator()
        for count in 0...40 {
            for shared in [false, true] {
                for _ in 0..<5 {
                    let links = (0..<count).map { _ in Self.link(Int.random(in: 0..<1_000, using: &generator)) }
                    var fast = links
                    var plain = links
                    fast.reserveCapacity(count + Int.random(in: 0..<8, using: &generator))
                    plain.reserveCapacity(fast.capacity)
                    let room = fast.capacity
                    let copy = shared ? fast : []
                    fast.removeAllKeepingRoom()
                    plain.removeAll(keepingCapacity: true)
                    #expect(fast.isEmpty && plain.isEmpty)
                    if !shared { #expect(fast.capacity >= room) }
                    if shared { #expect(copy.map(\.url) == links.map(\.url)) }
                    let next = (0..<Int.random(in: 0..<6, using: &generator)).map { Self.link($0 * 7 + count) }
                    fast.append(contentsOf: next)
                    plain.append(contentsOf: next)
                    #expect(fast.map(\.url) == plain.map(\.url))
                    #expect(fast.map(\.text) == plain.map(\.text) && fast.map(\.source) == plain.map(\.source))
                }
            }
        }
    }

    /// Markers and directives (the other element types emptied) as well.
    @Test func emptiesMarkersAndDirectives() {
        for count in 0...12 {
            var markers = (0..<count).map {
                InlineBuilder.FoundMarker(label: "\($0)", style: .footnote, textOffset: $0, source: $0..<($0 + 1))
            }
            markers.removeAllKeepingRoom()
            #expect(markers.isEmpty)
            var directives = (0..<count).map {
                ArticleDraft.DraftDirective(kind: .disable, targets: ["rule-\($0)"], source: $0..<($0 + 4))
            }
            directives.removeAllKeepingRoom()
            #expect(directives.isEmpty)
        }
    }
}
