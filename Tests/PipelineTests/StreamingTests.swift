import CopydeskCore
import Foundation
import Testing

@testable import Pipeline

/// Files reach the sink in report order while the parallel map finishes them in any order,
/// with a bounded number waiting.
@Suite struct StreamingTests {
    /// Records what the workers and the consumer did, from any thread.
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var started = 0
        private var consumed = 0
        private(set) var mostAhead = 0
        private(set) var finishOrder: [Int] = []

        func start() {
            lock.withLock {
                started += 1
                mostAhead = max(mostAhead, started - consumed)
            }
        }

        func finish(_ index: Int) { lock.withLock { finishOrder.append(index) } }
        func consume() { lock.withLock { consumed += 1 } }
    }

    @Test func outputsFinishedOutOfOrderAreConsumedInInputOrder() {
        let log = Log()
        var seen: [Int] = []
        // Early inputs are the slowest, so later ones are done first.
        ParallelMap.forEachInOrder(Array(0..<40), jobs: 4, window: 6) { index in
            log.start()
            usleep(useconds_t(index % 8 == 0 ? 30_000 : 1_000))
            log.finish(index)
            return index * 10
        } consume: { value in
            log.consume()
            seen.append(value)
        }
        #expect(seen == (0..<40).map { $0 * 10 })
        #expect(log.finishOrder != Array(0..<40))
        // At most `window` outputs ahead of the consumer, plus the one being consumed.
        #expect(log.mostAhead <= 7)
    }

    struct Stop: Error, Equatable {}

    @Test func aConsumerErrorStopsTheRunAndIsRethrown() {
        let log = Log()
        var seen: [Int] = []
        #expect(throws: Stop()) {
            try ParallelMap.forEachInOrder(Array(0..<1000), jobs: 3, window: 4) { index in
                log.start()
                return index
            } consume: { (value: Int) throws(Stop) in
                if value == 5 { throw Stop() }
                seen.append(value)
            }
        }
        #expect(seen == [0, 1, 2, 3, 4])
        // No input started more than the window past the failed one.
        #expect(log.started <= 6 + 4)
    }

    @Test func oneJobRunsInOrderOnTheCallingThread() {
        var seen: [String] = []
        ParallelMap.forEachInOrder(["b", "a", "c"], jobs: 1) {
            $0.uppercased()
        } consume: {
            seen.append($0)
        }
        #expect(seen == ["B", "A", "C"])
    }

    @Test func theSinkGetsEachFileSortedByPathWhateverOrderTheInputsCameIn() throws {
        let folder = try TemporaryFolder()
        var paths: [String] = []
        for name in ["d", "b", "e", "a", "c", "B", "é", "f"] {
            // Big files first in the input list, so they finish last.
            let body = String(
                repeating: "It could potentially help, according to some people. ", count: name == "d" ? 400 : 2)
            paths.append(try folder.write("\(name).md", "# \(name)\n\n\(body)\n"))
        }
        paths.append(try folder.write("bad.md", bytes: [0xFF]))
        var request = LintRequest(paths: paths, workingDirectory: folder.path, jobs: 4)
        request.minSeverity = .warning
        var streamed: [FileReport] = []
        let outcome = try Pipeline().lint(request) { streamed.append($0) }
        let names = streamed.map { URL(fileURLWithPath: $0.path).lastPathComponent }
        #expect(names == ["B.md", "a.md", "b.md", "c.md", "d.md", "e.md", "f.md", "é.md"])
        #expect(outcome.report.files.isEmpty)
        #expect(outcome.report.errors.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["bad.md"])
        // The streamed files are the collected run's, and the summary counts them.
        let whole = try Pipeline().lint(request)
        #expect(whole.report.files == streamed)
        #expect(whole.report.summary == outcome.report.summary)
        #expect(outcome.report.summary.files == 8)
        #expect(outcome.report.summary.findings == streamed.reduce(0) { $0 + $1.findings.count })
        #expect(streamed.allSatisfy { $0.findings.allSatisfy { $0.severity >= .warning } })
    }

    @Test func aSinkErrorStopsTheRunWithThatError() throws {
        let folder = try TemporaryFolder()
        for name in ["a", "b", "c"] { try folder.write("\(name).md", "# \(name)\n\nText.\n") }
        var seen = 0
        #expect(throws: PipelineError("disk full")) {
            _ = try Pipeline().lint(LintRequest(paths: [folder.path], workingDirectory: folder.path, jobs: 2)) {
                (_: FileReport) throws(PipelineError) in
                seen += 1
                if seen == 2 { throw PipelineError("disk full") }
            }
        }
        #expect(seen == 2)
    }

    @Test func theBaselineIsRecordedOnlyWhenAsked() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.md", "# A\n\nIt could potentially help, according to some people.\n")
        var request = LintRequest(paths: [folder.path], workingDirectory: folder.path)
        #expect(try Pipeline().lint(request).baseline.findings.isEmpty == false)
        request.recordsBaseline = false
        #expect(try Pipeline().lint(request).baseline.findings.isEmpty)
    }
}
