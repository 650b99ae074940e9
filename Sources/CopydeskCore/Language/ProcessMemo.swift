import Foundation

/// Values built once per process and key: compiled detectors, lexicon indexes, edited lexicons.
///
/// Every check and the claim ledger build their detectors from the same policy, and compiling
/// one costs more than reading a short article. The values are immutable, so sharing them
/// changes no result. At most 64 keys are held (a run has a handful); past that the memo starts
/// over, so a long-lived process that sees many policies stays bounded.
package final class ProcessMemo<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = MemoLock()
    /// Read and written only under `lock`.
    @exclusivity(unchecked) private var values: [Key: Value] = [:]

    package init() {}

    /// The value held for `key`, if any.
    package func value(for key: Key) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return values[key]
    }

    package func store(_ value: Value, for key: Key) {
        lock.lock()
        defer { lock.unlock() }
        if values.count >= 64 { values.removeAll() }
        values[key] = value
    }

    /// The value for `key`, built (outside the lock) the first time it is asked for.
    package func value(for key: Key, build: () -> Value) -> Value {
        if let known = value(for: key) { return known }
        let value = build()
        store(value, for: key)
        return value
    }
}
