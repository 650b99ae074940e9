import CopydeskCore
import Foundation
import Testing

@testable import Checks

/// A list's `%` entries told by `ClaimPhrases.holdsPercent` (the phrase's bytes, then its
/// characters) against Foundation's `contains("%")`, as the lists were read before: each
/// phrase's kind (`ClaimPhrases.kind`) is the same either way.
@Suite struct ClaimPhrasePercentTests {
    static let pieces = [
        "100", "%", " ", "safe", "percent", "\u{301}", "\u{20DD}", "％", "٪", "﹪", "é", "e\u{301}", "🧪", "'", "-",
        "x", "50", "of", "\u{200D}", "\t",
    ]

    @Test func percentEntriesAreFoundationsAndKeepTheirKinds() {
        var state: UInt64 = 0x9E5
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var phrases = ["100% safe", "100 % natural", "%", "%\u{301}", "50%\u{20DD} off", "１００％ safe", "no percent"]
        for _ in 0..<5_000 {
            phrases.append((0..<(1 + next(6))).map { _ in Self.pieces[next(Self.pieces.count)] }.joined())
        }
        let general = Set(phrases.filter { $0.contains("%") })
        let fast = Set(phrases.filter(ClaimPhrases.holdsPercent))
        var percent = 0
        for phrase in phrases {
            let kind = ClaimPhrases.kind(of: phrase, exceptions: [], percentEntries: fast)
            #expect(kind == ClaimPhrases.kind(of: phrase, exceptions: [], percentEntries: general), "\(phrase)")
            // Where they could differ at all: a `%` byte a combining mark follows.
            if general.contains(phrase) != fast.contains(phrase) {
                #expect(!phrase.contains(Character("%")), "\(phrase)")
            }
            if kind != nil { percent += 1 }
        }
        #expect(percent > 500)
    }
}
