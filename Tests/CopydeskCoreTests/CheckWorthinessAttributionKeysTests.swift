import TestSupport
import Testing

@testable import CopydeskCore

/// The unnamed-agent readings (`modifierStart`, `unnamedAgentStart`, `trailingAttribution`,
/// `isNamedAfter`) look their words up by their keys, not by copying each word out as a string:
/// over generated sentences of modifiers, links, `the`, `people`, `that` and their capitalised,
/// accented, curly-quoted and look-alike forms, at every agent range, they answer as the string
/// reading does.
@Suite struct CheckWorthinessAttributionKeysTests {
    /// The string reading `modifierStart` replaced.
    static func plainModifierStart(_ agent: Range<Int>, _ scan: TextScan) -> Int {
        var start = agent.lowerBound
        let last = scan.word(agent.upperBound - 1)
        let allowsThe = ["research", "evidence", "science", "data"].contains(last)
        while start > 0 && !scan.startsClause(start) {
            let previous = scan.word(start - 1)
            if CheckWorthiness.agentModifiers.contains(previous) || (previous == "the" && allowsThe) {
                start -= 1
            } else {
                break
            }
        }
        return start
    }

    static func plainIsNamedAfter(_ index: Int, _ scan: TextScan) -> Bool {
        guard ["at", "from", "of", "with", "to"].contains(scan.word(index)) else { return false }
        let name = scan.word(index + 1) == "the" ? index + 2 : index + 1
        return scan.isCapitalized(name) && !CheckWorthiness.vagueCapitalized.contains(scan.word(name))
    }

    static func plainUnnamedAgentStart(_ agent: Range<Int>, _ scan: TextScan) -> Int? {
        let start = plainModifierStart(agent, scan)
        if scan.startsClause(start) || CheckWorthiness.conjunctions.contains(scan.word(start - 1)) { return start }
        return nil
    }

    static func plainTrailingAttribution(
        _ detector: CheckWorthiness, _ agent: Range<Int>, _ scan: TextScan
    ) -> CheckWorthiness.Trigger? {
        let verb = plainModifierStart(agent, scan) - 1
        guard verb >= 0, CheckWorthiness.beliefVerbs.contains(scan.word(verb)), scan.startsClause(verb), verb > 0,
            agent.upperBound == scan.count
        else { return nil }
        return detector.trigger(.research, scan, verb..<agent.upperBound, vague: true)
    }

    static let vocabulary = [
        "the", "The", "THE", "thé", "the’s", "them", "th", "people", "People", "peoples", "people’s", "peoplé",
        "that", "That", "thát", "that’s", "research", "Research", "evidence", "science", "data", "Data", "dáta",
        "datum", "at", "At", "ät", "from", "of", "Of", "with", "to", "To", "tо", "some", "many", "Many", "recent",
        "new", "a", "number", "lot", "of", "growing", "body", "leading", "médical", "medical", "studies",
        "experts", "scientists", "say", "says", "believe", "suggest", "and", "but", "while", "Harvard", "Mayo",
        "Clinic", "Studies", "It", "they", "researchers", "doctors", "at’", "ﬁrst", "K", "Kelvin", "日本",
        "overwhelmingly-long-hyphenated-word-past-eight-bytes",
    ]

    static func sentences(seed: UInt64, count: Int) -> [String] {
        var random = SplitMix(seed: seed)
        return (0..<count).map { _ in
            var words: [String] = []
            for _ in 0..<(1 + random.next(14)) {
                words.append(vocabulary[random.next(vocabulary.count)])
                if random.next(8) == 0 { words[words.count - 1] += [",", ";", " —", ":"][random.next(4)] }
            }
            return words.joined(separator: " ") + [".", "", "!"][random.next(3)]
        }
    }

    @Test(arguments: 0..<4)
    func agentReadingsAreTheStringReadings(_ seed: Int) {
        var moved = 0
        var named = 0
        var trailing = 0
        for detector in [CheckWorthiness(), CheckWorthiness(policy: Policy())] {
            for sentence in Self.sentences(seed: UInt64(seed), count: 2000) {
                let scan = detector.scan(sentence)
                for index in -1...(scan.count + 1) {
                    let isNamed = detector.isNamedAfter(index, scan)
                    #expect(isNamed == Self.plainIsNamedAfter(index, scan), "\(sentence) \(index)")
                    if isNamed { named += 1 }
                }
                for lower in 0..<scan.count {
                    for upper in (lower + 1)...min(scan.count, lower + 2) {
                        let agent = lower..<upper
                        let start = detector.modifierStart(agent, scan)
                        #expect(start == Self.plainModifierStart(agent, scan), "\(sentence) \(agent)")
                        if start < lower { moved += 1 }
                        #expect(
                            detector.unnamedAgentStart(agent, scan) == Self.plainUnnamedAgentStart(agent, scan),
                            "\(sentence) \(agent)")
                        let found = detector.trailingAttribution(agent, scan)
                        #expect(found == Self.plainTrailingAttribution(detector, agent, scan), "\(sentence) \(agent)")
                        if found != nil { trailing += 1 }
                    }
                }
            }
        }
        // The readings are exercised: modifiers taken, names found, trailing attributions read.
        #expect(moved > 1000 && named > 100 && trailing > 10, "\(moved) \(named) \(trailing)")
    }
}
