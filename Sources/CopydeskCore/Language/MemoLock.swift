#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A mutex for the memos: `pthread_mutex_t` called directly.
///
/// A lint takes a memo's lock dozens of times per article (each memo read and each stored
/// value); Foundation's `NSLock` on Linux goes through two Objective-C-style classes before it
/// reaches the mutex, about twice the instructions. Not recursive: the memos never hold it
/// across a call into other code; evidence coverage holds its own across the lazy work it
/// guards, which never asks the same coverage again.
@usableFromInline
final class MemoLock: @unchecked Sendable {
    @usableFromInline let mutex: UnsafeMutablePointer<pthread_mutex_t>

    @usableFromInline
    init() {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    @inlinable @inline(__always)
    func lock() { pthread_mutex_lock(mutex) }

    @inlinable @inline(__always)
    func unlock() { pthread_mutex_unlock(mutex) }
}
