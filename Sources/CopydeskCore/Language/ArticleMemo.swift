/// Results worked out once per article and shared by every check and stage that asks for them.
///
/// Several checks read an article the same way: the four hedging checks the same hedge cues,
/// the two citation checks the same unsupported claims, the citation checks and the claim
/// ledger the same check-worthiness and evidence. A memo keeps the last few articles' results,
/// so the second reader gets the first one's work. An entry serves only a copy of the same
/// parse (`Article.identity`: any change to an article makes it a new one) and the same
/// settings key. Values must be pure functions of the article and the key, so sharing them
/// changes no result.
///
/// The entries are kept per thread (`MemoShelf`), not in the memo: an article is read by the
/// thread that lints it, so a lookup takes no lock and finds only that thread's articles, and
/// dropping an article's entries (`ArticleMemos.forget(_:)`, which the pipeline does as soon as
/// it is done with the article) walks one short list per memo without a lock. A thread holds at
/// most `capacity` entries of a memo (one or two articles in flight is the rule), so memory
/// follows the articles in flight. An article read on another thread is worked out again there:
/// the same value.
///
/// The lookups are public and `@inlinable` (though only the stages use them), so a check in
/// another module gets them specialised for its key and value types: `@inlinable package`
/// code is not specialised across modules, and unspecialised every call asked the runtime for
/// the metadata of `Entry<Key, Value>` and `Optional<Value>` (a locked cache lookup each, some
/// 20 k instructions per article over the memos a lint reads).
///
/// `Key` is not required to be `Equatable` by the class itself, only by its lookups: a
/// requirement on the class made the runtime look up the key type's conformance the first
/// time each memo's metadata was made (a scan of every conformance record of the program,
/// some 400 k instructions per key type, at the start of every process).
public final class ArticleMemo<Key, Value>: @unchecked Sendable {
    /// A class: a thread's shelf links and drops entries by reference. The shelf holds it as
    /// `MemoEntry`, a type that is not generic, so forgetting needs no generic type lookups.
    @usableFromInline
    final class Entry: MemoEntry {
        @usableFromInline let key: Key
        @usableFromInline let value: Value

        /// Takes the article's identity, not the article: an initialiser's arguments are passed
        /// owned, so passing the article copied it (a dozen retains) and freed the copy.
        @usableFromInline
        init(identity: ArticleIdentity, module: Int, key: Key, value: Value) {
            self.key = key
            self.value = value
            super.init(identity: identity, module: module)
        }
    }

    @usableFromInline let capacity: Int
    /// The memo's place on every thread's shelf.
    @usableFromInline let slot: Int
    /// The module the memo was made in (`fileID`'s first part), for `ArticleMemos.forget(_:madeIn:)`.
    package let module: String
    /// `module`, numbered (`ArticleMemos.register`).
    @usableFromInline let moduleNumber: Int

    package init(capacity: Int = 8, fileID: StaticString = #fileID) {
        self.capacity = max(capacity, 1)
        module = ArticleMemos.module(ofFileID: fileID)
        (slot, moduleNumber) = ArticleMemos.register(module: module)
    }

    /// Whether this thread's shelf holds an entry of this memo for `article` (for tests).
    package func holds(_ article: Article) -> Bool {
        MemoShelf.current.takeUnretainedValue().holds(article.identity, slot: slot)
    }
}

extension ArticleMemo where Key: Equatable {
    /// The value for `article` under `key`, computed by `compute` the first time it is asked for.
    ///
    /// Always inlined: `compute` then runs in the caller's frame. A call that is only
    /// specialised gets `compute` folded in with its captures copied in (an `Article` or a
    /// check's settings, a dozen retains a call).
    @inlinable @inline(__always)
    public func value(for article: Article, key: Key, compute: () -> Value) -> Value {
        let shelf = MemoShelf.current
        if let found = cached(on: shelf, for: article, key: key) { return found }
        let value = compute()
        let entry = Entry(identity: article.identity, module: moduleNumber, key: key, value: value)
        #if DEBUG
            entry.track(path: article.path)
        #endif
        shelf._withUnsafeGuaranteedRef { $0.insert(entry, slot: slot, capacity: capacity) }
        return value
    }

    /// The value held for `article` under `key`, if it has been computed; nothing is computed.
    @inlinable
    public func existing(for article: Article, key: Key) -> Value? {
        cached(on: MemoShelf.current, for: article, key: key)
    }

    /// The value `shelf` holds for `article` under `key`, newest first.
    ///
    /// The shelf and its entries are read without retaining them: only this thread changes
    /// them, and not during the walk.
    @inlinable
    func cached(on shelf: Unmanaged<MemoShelf>, for article: Article, key: Key) -> Value? {
        let identity = article.identity
        var next = shelf._withUnsafeGuaranteedRef { $0.first(inSlot: slot) }
        while let entry = next {
            let found = entry._withUnsafeGuaranteedRef { held in
                held.identity === identity && unsafeDowncast(held, to: Entry.self).key == key
            }
            if found { return entry._withUnsafeGuaranteedRef { unsafeDowncast($0, to: Entry.self).value } }
            next = entry._withUnsafeGuaranteedRef { $0.older }
        }
        return nil
    }
}

/// Every article memo of the process, numbered, so a thread's shelf has a place for each and the
/// pipeline can free an article's shared results the moment the article is done: without it a
/// memo would keep the last few articles' results (a big file's run to hundreds of megabytes)
/// until newer articles pushed them out.
package enum ArticleMemos {
    private final class Registry: @unchecked Sendable {
        let lock = MemoLock()
        /// How many memos there are. Read and written only under `lock`.
        @exclusivity(unchecked) var memoCount = 0
        /// The modules memos were made in, numbered by their place. Read and written only under `lock`.
        @exclusivity(unchecked) var modules: [String] = []
    }

    private static let registry = Registry()

    /// A new memo's slot, and the number of `module`.
    static func register(module: String) -> (slot: Int, module: Int) {
        let number = number(ofModule: module)
        registry.lock.lock()
        defer { registry.lock.unlock() }
        registry.memoCount += 1
        return (registry.memoCount - 1, number)
    }

    /// The number of `module` (the same for every memo made in it), for
    /// `forget(_:madeInModule:)`: numbered the first time it is asked for.
    package static func number(ofModule module: String) -> Int {
        registry.lock.lock()
        defer { registry.lock.unlock() }
        if let known = registry.modules.firstIndex(of: module) { return known }
        registry.modules.append(module)
        return registry.modules.count - 1
    }

    /// Whether any memo holds an entry for an article at `path`, on any thread (debug builds
    /// count the entries by path; a release build keeps no count and answers false).
    package static func holdAny(path: String) -> Bool {
        MemoEntry.liveCount(path: path) > 0
    }

    /// Drops every memo's entries for `article` held by this thread.
    package static func forget(_ article: Article) {
        MemoShelf.current.takeUnretainedValue().forget(article.identity, module: nil)
    }

    /// Drops the entries for `article` of the memos made in `module`: a stage's own memos, once
    /// the stage is done with the article, so they are not held while the later stages run.
    package static func forget(_ article: Article, madeIn module: String) {
        forget(article, madeInModule: number(ofModule: module))
    }

    /// `forget(_:madeIn:)` for the module numbered `module` (`number(ofModule:)`).
    package static func forget(_ article: Article, madeInModule module: Int) {
        MemoShelf.current.takeUnretainedValue().forget(article.identity, module: module)
    }

    /// The module a `#fileID` names (`Module/File.swift`).
    package static func module(ofFileID fileID: StaticString) -> String {
        let text = fileID.description
        return String(text[..<(text.firstIndex(of: "/") ?? text.endIndex)])
    }
}
