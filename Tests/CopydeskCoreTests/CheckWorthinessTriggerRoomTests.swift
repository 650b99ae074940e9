import TestSupport
import Testing

@testable import CopydeskCore

/// `appendTrigger` appends as `append` does, giving the array room for `triggerRoom` triggers
/// at the first (the trigger readings' arrays were allocated again at the second and third
/// trigger), and the readings find the same triggers through it: over generated lists, and
/// over sentences holding one to several triggers of each kind.
@Suite struct CheckWorthinessTriggerRoomTests {
    @Test(arguments: 0..<3)
    func appendsAsAppendDoes(_ seed: Int) {
        var random = SplitMix(seed: UInt64(seed) &+ 260)
        for _ in 0..<2_000 {
            let found = CheckWorthinessNestedTriggersTests.triggers(&random)
            var plain: [CheckWorthiness.Trigger] = []
            var roomy: [CheckWorthiness.Trigger] = []
            for trigger in found {
                plain.append(trigger)
                roomy.appendTrigger(trigger)
                #expect(roomy.capacity >= [CheckWorthiness.Trigger].triggerRoom)
            }
            #expect(roomy == plain)
        }
    }

    static let sentences = [
        "Studies show that 40% of adults, about 1.28 billion people, take 500 mg daily.",
        "Experts say the drug reduces the risk of stroke and is safe, and many doctors believe it works.",
        "A 2019 review found that 1 in 4 patients improved, and trials show it is the most effective option.",
        "Researchers found that it cures headaches, prevents colds, reduces pain, boosts energy and is safe.",
        "The weather was nice.",
        "\u{201C}Creatine causes hair loss,\u{201D} scientists say, but 3 studies found no effect in 2021.",
    ]

    @Test func readingsFindTheTriggersInOrder() {
        let detector = CheckWorthiness()
        var many = 0
        for sentence in Self.sentences {
            let found = detector.triggers(in: sentence)
            // The triggers stay in sentence order, none nested in the one before it.
            for (before, after) in zip(found, found.dropFirst()) {
                #expect(before.range.lowerBound <= after.range.lowerBound, "\(sentence)")
            }
            for trigger in found {
                let bytes = Array(sentence.utf8)[trigger.range]
                #expect(String(decoding: bytes, as: UTF8.self) == trigger.cue, "\(sentence)")
            }
            if found.count > [CheckWorthiness.Trigger].triggerRoom { many += 1 }
        }
        #expect(!detector.triggers(in: Self.sentences[0]).isEmpty)
        #expect(detector.triggers(in: "The weather was nice.").isEmpty)
        // Some sentence holds more triggers than the room first given: the array grows past it.
        #expect(many > 0)
    }
}
