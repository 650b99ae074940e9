import Foundation
import Testing

@testable import Pipeline

/// The parallel map's contract under many inputs of uneven cost: outputs in input order on the
/// calling thread, at most `jobs` transforms at once, no input started more than `window` past
/// the output being handed over, and a consumer's error stopping the run.
@Suite(.timeLimit(.minutes(1))) struct ParallelMapTests {
    /// What the transforms and the consumer did, from any thread.
    final class Record: @unchecked Sendable {
        private let lock = NSLock()
        private var running = 0
        private var handedOver = 0
        private(set) var mostRunning = 0
        private(set) var started: [Int] = []
        /// Inputs started before the output `window` places earlier was being handed over.
        private(set) var tooFarAhead: [Int] = []
        private(set) var runningAtEnd = 0
        let window: Int

        init(window: Int) { self.window = window }

        func start(_ index: Int) {
            lock.withLock {
                running += 1
                mostRunning = max(mostRunning, running)
                started.append(index)
                // Output `index - window` must be handed over by now; `handedOver` counts the
                // consume calls that began, which may trail the buffer by the one on its way.
                if index > handedOver + window { tooFarAhead.append(index) }
            }
        }

        func finish() { lock.withLock { running -= 1 } }
        func handOver() { lock.withLock { handedOver += 1 } }
        func end() { lock.withLock { runningAtEnd = running } }
    }

    /// A cost in microseconds for input `index`: most are short, a few are long, in no order.
    static func cost(_ index: Int, seed: Int) -> UInt32 {
        let mixed = (index &* 2_654_435_761 &+ seed &* 40_503) & 0xFFFF
        switch mixed % 16 {
        case 0: return 3_000
        case 1, 2: return 400
        case 3...7: return 40
        default: return 0
        }
    }

    static let jobCounts = [1, 2, 3, 8]
    static let windows: [Int?] = [1, 3, nil]

    @Test(arguments: jobCounts, windows)
    func outputsComeInInputOrderOnTheCallingThreadWithinTheWindow(jobs: Int, window: Int?) {
        let count = 240
        let effectiveWindow = max(1, window ?? jobs * 4)
        let record = Record(window: effectiveWindow)
        let caller = pthread_self()
        var seen: [Int] = []
        var onOtherThread = 0
        ParallelMap.forEachInOrder(Array(0..<count), jobs: jobs, window: window) { index in
            record.start(index)
            usleep(Self.cost(index, seed: jobs))
            record.finish()
            return index * 3 + 1
        } consume: { value in
            record.handOver()
            if pthread_equal(pthread_self(), caller) == 0 { onOtherThread += 1 }
            seen.append(value)
            // A slow consumer now and then, so the transforms run ahead to the window.
            if value % 37 == 1 { usleep(2_000) }
        }
        record.end()
        #expect(seen == (0..<count).map { $0 * 3 + 1 })
        #expect(onOtherThread == 0)
        #expect(record.started.sorted() == Array(0..<count))
        #expect(record.tooFarAhead.isEmpty)
        #expect(record.mostRunning <= jobs)
        #expect(record.runningAtEnd == 0)
        if jobs > 1, effectiveWindow > 1 { #expect(record.mostRunning > 1) }
    }

    @Test(arguments: jobCounts)
    func manyQuickInputsAllArriveInOrder(jobs: Int) {
        let count = 20_000
        var sum = 0
        var inOrder = true
        var expected = 0
        ParallelMap.forEachInOrder(Array(0..<count), jobs: jobs, window: jobs == 3 ? 1 : nil) { index in
            String(index)
        } consume: { text in
            if text != String(expected) { inOrder = false }
            expected += 1
            sum += Int(text)!
        }
        #expect(inOrder)
        #expect(expected == count)
        #expect(sum == count * (count - 1) / 2)
    }

    struct Stop: Error, Equatable { let at: Int }

    @Test(arguments: jobCounts, [0, 1, 17, 150])
    func aConsumerErrorStopsNewInputsAndIsRethrownAfterTheRunningOnesFinish(jobs: Int, failing: Int) {
        let window = 5
        let record = Record(window: window)
        var seen: [Int] = []
        #expect(throws: Stop(at: failing)) {
            try ParallelMap.forEachInOrder(Array(0..<400), jobs: jobs, window: window) { index in
                record.start(index)
                usleep(Self.cost(index, seed: failing))
                record.finish()
                return index
            } consume: { (value: Int) throws(Stop) in
                record.handOver()
                if value == failing { throw Stop(at: value) }
                seen.append(value)
            }
        }
        record.end()
        #expect(seen == Array(0..<failing))
        #expect(record.runningAtEnd == 0)
        #expect(record.tooFarAhead.isEmpty)
        // Nothing starts after the failing output more than the window past it.
        #expect(record.started.allSatisfy { $0 <= failing + window })
        if jobs == 1 { #expect(record.started == Array(0...failing)) }
    }

    @Test func oneInputOrNoneRunsInline() {
        var seen: [Int] = []
        ParallelMap.forEachInOrder([7], jobs: 4) {
            $0 + 1
        } consume: {
            seen.append($0)
        }
        ParallelMap.forEachInOrder([Int](), jobs: 4) {
            $0 + 1
        } consume: {
            seen.append($0)
        }
        #expect(seen == [8])
    }
}
