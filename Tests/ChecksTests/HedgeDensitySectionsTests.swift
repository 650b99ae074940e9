import CopydeskCore
import TestSupport
import Testing

@testable import Checks

/// The hedge-density check reads one section at a time, making a section's finding when the next
/// heading closes it; these tests compare it with the reading it replaced, every section kept
/// in an array and each then checked in turn.
@Suite struct HedgeDensitySectionsTests {
    /// The findings as the check made them from an array of every section.
    private func findingsBySections(_ check: HedgeDensityCheck, in article: Article) -> [Finding] {
        struct Section {
            var name: String?
            var words = 0
            var cues = 0
            var first: (block: Int, range: Range<Int>)?
        }
        var sections: [Section] = [Section()]
        for item in check.scan.blocks(of: article) {
            if article.blocks[item.index].isHeading {
                sections.append(Section(name: article.blocks[item.index].text))
                continue
            }
            let last = sections.count - 1
            sections[last].words += item.words
            for cue in item.cues where cue.kind.hedgesClaim {
                if sections[last].first == nil { sections[last].first = (item.index, cue.range) }
                sections[last].cues += 1
            }
        }
        let threshold = check.scan.settings.densityThreshold
        return sections.compactMap { section in
            guard section.cues >= HedgeDensityCheck.minimumCues, section.words > 0, let first = section.first else {
                return nil
            }
            let density = Double(section.cues) * 100 / Double(section.words)
            guard density > threshold else { return nil }
            let place = section.name.map { "section '\($0)'" } ?? "the opening section"
            let message =
                "\(place) has \(section.cues) hedges in \(section.words) words (\(HedgeDensityCheck.format(density)) per 100, above \(HedgeDensityCheck.format(threshold))); say plainly what the evidence shows"
            return check.finding(message, in: article, blockIndex: first.block, textRange: first.range)
        }
    }

    /// Over generated articles (headings at the start, in a row, at the end or none; sections
    /// thick with hedges and plain ones), under three thresholds: the same findings in the same order.
    @Test func sectionsReadOneAtATimeGiveTheFindingsOfTheSectionsArray() throws {
        var random = SplitMix(state: 47)
        let pieces = [
            "it may help", "some studies suggest", "the drug works", "plain words", "perhaps", "and", ", ",
            "possibly", "could", "in May", "which may", "research is needed", "cats sleep",
        ]
        var findings = 0
        var sections = 0
        for threshold in [1.0, 4.0, 12.0] {
            var policy = Policy()
            policy.checks.hedging.densityThreshold = threshold
            let check = HedgeDensityCheck(policy: policy)
            for _ in 0..<80 {
                let blocks = (0..<(1 + Int(random.next() % 8))).map { index in
                    if random.next() % 3 == 0 { return "## Part \(index)" }
                    let sentences = (0..<(1 + Int(random.next() % 3))).map { _ in
                        let count = 1 + Int(random.next() % 8)
                        return (0..<count).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
                            .joined(separator: " ").capitalized + "."
                    }.joined(separator: " ")
                    return ["", "- "][Int(random.next() % 2)] + sentences
                }
                let article = try Fixture.article(blocks.joined(separator: "\n\n") + "\n")
                let fast = check.findings(in: article)
                let plain = findingsBySections(check, in: article)
                #expect(fast.map(\.message) == plain.map(\.message))
                #expect(fast.map(\.match) == plain.map(\.match))
                #expect(fast.map(\.range) == plain.map(\.range))
                #expect(fast.map(\.section) == plain.map(\.section))
                findings += fast.count
                sections += 1 + blocks.filter { $0.hasPrefix("#") }.count
            }
        }
        #expect(findings > 40)
        #expect(sections > 300)
    }
}
