import Foundation

/// Results worked out once per article and shared by every check and stage that asks for them.
///
/// Several checks read an article the same way: the four hedging checks the same hedge cues,
/// the two citation checks the same unsupported claims, the citation checks and the claim
/// ledger the same check-worthiness and evidence. A memo keeps the last few articles' results,
/// so the second reader gets the first one's work. An entry serves only a copy of the same
/// parse (`Article.identity`: any change to an article makes it a new one) and the same
/// settings key; at most `capacity` articles are held (one or two per worker is enough), and the pipeline
/// drops an article's entries as soon as it is done with it (`ArticleMemos.forget(_:)`), so
/// memory follows the articles in flight, not the last `capacity` of them. Values must be pure
/// functions of the article and the key, so sharing them changes no result.
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
public final class ArticleMemo<Key, Value>: ArticleForgetting, @unchecked Sendable {
    /// A class: the list moves and drops one reference per entry. The list holds it as
    /// `HeldArticle`, a type that is not generic, so `forget(_:)` (reached through
    /// `ArticleForgetting`, unspecialised) needs no generic type lookups per call.
    @usableFromInline
    final class Entry: HeldArticle {
        @usableFromInline let key: Key
        @usableFromInline let value: Value

        /// Takes the article's identity and path, not the article: an initialiser's arguments are
        /// passed owned, so passing the article copied it (a dozen retains) and freed the copy.
        @usableFromInline
        init(identity: ArticleIdentity, path: String, key: Key, value: Value) {
            self.key = key
            self.value = value
            super.init(identity: identity, path: path)
        }
    }

    @usableFromInline let capacity: Int
    @usableFromInline let lock = MemoLock()
    /// Every element is an `Entry`. Read and written only under `lock`, so the runtime's
    /// exclusivity checks (a call each access) are left out.
    @exclusivity(unchecked) @usableFromInline var entries: [HeldArticle] = []

    /// The module the memo was made in (`fileID`'s first part), for `ArticleMemos.forget(_:madeIn:)`.
    package let module: String

    package init(capacity: Int = 8, fileID: StaticString = #fileID) {
        self.capacity = capacity
        module = ArticleMemos.module(ofFileID: fileID)
        ArticleMemos.register(self, module: module)
    }

    /// Drops the entries held for `article`.
    ///
    /// A memo holds one entry for an article, or none: each is removed where it stands, which
    /// costs less than `removeAll(where:)`'s pass over a copy-on-write check and a partition.
    package func forget(_ article: Article) {
        let identity = article.identity
        lock.lock()
        var index = entries.endIndex
        while index > entries.startIndex {
            index -= 1
            if entries[index].identity === identity { entries.remove(at: index) }
        }
        lock.unlock()
    }

    /// Whether the memo holds an entry for an article at `path`.
    package func holds(path: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return entries.contains { $0.path == path }
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
        if let found = cached(for: article, key: key) { return found }
        let value = compute()
        lock.lock()
        if entries.count >= capacity { entries.removeFirst() }
        entries.append(Entry(identity: article.identity, path: article.path, key: key, value: value))
        lock.unlock()
        return value
    }

    /// The value held for `article` under `key`, if it has been computed; nothing is computed.
    @inlinable
    public func existing(for article: Article, key: Key) -> Value? {
        cached(for: article, key: key)
    }

    /// The value held for `article` under `key`, newest first.
    @inlinable
    func cached(for article: Article, key: Key) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        let identity = article.identity
        var index = entries.endIndex
        while index > entries.startIndex {
            index -= 1
            guard entries[index].identity === identity else { continue }
            let entry = unsafeDowncast(entries[index], to: Entry.self)
            if entry.key == key { return entry.value }
        }
        return nil
    }
}

/// An article a memo holds results for: its parse's identity, and its path for `holds(path:)`.
/// Not the article itself, which would keep its source and every array alive.
@usableFromInline
class HeldArticle {
    @usableFromInline let identity: ArticleIdentity
    let path: String

    @usableFromInline
    init(identity: ArticleIdentity, path: String) {
        self.identity = identity
        self.path = path
    }
}

/// A memo that can drop what it holds for one article.
package protocol ArticleForgetting: AnyObject, Sendable {
    func forget(_ article: Article)
    func holds(path: String) -> Bool
}

/// Every article memo of the process, so the pipeline can free an article's shared results the
/// moment the article is done: without it a memo would keep the last few articles' results (a
/// big file's run to hundreds of megabytes) until newer articles pushed them out.
package enum ArticleMemos {
    private final class Registry: @unchecked Sendable {
        let lock = MemoLock()
        /// Each memo and the module it was made in. Read and written only under `lock`.
        @exclusivity(unchecked) var memos: [(memo: any ArticleForgetting, module: String)] = []
    }

    private static let registry = Registry()

    static func register(_ memo: any ArticleForgetting, module: String) {
        registry.lock.lock()
        registry.memos.append((memo, module))
        registry.lock.unlock()
    }

    /// Whether any memo holds an entry for an article at `path`.
    package static func holdAny(path: String) -> Bool {
        registry.lock.lock()
        let memos = registry.memos
        registry.lock.unlock()
        return memos.contains { $0.memo.holds(path: path) }
    }

    /// Drops every memo's entries for `article`.
    package static func forget(_ article: Article) {
        forget(article) { _ in true }
    }

    /// Drops the entries for `article` of the memos made in `module`: a stage's own memos, once
    /// the stage is done with the article, so they are not held while the later stages run.
    package static func forget(_ article: Article, madeIn module: String) {
        forget(article) { $0 == module }
    }

    /// Drops the entries for `article` of the memos made anywhere but in `module` (whose own
    /// were dropped already).
    package static func forget(_ article: Article, notMadeIn module: String) {
        forget(article) { $0 != module }
    }

    @inline(__always)
    private static func forget(_ article: Article, madeIn chosen: (String) -> Bool) {
        registry.lock.lock()
        let memos = registry.memos
        registry.lock.unlock()
        for index in memos.indices where chosen(memos[index].module) { memos[index].memo.forget(article) }
    }

    /// The module a `#fileID` names (`Module/File.swift`).
    package static func module(ofFileID fileID: StaticString) -> String {
        let text = fileID.description
        return String(text[..<(text.firstIndex(of: "/") ?? text.endIndex)])
    }
}
