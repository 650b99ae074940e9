import Foundation
import Testing

@testable import CopydeskCore

@Suite struct ArticleMemoTests {
    private func article(_ path: String, _ text: String = "Some text.") -> Article {
        Article(path: path, format: .text, source: Array(text.utf8))
    }

    @Test func aValueIsComputedOncePerArticleAndKey() {
        let memo = ArticleMemo<Int, String>()
        var computed = 0
        let first = article("memo-once/a.txt")
        for _ in 0..<3 {
            #expect(
                memo.value(for: first, key: 1) {
                    computed += 1; return "one"
                } == "one")
        }
        #expect(
            memo.value(for: first, key: 2) {
                computed += 1; return "two"
            } == "two")
        #expect(computed == 2)
        // Another article with the same key is another entry.
        #expect(
            memo.value(for: article("memo-once/b.txt"), key: 1) {
                computed += 1; return "b"
            } == "b")
        #expect(computed == 3)
    }

    @Test func forgettingAnArticleDropsItsEntriesInEveryMemoAndNoOthers() {
        let words = ArticleMemo<Bool, Int>()
        let names = ArticleMemo<String, String>()
        let kept = article("memo-forget/kept.txt")
        let done = article("memo-forget/done.txt")
        _ = words.value(for: kept, key: true) { 1 }
        _ = words.value(for: done, key: true) { 2 }
        _ = names.value(for: done, key: "k") { "done" }
        #expect(ArticleMemos.holdAny(path: "memo-forget/done.txt"))

        ArticleMemos.forget(done)

        #expect(!ArticleMemos.holdAny(path: "memo-forget/done.txt"))
        #expect(words.holds(kept))
        #expect(!words.holds(done) && !names.holds(done))
        var recomputed = false
        #expect(
            words.value(for: done, key: true) {
                recomputed = true; return 3
            } == 3)
        #expect(recomputed)
    }

    @Test func aStageDropsOnlyTheMemosMadeInItsModule() {
        let here = ArticleMemo<Bool, Int>()
        let elsewhere = ArticleMemo<Bool, Int>(fileID: "OtherStage/Reader.swift")
        #expect(here.module == "CopydeskCoreTests")
        #expect(elsewhere.module == "OtherStage")
        #expect(ArticleMemos.module(ofFileID: "NoSlash") == "NoSlash")
        let done = article("memo-module/done.txt")
        _ = here.value(for: done, key: true) { 1 }
        _ = elsewhere.value(for: done, key: true) { 2 }

        ArticleMemos.forget(done, madeIn: "OtherStage")

        #expect(!elsewhere.holds(done))
        #expect(here.holds(done))
        ArticleMemos.forget(done)
        #expect(!here.holds(done))
    }

    @Test func anArticleWithOtherContentAtTheSamePathIsNotServedAStaleValue() {
        let memo = ArticleMemo<Bool, String>()
        _ = memo.value(for: article("memo-stale/a.txt", "First."), key: true) { "first" }
        #expect(memo.value(for: article("memo-stale/a.txt", "Second."), key: true) { "second" } == "second")
    }

    @Test func aCopyOfAnArticleIsServedItsValueAndAChangedCopyIsNot() {
        let memo = ArticleMemo<Bool, String>()
        let original = article("memo-copy/a.txt", "First. Second.")
        _ = memo.value(for: original, key: true) { "original" }
        let copy = original
        #expect(memo.value(for: copy, key: true) { "copy" } == "original")

        var edited = original
        edited.sentences.removeAll()
        #expect(edited.identity !== original.identity)
        #expect(memo.value(for: edited, key: true) { "edited" } == "edited")
        var retitled = original
        retitled.title = "Other"
        #expect(memo.value(for: retitled, key: true) { "retitled" } == "retitled")
        // The original is still served its own value.
        #expect(memo.value(for: original, key: true) { "again" } == "original")
    }

    @Test func atMostCapacityArticlesAreHeld() {
        let memo = ArticleMemo<Bool, Int>(capacity: 2)
        let articles = (0..<3).map { article("memo-cap/\($0).txt") }
        for index in articles.indices { _ = memo.value(for: articles[index], key: true) { index } }
        #expect(!memo.holds(articles[0]))
        #expect(memo.holds(articles[1]))
        #expect(memo.holds(articles[2]))
        // The newest are served; the dropped one is worked out again.
        #expect(memo.value(for: articles[2], key: true) { -1 } == 2)
        #expect(memo.value(for: articles[0], key: true) { -1 } == -1)
        #expect(!memo.holds(articles[1]))
    }

    @Test func forgettingOneArticleKeepsTheOthersInTheSameMemo() {
        let memo = ArticleMemo<Int, Int>()
        let articles = (0..<4).map { article("memo-unlink/\($0).txt") }
        for index in articles.indices {
            for key in 0..<2 { _ = memo.value(for: articles[index], key: key) { index * 10 + key } }
        }
        // First, last and middle of the list.
        for gone in [3, 0, 1] {
            ArticleMemos.forget(articles[gone])
            #expect(!memo.holds(articles[gone]))
        }
        #expect(memo.value(for: articles[2], key: 0) { -1 } == 20)
        #expect(memo.value(for: articles[2], key: 1) { -1 } == 21)
        #expect(memo.value(for: articles[1], key: 1) { -1 } == -1)
    }

    @Test func eachThreadKeepsItsOwnEntries() {
        let memo = ArticleMemo<Bool, Int>()
        let shared = article("memo-thread/a.txt")
        _ = memo.value(for: shared, key: true) { 1 }
        // Another thread works the value out again, on its own shelf, and forgets it there.
        let seen = OtherThread.run {
            let again = memo.value(for: shared, key: true) { 2 }
            let held = memo.holds(shared)
            ArticleMemos.forget(shared)
            return (again, held && !memo.holds(shared))
        }
        #expect(seen == (2, true))
        #expect(memo.value(for: shared, key: true) { 3 } == 1)
        ArticleMemos.forget(shared)
        #expect(!ArticleMemos.holdAny(path: "memo-thread/a.txt"))
    }
}

/// Runs a closure on a thread of its own and waits for its result.
private enum OtherThread {
    private final class Box<Result>: @unchecked Sendable {
        var result: Result?
    }

    static func run<Result>(_ body: @escaping () -> Result) -> Result {
        let box = Box<Result>()
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) let body = body
        let thread = Thread {
            box.result = body()
            done.signal()
        }
        thread.start()
        done.wait()
        return box.result!
    }
}
