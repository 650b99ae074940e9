#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One thread's memo entries: for each memo (by its `slot`) a list of entries, newest first.
///
/// Only its own thread reads or writes a shelf (it is found through a thread-specific key), so
/// it takes no lock, and the threads linting at once never touch a shared list. The shelf is
/// freed, with whatever it still holds, when its thread ends.
@usableFromInline
final class MemoShelf {
    /// The newest entry of each memo, by slot; a memo made after the shelf grew has no place
    /// until it stores its first entry. Only this shelf's thread touches it, so the runtime's
    /// exclusivity checks (a call each access) are left out.
    @exclusivity(unchecked) @usableFromInline var firsts: [MemoEntry?] = []

    /// The newest entry of the memo at `slot`, not retained (see `ArticleMemo.cached`).
    @inlinable @inline(__always)
    func first(inSlot slot: Int) -> Unmanaged<MemoEntry>? {
        slot < firsts.count ? firsts[slot].map { Unmanaged.passUnretained($0) } : nil
    }

    /// Puts `entry` first in its memo's list, dropping the oldest entry past `capacity`.
    @usableFromInline
    func insert(_ entry: MemoEntry, slot: Int, capacity: Int) {
        if slot >= firsts.count { firsts.append(contentsOf: repeatElement(nil, count: slot + 1 - firsts.count)) }
        entry.next = firsts[slot].take()
        // Walked without retaining: only this thread changes the list, and not while it is walked.
        unowned(unsafe) var last: MemoEntry = entry
        var kept = 1
        while let next = last.next {
            if kept == capacity {
                last.next = nil
                break
            }
            kept += 1
            last = next
        }
        firsts[slot] = entry
    }

    /// Whether the memo at `slot` holds an entry for `identity`.
    func holds(_ identity: ArticleIdentity, slot: Int) -> Bool {
        var next = slot < firsts.count ? firsts[slot] : nil
        while let entry = next {
            if entry.identity === identity { return true }
            next = entry.next
        }
        return false
    }

    /// Drops the entries for `identity` of the memos made in `module` (every memo's when nil).
    ///
    /// The lists are walked without retaining their entries (as `ArticleMemo.cached` walks
    /// them): only this thread changes them, and an entry is not touched once it is unlinked
    /// (which frees it). A walk that held each entry it passed retained and released it, some
    /// 55 pairs an article over the two forgets.
    func forget(_ identity: ArticleIdentity, module: Int?) {
        for slot in firsts.indices {
            var previous: Unmanaged<MemoEntry>? = nil
            var next = first(inSlot: slot)
            while let entry = next {
                let (drops, older) = entry._withUnsafeGuaranteedRef { entry in
                    (entry.identity === identity && (module == nil || entry.module == module), entry.older)
                }
                next = older
                guard drops else {
                    previous = entry
                    continue
                }
                // Unlinking the entry frees it: its successor is taken out of it first.
                let successor = entry._withUnsafeGuaranteedRef { $0.next.take() }
                if let previous {
                    previous._withUnsafeGuaranteedRef { $0.next = successor }
                } else {
                    firsts[slot] = successor
                }
            }
        }
    }

    /// This thread's shelf, made the first time the thread asks; not retained (the thread
    /// holds it until it ends, and releases it then).
    @usableFromInline
    static var current: Unmanaged<MemoShelf> { shelves.current { MemoShelf() } }

    private static let shelves = ThreadObjects<MemoShelf>(for: "the memos")
}

/// An entry of a memo on a thread's shelf: the parse it was worked out for and the module its
/// memo was made in; the key and value are its subclass's (`ArticleMemo.Entry`). Not the
/// article itself, which would keep its source and every array alive.
@usableFromInline
class MemoEntry {
    @usableFromInline let identity: ArticleIdentity
    let module: Int
    /// The next older entry of the same memo on the same shelf. Only the shelf's thread touches
    /// it, so the runtime's exclusivity checks are left out.
    @exclusivity(unchecked) @usableFromInline var next: MemoEntry?

    /// `next`, not retained (see `ArticleMemo.cached`).
    @inlinable var older: Unmanaged<MemoEntry>? { next.map { Unmanaged.passUnretained($0) } }

    #if DEBUG
        /// The path of the article, counted while the entry lives (`ArticleMemos.holdAny(path:)`).
        var path: String?
    #endif

    @usableFromInline
    init(identity: ArticleIdentity, module: Int) {
        self.identity = identity
        self.module = module
    }

    #if DEBUG
        deinit {
            if let path { Self.count(path: path, by: -1) }
        }

        /// Counts the entry as held for `path` until it is freed.
        @usableFromInline
        func track(path: String) {
            self.path = path
            Self.count(path: path, by: 1)
        }

        private final class Counts: @unchecked Sendable {
            let lock = MemoLock()
            var byPath: [String: Int] = [:]
        }

        private static let counts = Counts()

        private static func count(path: String, by change: Int) {
            counts.lock.lock()
            counts.byPath[path, default: 0] += change
            counts.lock.unlock()
        }

        static func liveCount(path: String) -> Int {
            counts.lock.lock()
            defer { counts.lock.unlock() }
            return counts.byPath[path] ?? 0
        }
    #else
        static func liveCount(path: String) -> Int { 0 }
    #endif
}
