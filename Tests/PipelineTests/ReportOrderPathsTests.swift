import Testing

@testable import Pipeline

/// `Pipeline.inReportOrder` hands a list already in order back as it is, and sorts any other:
/// either way the order is the one the sort of every list gave.
@Suite struct ReportOrderPathsTests {
    /// By the name shown (`stdinName` for `-`), then by place in the list: the sort every list went through.
    func sorted(_ paths: [String], stdinName: String) -> [String] {
        let shown = { (path: String) in path == "-" ? stdinName : path }
        return paths.enumerated().sorted { (shown($0.element), $0.offset) < (shown($1.element), $1.offset) }.map(
            \.element)
    }

    @Test func listsInOrderOrNotComeOutAsTheSortPutsThem() {
        var state: UInt64 = 28
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let names = ["a.md", "b.md", "B.md", "d/a.md", "d/é.md", "-", "<stdin>", "z.txt", "a.md"]
        for _ in 0..<2_000 {
            var paths = (0..<next(7)).map { _ in names[next(names.count)] }
            let stdinName = next(2) == 0 ? "<stdin>" : "c.md"
            // Half the lists in order already, as discovery gives a folder's files.
            if next(2) == 0 { paths = sorted(paths, stdinName: stdinName) }
            #expect(Pipeline.inReportOrder(paths, stdinName: stdinName) == sorted(paths, stdinName: stdinName))
        }
    }
}
