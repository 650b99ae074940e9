import Foundation
import Testing

@testable import CopydeskCore

/// `MemoLock` excludes: increments from several threads at once all count.
@Suite struct MemoLockTests {
    final class Counter: @unchecked Sendable {
        let lock = MemoLock()
        var value = 0
    }

    @Test func incrementsFromManyThreadsAllCount() {
        let counter = Counter()
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<20_000 {
                counter.lock.lock()
                counter.value += 1
                counter.lock.unlock()
            }
        }
        #expect(counter.value == 160_000)
    }
}
