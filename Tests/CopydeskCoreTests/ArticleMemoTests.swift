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
        #expect(words.holds(path: "memo-forget/kept.txt"))
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

        #expect(!elsewhere.holds(path: "memo-module/done.txt"))
        #expect(here.holds(path: "memo-module/done.txt"))
        ArticleMemos.forget(done)
        #expect(!here.holds(path: "memo-module/done.txt"))
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
        for index in 0..<3 { _ = memo.value(for: article("memo-cap/\(index).txt"), key: true) { index } }
        #expect(!memo.holds(path: "memo-cap/0.txt"))
        #expect(memo.holds(path: "memo-cap/1.txt"))
        #expect(memo.holds(path: "memo-cap/2.txt"))
    }
}
