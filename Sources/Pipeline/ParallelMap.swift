import Foundation

/// Runs a transform over inputs on up to `jobs` threads.
enum ParallelMap {
    /// Transforms inputs on up to `jobs` threads and hands each output to `consume`, on the
    /// calling thread and in input order, as soon as it and every output before it are done.
    ///
    /// At most `window` outputs wait to be consumed: no worker starts input `i` before output
    /// `i - window` has been handed over, so one slow input cannot make the buffer grow without
    /// limit. When `consume` throws, no further input is started and the error is rethrown
    /// once the running transforms are done.
    static func forEachInOrder<Input: Sendable, Output: Sendable, Failure: Error>(
        _ inputs: [Input], jobs: Int, window: Int? = nil, _ transform: @Sendable (Input) -> Output,
        consume: (Output) throws(Failure) -> Void
    ) throws(Failure) {
        guard jobs > 1, inputs.count > 1 else {
            for input in inputs { try consume(transform(input)) }
            return
        }
        let buffer = ReorderBuffer<Output>(count: inputs.count, window: max(1, window ?? jobs * 4))
        var failure: Failure?
        withoutActuallyEscaping(transform) { transform in
            // The threads hold the box, not the closure: it is let go before the block ends.
            let work = TransformBox(transform)
            let finished = DispatchGroup()
            for _ in 0..<min(jobs, inputs.count) {
                finished.enter()
                let thread = Thread {
                    while let index = buffer.take(), let transform = work.transform {
                        buffer.put(index, transform(inputs[index]))
                    }
                    finished.leave()
                }
                thread.stackSize = 8 << 20
                thread.start()
            }
            for index in inputs.indices {
                do throws(Failure) {
                    try consume(buffer.remove(index))
                } catch {
                    failure = error
                    buffer.stop()
                    break
                }
            }
            finished.wait()
            work.transform = nil
        }
        if let failure { throw failure }
    }
}

/// The transform, shared by worker threads that are joined before it is let go.
private final class TransformBox<Input, Output>: @unchecked Sendable {
    var transform: ((Input) -> Output)?
    init(_ transform: @escaping (Input) -> Output) { self.transform = transform }
}

/// Outputs that are done but not yet consumed, by input index, and the indices still to start.
private final class ReorderBuffer<Output>: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let window: Int
    private var next = 0
    private var consumed = 0
    private var stopped = false
    private var done: [Int: Output] = [:]

    init(count: Int, window: Int) {
        self.count = count
        self.window = window
    }

    /// The next input to transform; waits while `window` outputs are ahead of the consumer.
    /// Nil when every input is taken or the run stopped.
    func take() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !stopped, next < count, next >= consumed + window { condition.wait() }
        guard !stopped, next < count else { return nil }
        next += 1
        return next - 1
    }

    func put(_ index: Int, _ output: Output) {
        condition.lock()
        done[index] = output
        condition.broadcast()
        condition.unlock()
    }

    /// Output `index`, once it is done; frees a place in the window.
    func remove(_ index: Int) -> Output {
        condition.lock()
        defer { condition.unlock() }
        while done[index] == nil { condition.wait() }
        consumed = index + 1
        condition.broadcast()
        return done.removeValue(forKey: index)!
    }

    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}

/// Counts finished files for a progress callback.
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let report: (@Sendable (Int, Int) -> Void)?

    init(total: Int, report: (@Sendable (Int, Int) -> Void)?) {
        self.total = total
        self.report = report
    }

    func increment() {
        guard let report else { return }
        lock.lock()
        done += 1
        let now = done
        lock.unlock()
        report(now, total)
    }
}
