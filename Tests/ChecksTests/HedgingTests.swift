import CopydeskCore
import Testing

@testable import Checks

/// The hedge cues of a text as `kind:phrase@start` strings, for exact comparisons.
private func cues(_ text: String, _ detector: HedgeDetector = HedgeDetector()) -> [String] {
    detector.cues(in: text).map { "\($0.kind.rawValue):\($0.phrase)@\($0.range.lowerBound)" }
}

/// An article of blocks laid out one after another in a Markdown-like source, blank lines between.
private func article(_ blocks: [(kind: Block.Kind, text: String)]) -> Article {
    var source = ""
    var starts: [Int] = []
    for block in blocks {
        starts.append(source.utf8.count)
        source += block.text + "\n\n"
    }
    let lines = LineIndex(Array(source.utf8))
    var built: [Block] = []
    var section: String?
    for (block, start) in zip(blocks, starts) {
        var map = TextMap()
        map.append(block.text, sourceOffset: start)
        if case .heading = block.kind { section = block.text }
        built.append(
            Block(
                kind: block.kind, map: map, range: lines.range(from: start, to: start + block.text.utf8.count),
                section: section))
    }
    return Article(path: "test.md", format: .markdown, source: Array(source.utf8), blocks: built)
}

private func paragraphs(_ texts: String...) -> Article {
    article(texts.map { (Block.Kind.paragraph, $0) })
}

private func policy(_ configure: (inout Policy) -> Void = { _ in }) -> Policy {
    var policy = Policy()
    configure(&policy)
    return policy
}

@Suite struct HedgeDetectorTests {
    @Test func mayTheMonthIsNotAHedge() {
        #expect(cues("May and June are the usual months in the Southern Hemisphere.") == [])
        #expect(cues("In May the guidance changed.") == [])
        #expect(cues("The trial ended on 5 May 2023, and results came in May.") == [])
        #expect(cues("April or May is best.") == [])
        #expect(cues("Theresa May said so.") == [])
        #expect(cues("May was warm.") == [])
    }

    @Test func mayTheModalIsAHedgeWhereverItStands() {
        #expect(cues("Doses may need to be adjusted.") == ["modal:may@6"])
        #expect(cues("May cause drowsiness.") == ["modal:May@0"])
        #expect(cues("Side effects: May cause drowsiness.") == ["modal:May@14"])
        #expect(cues("Ketamine May Cause Hair Loss") == ["modal:May@9"])
    }

    @Test func quotedSpeechIsSkippedUnlessQuotesAreLinted() {
        let text = "He said \"this may help\" and “it could work”, but it might not."
        #expect(cues(text) == ["modal:might not@56"])
        #expect(
            cues(text, HedgeDetector(includeQuotes: true)) == ["modal:may@14", "modal:could@34", "modal:might not@56"])
    }

    @Test func multiwordHedgesAreOneCue() {
        #expect(cues("It is possible that the drug works.") == ["multiword:It is possible that@0"])
        #expect(cues("The effect was small, but more research is needed.") == ["multiword:more research is needed@26"])
        #expect(cues("This could be considered a cure.") == ["multiword:could be considered@5"])
    }

    @Test func abilityAndPastAbilityAreNotHedges() {
        #expect(cues("The vaccine can cause a sore arm.") == [])
        #expect(cues("The injected vaccine cannot give you the flu.") == [])
        #expect(cues("No change could be detected, and the patient could not walk.") == [])
        #expect(cues("The protein has the potential to bind DNA.") == [])
        #expect(cues("It is possible to halve the dose.") == [])
        #expect(cues("Doctors want the best possible outcome.") == [])
        #expect(cues("The test helps men with suspected prostate cancer.") == [])
        #expect(cues("The mutation cannot be excluded.") == ["modal:cannot be excluded@13"])
    }

    @Test func contextWordsNarrowTheCue() {
        #expect(cues("The mechanism is unknown.") == ["adverb:unknown@17"])
        #expect(cues("An unknown amino acid was found.") == [])
        #expect(cues("These results indicate that the gene is active.") == ["epistemic-verb:indicate that@14"])
        #expect(cues("The arrow indicates the stop codon.") == [])
    }

    @Test func vagueAttributionsNeedAVagueSource() {
        #expect(cues("Some studies suggest ketamine can help.") == ["attribution:Some studies suggest@0"])
        #expect(
            cues("While some anecdotal reports suggest a possible link, evidence is thin.")
                == ["attribution:some anecdotal reports suggest@6", "adverb:possible@39"])
        #expect(cues("Research suggests a link.") == ["attribution:Research suggests@0"])
        #expect(cues("It has been suggested that it works.") == ["attribution:It has been suggested@0"])
        #expect(cues("The diet works, according to some experts.") == ["attribution:according to some experts@16"])
        #expect(cues("Pain fell, according to researchers at Ben-Gurion University.") == [])
        #expect(cues("It works, according to research presented today.") == [])
        #expect(
            cues("A number of recent studies have suggested that it may help.")
                == ["attribution:A number of recent studies have suggested@0", "modal:may@50"])
        #expect(cues("Some scientists say it works.") == ["attribution:Some scientists say@0"])
        // A reporting verb with a bare source is a citation problem, not a hedge.
        #expect(cues("Scientists say ice baths burn calories.") == [])
        // A specific source is not vague; its verb is still a hedge.
        #expect(cues("These results suggest a role for it.") == ["epistemic-verb:suggest@14"])
        #expect(cues("Many people feel better after a swim.") == [])
    }

    @Test func openQuestionsAreCuesThatDoNotHedgeAClaim() {
        let found = HedgeDetector().cues(in: "Ask your doctor if you are unsure whether it is right for you.")
        #expect(found.map(\.phrase) == ["whether"])
        #expect(found.first?.kind.hedgesClaim == false)
        #expect(!HedgeDetector().isHedged("Ask your doctor whether it is right for you."))
        #expect(HedgeDetector().isHedged("The drug may help."))
    }

    @Test func hedgesStackWithinAClauseNotAcrossClauses() {
        let detector = HedgeDetector()
        let across = detector.clauses(in: "It may help some people, although it could fail.")
        #expect(across.map { $0.cues.map(\.phrase) } == [["may"], ["could"]])
        let within = detector.clauses(
            in: "It might be that cold exposure could perhaps help, although this is arguably unclear.")
        #expect(
            within.map { $0.cues.map(\.phrase) } == [
                ["It might be that", "could", "perhaps"], ["arguably", "unclear"],
            ])
        #expect(within.map(\.range) == [0..<49, 51..<84])
        let sentences = detector.clauses(in: "The drug may help. It could also lower costs.")
        #expect(sentences.map { $0.cues.count } == [1, 1])
        let relative = detector.clauses(in: "It finds potentially lethal tumours in men who may benefit from surgery.")
        #expect(relative.map { $0.cues.map(\.phrase) } == [["potentially"], ["may"]])
        let participle = detector.clauses(
            in: "They suggested a target, leading the team to a drug that would block it.")
        #expect(participle.map { $0.stackingCues.map(\.phrase) } == [["suggested"], ["would"]])
        let adverbial = detector.clauses(
            in: "Findings suggest spread is overestimated, potentially leading to overtreatment.")
        #expect(adverbial.map { $0.cues.map(\.phrase) } == [["suggest"], ["potentially"]])
        let splice = detector.clauses(in: "Voices may sound friendly or threatening, they may also be silent.")
        #expect(splice.map { $0.cues.map(\.phrase) } == [["may"], ["may"]])
        let embedded = detector.clauses(in: "It could help explain why the drugs might work.")
        #expect(embedded.map { $0.cues.map(\.phrase) } == [["could"], ["might"]])
        let question = detector.clauses(in: "It was unclear whether these drugs could be used safely.")
        #expect(question.map { $0.cues.map(\.phrase) } == [["unclear", "whether", "could"]])
        #expect(question.map { $0.stackingCues.map(\.phrase) } == [["unclear"]])
    }

    @Test func lexiconEditsAddAndRemoveCues() {
        var settings = GroupSettings()
        settings.add["cues"] = ["tends to", "reckon"]
        settings.remove["cues"] = ["may"]
        settings.remove["attributions"] = ["it has been suggested"]
        let detector = HedgeDetector(lexicon: HedgeLexicon.builtIn.editing(settings))
        #expect(cues("Doses may need to be adjusted.", detector) == [])
        #expect(cues("The rash tends to fade.", detector) == ["multiword:tends to@9"])
        #expect(cues("I reckon so.", detector) == ["adverb:reckon@2"])
        #expect(cues("It has been suggested that it works.", detector) == ["epistemic-verb:suggested@12"])

        var byKind = GroupSettings()
        byKind.remove["modals"] = ["might"]
        byKind.add["attribution-sources"] = ["influencers"]
        let edited = HedgeDetector(lexicon: HedgeLexicon.builtIn.editing(byKind))
        #expect(cues("It might help.", edited) == [])
        #expect(cues("Some influencers believe it.", edited) == ["attribution:Some influencers believe@0"])
    }

    @Test func rangesAreUTF8ByteRanges() {
        let text = "Café owners — naïvely — could potentially help."
        let found = HedgeDetector().cues(in: text)
        #expect(found.map(\.range) == [30..<35, 36..<47])
        #expect(found.map { String(decoding: Array(text.utf8)[$0.range], as: UTF8.self) } == ["could", "potentially"])
    }
}

@Suite struct HedgingCheckTests {
    @Test func stackedHedgeSpansFirstToLastCueWithASuggestion() {
        let text = "Intro line.\n\nInflammation could potentially influence hair growth, but more research is needed."
        let findings = StackedHedgeCheck(policy: policy()).findings(
            in: paragraphs(
                "Intro line.", "Inflammation could potentially influence hair growth, but more research is needed."))
        #expect(findings.count == 1)
        let finding = findings[0]
        #expect(finding.rule == "hedging.stacked-hedge")
        #expect(finding.message == "two hedges in one clause: 'could', 'potentially'; keep the one you mean")
        #expect(finding.match == "could potentially")
        #expect(finding.suggestions == ["could"])
        let offset =
            Array(text.utf8).count
            - Array("could potentially influence hair growth, but more research is needed.".utf8).count
        #expect(finding.range.start == SourcePosition(line: 3, column: 14, offset: offset))
        #expect(finding.range.end.offset == offset + 17)
    }

    @Test func stackedHedgeSuggestionKeepsOneHedge() {
        let findings = StackedHedgeCheck(policy: policy()).findings(
            in: paragraphs(
                "It might be that cold exposure could perhaps help some people sleep, although this is arguably unclear.",
                "The pill could potentially be useful, though it seems this may depend on cost.",
                "Early results may suggest a benefit.",
                "It is possible some analyses may not have been powered well."))
        #expect(
            findings.map(\.match) == [
                "It might be that cold exposure could perhaps", "arguably unclear", "could potentially",
                "it seems this may",
                "may suggest", "It is possible some analyses may not",
            ])
        #expect(
            findings.map(\.suggestions) == [
                ["Cold exposure could"], ["unclear"], ["could"], ["this may"], [], ["Some analyses may not"],
            ])
        #expect(
            findings[0].message
                == "three hedges in one clause: 'It might be that', 'could', 'perhaps'; keep the one you mean")
    }

    @Test func aSingleWellPlacedMayIsNoFindingWhenClustered() {
        let text = paragraphs("Doses may need to be adjusted for children.", "In May the guidance changed.")
        for check in hedgingChecks {
            #expect(check.init(policy: policy()).findings(in: text).isEmpty, "\(check.description.id)")
        }
    }

    @Test func everyCueReportsEachCue() {
        let everyCue = policy { $0.checks.hedging.sensitivity = .everyCue }
        let text = paragraphs(
            "Doses may need to be adjusted. May and June are the usual months; the drug is likely safe.")
        let findings = HedgeCueCheck(policy: everyCue).findings(in: text)
        #expect(
            findings.map(\.message) == ["hedge 'may' (modal verb)", "hedge 'likely' (hedging adverb or adjective)"])
        #expect(findings.map(\.range.start.column) == [7, 79])
        #expect(findings.allSatisfy { $0.severity == .info })
        #expect(HedgeCueCheck(policy: policy()).findings(in: text).isEmpty)
    }

    @Test func vagueAttributionNamesFurtherHedges() {
        let findings = HedgedAttributionCheck(policy: policy()).findings(
            in: paragraphs(
                "While some anecdotal reports suggest a possible link, evidence remains limited.",
                "Scientists say daily ice baths burn 500 extra calories a day."))
        #expect(
            findings.map(\.message) == [
                "vague attribution 'some anecdotal reports suggest': name the source or say what is known; 'possible' hedges the claim again"
            ])
        #expect(findings.map(\.match) == ["some anecdotal reports suggest"])
        #expect(findings.first?.severity == .warning)
    }

    @Test func densityFollowsTheThresholdAndPointsAtTheFirstHedge() {
        let text = article([
            (.heading(level: 2), "Sleep"),
            (.paragraph, "Cold water may help some people sleep. It could ease stress, and it is possibly calming."),
            (.heading(level: 2), "Safety"),
            (.paragraph, "Never swim alone."),
        ])
        let findings = HedgeDensityCheck(policy: policy()).findings(in: text)
        #expect(
            findings.map(\.message) == [
                "section 'Sleep' has 3 hedges in 16 words (18.8 per 100, above 4); say plainly what the evidence shows"
            ])
        #expect(findings.map(\.match) == ["may"])
        #expect(findings.first?.range.start.line == 3)
        #expect(findings.first?.section == "Sleep")
        let lenient = policy { $0.checks.hedging.densityThreshold = 20 }
        #expect(HedgeDensityCheck(policy: lenient).findings(in: text).isEmpty)
    }

    @Test func quotesAreLintedOnlyWhenTheSettingSaysSo() {
        let text = article([
            (.quote, "It could possibly work, one reader wrote."),
            (.paragraph, "He said \"it might perhaps work\" and left."),
        ])
        #expect(StackedHedgeCheck(policy: policy()).findings(in: text).isEmpty)
        let lintQuotes = policy { $0.checks.hedging.lintQuotes = true }
        #expect(
            StackedHedgeCheck(policy: lintQuotes).findings(in: text).map(\.match) == [
                "could possibly", "might perhaps",
            ])
    }

    @Test func codeBlocksAreNeverRead() {
        let text = article([(.code, "echo \"studies show this may possibly cure everything\"")])
        for check in hedgingChecks {
            #expect(check.init(policy: policy { $0.checks.hedging.sensitivity = .everyCue }).findings(in: text).isEmpty)
        }
    }

    @Test func policyLexiconEditsReachTheChecks() {
        let trimmed = policy {
            $0.checks.hedging.sensitivity = .everyCue
            $0.checks.hedging.common.remove["cues"] = ["potentially"]
        }
        let text = paragraphs("Inflammation could potentially influence hair growth.")
        #expect(StackedHedgeCheck(policy: trimmed).findings(in: text).isEmpty)
        #expect(HedgeCueCheck(policy: trimmed).findings(in: text).map(\.match) == ["could"])
    }
}
