import CopydeskCore
import Testing

@testable import Checks

/// The repetition checks' fast paths against the plain ways they replace.
struct RepeatsFastPathTests {
    /// `shingles(of:)` (hashed, sorted by insertion or the standard sort, made distinct in place)
    /// against the sorted set of the shingles' hashes.
    @Test func shinglesAreTheSortedDistinctShingleHashes() {
        var random = ShingleJoinTests.SplitMix(state: 7)
        let join = ShingleJoin(threshold: 0.8)
        // Lengths around the insertion sort's limit (32 shingles) and small vocabularies, so
        // repeated shingles are common.
        for length in [0, 1, 2, 3, 4, 5, 20, 33, 34, 35, 36, 60, 200] {
            for vocabulary in [2, 5, 1000] {
                let words = (0..<length).map { _ in UInt64.random(in: 0..<UInt64(vocabulary), using: &random) }
                let expected: [UInt64] =
                    words.isEmpty
                    ? []
                    : words.count <= 3
                        ? [StableHash.combine(words[...])]
                        : Set((0...(words.count - 3)).map { StableHash.combine(words[$0..<($0 + 3)]) }).sorted()
                #expect(join.shingles(of: words) == expected)
            }
        }
    }

    /// The shingle hash's constants, written in this module, are FNV-1a's, and so are the
    /// hashes of the words and shingles (the same in every run).
    @Test func stableHashUsesFNV1asConstants() {
        #expect(StableHash.offsetBasis == FNV1a.offsetBasis)
        #expect(StableHash.prime == FNV1a.prime)
        #expect(StableHash.combine([UInt64]()) == StableHash.combine(count: 0) { _ in 0 })
        #expect(StableHash.combine([1, 2, 3]) == StableHash.combine(count: 3) { UInt64($0 + 1) })
    }

    /// `FirstTable` against a dictionary of first items, through growth and emptying.
    @Test func firstTableKeepsTheFirstItemOfEachKey() {
        var random = ShingleJoinTests.SplitMix(state: 11)
        var table = Repeats.FirstTable(capacity: 3)
        var firsts: [[UInt64]: Int] = [:]
        for index in 0..<2_000 {
            if index % 700 == 699 {
                table.removeAll()
                firsts.removeAll()
            }
            let words = (0..<Int.random(in: 1...3, using: &random)).map { _ in
                UInt64.random(in: 0..<6, using: &random)
            }
            let key = Repeats.Key(words, quoted: false)!
            let expected = firsts[words]
            if expected == nil { firsts[words] = index }
            #expect(table.first(of: key, orInsert: index) == expected)
        }
        // Quoted and unquoted texts of the same words are different keys.
        var quoting = Repeats.FirstTable()
        #expect(quoting.first(of: Repeats.Key([1, 2], quoted: false)!, orInsert: 0) == nil)
        #expect(quoting.first(of: Repeats.Key([1, 2], quoted: true)!, orInsert: 1) == nil)
        #expect(quoting.first(of: Repeats.Key([1, 2], quoted: true)!, orInsert: 2) == 1)
    }

    /// `moveAppend` against `+=`, and the list moved from left empty.
    @Test func moveAppendIsAppending() {
        func findings(_ messages: [String]) -> [Finding] {
            messages.map { message in
                let start = SourcePosition(line: 1, column: 1, offset: 0)
                return Finding(
                    rule: "a.rule", category: .hedging, severity: .warning, message: message, match: message,
                    range: SourceRange(start: start, end: start), suggestions: [message])
            }
        }
        for (left, right) in [([], []), ([], ["a"]), (["a"], []), (["a", "b"], ["c", "d", "e"]), (["a"], ["b"])] {
            var list = findings(left)
            var other = findings(right)
            list.moveAppend(&other)
            #expect(list == findings(left + right))
            #expect(other.isEmpty)
        }
    }
}
