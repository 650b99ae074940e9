import Foundation

extension EvidenceFinder {
    /// Finders already built in this process, by the policy's citation settings: the claim
    /// ledger builds one for every article, and compiling the named-source phrases costs more
    /// than reading a short article. Finders are immutable values, so sharing one changes no result.
    static let built = Memo()

    final class Memo: @unchecked Sendable {
        private let lock = NSLock()
        private var finders: [GroupSettings: EvidenceFinder] = [:]

        func finder(_ settings: GroupSettings) -> EvidenceFinder? {
            lock.lock()
            defer { lock.unlock() }
            return finders[settings]
        }

        func store(_ finder: EvidenceFinder, for settings: GroupSettings) {
            lock.lock()
            defer { lock.unlock() }
            if finders.count > 64 { finders.removeAll() }
            finders[settings] = finder
        }
    }
}
