import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a transform over inputs on up to `jobs` threads.
enum ParallelMap {
    /// Transforms inputs on up to `jobs` threads and hands each output to `consume`, on the
    /// calling thread and in input order, as soon as it and every output before it are done.
    /// The output is handed over, not lent: `consume` may move its parts on without copying.
    ///
    /// The calling thread is one of the `jobs`: while the output it is to hand over next is not
    /// done, it transforms the next input itself, and it sleeps only when the window is full or
    /// every input is started. So `jobs` threads are busy, not `jobs` workers and a consumer
    /// that wakes for every output (on two cores that was three threads taking turns, with a
    /// context switch or two per file).
    ///
    /// At most `window` outputs wait to be consumed: no thread starts input `i` before output
    /// `i - window` has been handed over, so one slow input cannot make the buffer grow without
    /// limit. When `consume` throws, no further input is started and the error is rethrown
    /// once the running transforms are done.
    static func forEachInOrder<Input: Sendable, Output: Sendable, Failure: Error>(
        _ inputs: [Input], jobs: Int, window: Int? = nil, _ transform: @Sendable (Input) -> Output,
        consume: (consuming Output) throws(Failure) -> Void
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
            for _ in 0..<min(jobs, inputs.count) - 1 {
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
            var index = 0
            consuming: while index < inputs.count {
                switch buffer.next(index) {
                case .output(let output):
                    do throws(Failure) {
                        try consume(output)
                    } catch {
                        failure = error
                        break consuming
                    }
                    index += 1
                case .start(let other):
                    buffer.put(other, transform(inputs[other]))
                }
            }
            // Every output is handed over (or the run failed): workers still waiting for the
            // window learn that nothing is left.
            buffer.stop()
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
///
/// One mutex and two conditions, so a put wakes the consumer only when it is the output the
/// consumer waits for, and a hand-over wakes a worker only when one waits for the window.
private final class ReorderBuffer<Output>: @unchecked Sendable {
    /// What the consumer does next.
    enum Step {
        /// Hand this output over: it is the one asked for.
        case output(Output)
        /// Transform this input (and `put` its output): the one asked for is not done yet.
        case start(Int)
    }

    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    /// The consumer waits here for the output it asked for.
    private let outputDone: UnsafeMutablePointer<pthread_cond_t>
    /// Workers wait here for the window to open.
    private let windowOpen: UnsafeMutablePointer<pthread_cond_t>
    private let count: Int
    private let window: Int
    private var next = 0
    private var consumed = 0
    private var stopped = false
    /// The output the consumer sleeps for, or -1.
    private var awaited = -1
    private var waitingWorkers = 0
    private var done: [Int: Output] = [:]

    init(count: Int, window: Int) {
        self.count = count
        self.window = window
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
        outputDone = .allocate(capacity: 1)
        outputDone.initialize(to: pthread_cond_t())
        pthread_cond_init(outputDone, nil)
        windowOpen = .allocate(capacity: 1)
        windowOpen.initialize(to: pthread_cond_t())
        pthread_cond_init(windowOpen, nil)
    }

    deinit {
        pthread_cond_destroy(windowOpen)
        windowOpen.deallocate()
        pthread_cond_destroy(outputDone)
        outputDone.deallocate()
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// Whether the next input may start: not every one has, the run goes on, and fewer than
    /// `window` outputs are ahead of the consumer.
    private var mayStart: Bool { !stopped && next < count && next < consumed + window }

    /// The next input for a worker to transform; waits while `window` outputs are ahead of the
    /// consumer. Nil when every input is taken or the run stopped.
    func take() -> Int? {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        while !stopped, next < count, next >= consumed + window {
            waitingWorkers += 1
            pthread_cond_wait(windowOpen, mutex)
            waitingWorkers -= 1
        }
        guard mayStart else { return nil }
        next += 1
        return next - 1
    }

    /// Output `index` is done. The consumer is woken (after the mutex is let go, so it does not
    /// wake only to wait for it) when it sleeps for this one.
    func put(_ index: Int, _ output: Output) {
        pthread_mutex_lock(mutex)
        done[index] = output
        let wake = index == awaited
        pthread_mutex_unlock(mutex)
        if wake { pthread_cond_signal(outputDone) }
    }

    /// For the consumer: output `index` once it is done (which frees a place in the window), or
    /// an input to transform meanwhile; sleeps only when no input may start.
    ///
    /// Workers that wait for the window are woken once half of it is open, not at every output
    /// handed over: one wake-up then starts several inputs.
    func next(_ index: Int) -> Step {
        pthread_mutex_lock(mutex)
        while true {
            if let output = done.removeValue(forKey: index) {
                consumed = index + 1
                let wake = waitingWorkers > 0 && consumed + window - next >= (window + 1) / 2
                pthread_mutex_unlock(mutex)
                if wake { pthread_cond_broadcast(windowOpen) }
                return .output(output)
            }
            if mayStart {
                let start = next
                next += 1
                pthread_mutex_unlock(mutex)
                return .start(start)
            }
            awaited = index
            pthread_cond_wait(outputDone, mutex)
            awaited = -1
        }
    }

    /// No input starts after this; waiting workers are woken to end.
    func stop() {
        pthread_mutex_lock(mutex)
        stopped = true
        pthread_mutex_unlock(mutex)
        pthread_cond_broadcast(windowOpen)
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
