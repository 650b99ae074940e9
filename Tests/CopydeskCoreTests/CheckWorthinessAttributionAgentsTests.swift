import TestSupport
import Testing

@testable import CopydeskCore

/// `attributionTriggers` reads each unnamed agent where it finds it (the lexicon's agents, then
/// a quantifier's plural nouns) instead of gathering them in an array first: over generated
/// sentences of agents, quantifiers, plural nouns, verbs, fillers, names and clause breaks, its
/// triggers are the ones the array-based reading finds.
@Suite struct CheckWorthinessAttributionAgentsTests {
    /// The reading `attributionTriggers` replaced: every agent gathered first, then read.
    static func plainAttributionTriggers(_ detector: CheckWorthiness, _ scan: TextScan) -> [CheckWorthiness.Trigger] {
        var found: [CheckWorthiness.Trigger] = []
        guard scan.hasMatch(.vagueAttributions) || scan.hasMatch(.attributionAgents) || scan.hasSomewhere(.quantifier)
        else { return found }
        for match in scan.matches(.vagueAttributions)
        where !scan.isInEmbeddedQuestion(match.tokenRange.lowerBound)
            && !scan.isNegated(before: match.tokenRange.lowerBound)
            && !detector.isNamedAfter(match.tokenRange.upperBound, scan)
        {
            found.append(detector.trigger(.research, scan, match.tokenRange, vague: true))
        }
        var agents = scan.matches(.attributionAgents).map {
            (range: $0.tokenRange, generic: scan.word($0.tokenRange.upperBound - 1) == "people")
        }
        for index in 1..<max(1, scan.count) where scan.has(.quantifier, at: index - 1) {
            let word = scan.word(index)
            if word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss")
                && !agents.contains(where: { $0.range.contains(index) })
            {
                agents.append((index..<index + 1, true))
            }
        }
        guard !agents.isEmpty else { return found }
        let verbMatches = scan.matches(.attributionVerbs)
        func verbMatch(at start: Int) -> PhraseLexicons.Found? {
            verbMatches.first { $0.tokenRange.lowerBound == start }
        }
        for (agent, generic) in agents {
            guard !detector.isNamedAfter(agent.upperBound, scan) else { continue }
            guard let start = detector.unnamedAgentStart(agent, scan) else {
                if let trailing = detector.trailingAttribution(agent, scan) { found.append(trailing) }
                continue
            }
            var cursor = agent.upperBound
            if scan.isWord(cursor, in: CheckWorthiness.agentPrepositions) {
                var probe = cursor + 1
                while probe < scan.count && probe <= cursor + 4 && !scan.startsClause(probe)
                    && verbMatch(at: probe) == nil
                {
                    probe += 1
                }
                if verbMatch(at: probe) != nil && probe > cursor + 1 { cursor = probe }
            }
            while cursor < scan.count && cursor < agent.upperBound + 4 && !scan.startsClause(cursor),
                scan.isWord(cursor, in: CheckWorthiness.attributionFillers)
                    || (scan.word(cursor).hasSuffix("ly") && scan.word(cursor) != "only")
                    || (scan.word(cursor) == "to" && scan.isWord(cursor - 1, in: CheckWorthiness.raisingVerbs))
            {
                cursor += 1
            }
            guard let verb = verbMatch(at: cursor), !scan.startsClause(cursor) else { continue }
            if generic && !CheckWorthiness.beliefVerbs.contains(detector.index.phrase(of: verb))
                && scan.word(verb.tokenRange.upperBound) != "that"
            {
                continue
            }
            found.append(detector.trigger(.research, scan, start..<verb.tokenRange.upperBound, vague: true))
        }
        return found
    }

    static let vocabulary = [
        "studies", "Studies", "experts", "scientists", "researchers", "research", "evidence", "people", "People",
        "doctors", "many", "Many", "some", "Some", "most", "several", "athletes", "parents", "patients", "class",
        "runners", "show", "shows", "say", "says", "believe", "suggest", "suggests", "report", "found", "agree",
        "in", "from", "of", "mice", "have", "long", "also", "clearly", "only", "to", "seem", "tend", "at",
        "Harvard", "the", "The", "Mayo", "Clinic", "that", "and", "but", "not", "whether", "recent", "new",
        "a", "number", "it", "has", "been", "suggested", "fasting", "works", "sleep", "helps", "say,", "experts.",
    ]

    /// Clauses that attribute (or nearly): a quantifier's plural noun or an agent, a verb.
    static let clauses = [
        "many athletes believe", "some parents say", "most runners report", "studies show", "experts say",
        "scientists have long suggested", "people believe", "research in mice suggests", "several class agree",
        "researchers at Harvard found", "some recent studies clearly show", "doctors tend to agree",
    ]

    static func sentences(seed: UInt64, count: Int) -> [String] {
        var random = SplitMix(seed: seed)
        return (0..<count).map { _ in
            if random.next(3) == 0 {
                // Two or three attributing clauses, so that a sentence holds several agents.
                let parts = (0..<(2 + random.next(2))).map { _ in clauses[random.next(clauses.count)] }
                return parts.joined(separator: [" that ", ", and ", " and ", " "][random.next(4)]) + " it works."
            }
            var words: [String] = []
            for _ in 0..<(1 + random.next(12)) {
                words.append(vocabulary[random.next(vocabulary.count)])
                if random.next(9) == 0 { words[words.count - 1] += "," }
            }
            return words.joined(separator: " ") + [".", "", "!"][random.next(3)]
        }
    }

    @Test(arguments: 0..<4)
    func triggersAreThoseOfTheArrayReading(_ seed: Int) {
        var attributed = 0
        var several = 0
        for detector in [CheckWorthiness(), CheckWorthiness(policy: Policy())] {
            for sentence in Self.sentences(seed: UInt64(seed), count: 3000) {
                let scan = detector.scan(sentence)
                var found: [CheckWorthiness.Trigger] = []
                detector.attributionTriggers(scan, into: &found)
                #expect(found == Self.plainAttributionTriggers(detector, scan), "\(sentence)")
                if !found.isEmpty { attributed += 1 }
                if found.count > 1 { several += 1 }
            }
        }
        // Many sentences hold an attribution, some several (whose order the readings must agree on).
        #expect(attributed > 250 && several > 20)
    }
}
