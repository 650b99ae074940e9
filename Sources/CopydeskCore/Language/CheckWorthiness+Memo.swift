import Foundation

extension LexiconIndex {
    /// Indexes already built in this process, by their lists: the citation checks and the claim
    /// ledger each build a detector from the same lexicons, and indexing them costs more than
    /// reading a short article. Indexes are immutable values, so sharing one changes no result.
    static let built = Memo()

    final class Memo: @unchecked Sendable {
        private let lock = NSLock()
        private var indexes: [[[String]]: LexiconIndex] = [:]

        /// The index of `lists`, built the first time they are asked for.
        func index(_ lists: [[String]]) -> LexiconIndex {
            lock.lock()
            let known = indexes[lists]
            lock.unlock()
            if let known { return known }
            let index = LexiconIndex(lists)
            lock.lock()
            defer { lock.unlock() }
            if indexes.count > 64 { indexes.removeAll() }
            indexes[lists] = index
            return index
        }
    }
}
