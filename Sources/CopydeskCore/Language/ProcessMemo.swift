import Foundation

/// Values built once per process and key: compiled detectors, lexicon indexes, edited lexicons.
///
/// Every check and the claim ledger build their detectors from the same policy, and compiling
/// one costs more than reading a short article. The values are immutable, so sharing them
/// changes no result. At most 64 keys are held (a run has a handful); past that the memo starts
/// over, so a long-lived process that sees many policies stays bounded.
///
/// The keys are compared in a list, not hashed into a dictionary: a run holds a
/// handful, a key is usually the very settings it was stored under (their arrays and
/// dictionaries compare equal by identity at once), and hashing one read every word of its
/// lexicons at each lookup. `Key` is required to be `Equatable` only by the lookups, not by
/// the class: a requirement on the class (or a dictionary of keys) made the runtime look up
/// the key type's conformance when the memo's type was first made, a scan of every conformance
/// record of the program at the start of each process.
package final class ProcessMemo<Key, Value>: @unchecked Sendable {
    private let lock = MemoLock()
    /// Read and written only under `lock`.
    @exclusivity(unchecked) private var entries: [(key: Key, value: Value)] = []

    package init() {}
}

extension ProcessMemo where Key: Equatable {
    /// The value held for `key`, if any.
    package func value(for key: Key) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return entries.firstIndex { $0.key == key }.map { entries[$0].value }
    }

    package func store(_ value: Value, for key: Key) {
        lock.lock()
        defer { lock.unlock() }
        if let index = entries.firstIndex(where: { $0.key == key }) {
            entries[index].value = value
            return
        }
        if entries.count >= 64 { entries.removeAll() }
        entries.append((key, value))
    }

    /// The value for `key`, built (outside the lock) the first time it is asked for.
    package func value(for key: Key, build: () -> Value) -> Value {
        if let known = value(for: key) { return known }
        let value = build()
        store(value, for: key)
        return value
    }
}
