import ArticleLoading
import CopydeskCore
import Testing

@testable import Checks

/// Findings of one medical-claim check over a Markdown (or other) text.
private func findings(
    _ check: any Check.Type, _ text: String, format: ArticleFormat = .markdown,
    configure: (inout Policy) -> Void = { _ in }
) throws -> [Finding] {
    var policy = Policy()
    configure(&policy)
    let path = format == .text ? "test.txt" : format == .html ? "test.html" : "test.md"
    let article = try ArticleLoader().load(path: path, bytes: Array(text.utf8), format: format)
    return check.init(policy: policy).findings(in: article)
}

/// The matched texts of one check's findings.
private func matches(_ check: any Check.Type, _ text: String, configure: (inout Policy) -> Void = { _ in }) throws
    -> [String]
{
    try findings(check, text, configure: configure).map(\.match)
}

@Suite struct NegationScopeTests {
    private func negated(_ sentence: String, _ phrase: String, subject: Bool = false) -> Bool {
        let scope = NegationScope(text: sentence)
        let words = Words.tokens(in: phrase).map(\.text)
        let start = (0...(scope.words.count - words.count)).first {
            Array(scope.words[$0..<($0 + words.count)]) == words
        }!
        return scope.isNegated(start..<(start + words.count), subject: subject)
    }

    @Test func negationCuesReachForwardInTheirClause() {
        #expect(negated("There is no cure for hepatitis B.", "cure"))
        #expect(negated("It is not a cure-all.", "cure-all"))
        #expect(negated("Calcium has not been shown to prevent fractures.", "prevent"))
        #expect(negated("Do not stop taking your blood pressure medicine.", "stop taking"))
        #expect(negated("Never stop taking your medication.", "stop taking"))
        #expect(negated("Vitamin C doesn't cure colds.", "cure"))
    }

    @Test func clausesEndNegation() {
        #expect(!negated("There is no doubt about it, this tea cures cancer.", "cures"))
        #expect(!negated("It is not cheap, but it cures warts.", "cures"))
        #expect(!negated("It is not expensive and it cures warts.", "cures"))
    }

    @Test func emphaticPhrasesAreNotNegations() {
        #expect(!negated("It not only cures acne but also clears scars.", "cures"))
        #expect(!negated("There is no doubt that it works.", "works"))
        #expect(!negated("Without a doubt it heals wounds.", "heals"))
    }

    @Test func aNegatedVerbAfterASubjectNegatesIt() {
        #expect(negated("A cure does not protect against reinfection.", "cure", subject: true))
        #expect(negated("A cure for Alzheimer's does not exist yet.", "cure", subject: true))
        #expect(!negated("A cure does not protect against reinfection.", "cure"))
    }

    @Test func sentenceWideCuesDenyTheWholeSentence() {
        #expect(negated("That garlic cures infections is a myth.", "cures"))
        #expect(negated("Claims that the pill prevents cancer are false.", "prevents"))
    }

    @Test func clauseNumbersFollowPunctuationAndOpeners() {
        let scope = NegationScope(text: "It helps, but it is not a cure; ask first")
        #expect(scope.clauses == [0, 0, 1, 1, 1, 1, 1, 1, 2, 2])
        #expect(scope.cues == [5])
    }
}

@Suite struct MedicalClaimTests {
    @Test func negatedAndHedgedCureStatementsAreNotClaims() throws {
        let text = """
            There is no cure for hepatitis B. It is not a cure-all. Calcium has not been shown to \
            prevent fractures. A cure does not protect against reinfection. Vitamin D may help \
            prevent falls.
            """
        #expect(try matches(CureClaimCheck.self, text) == [])
        #expect(try matches(CureAllCheck.self, text) == [])
    }

    @Test func cureClaimsSpanVerbToCondition() throws {
        let found = try findings(CureClaimCheck.self, "Cold plunges are a proven cure for depression and anxiety.")
        #expect(found.map(\.match) == ["cure for depression and anxiety"])
        #expect(found.first?.severity == .error)
        #expect(found.first?.range.start == SourcePosition(line: 1, column: 27, offset: 26))
        #expect(found.first?.range.end == SourcePosition(line: 1, column: 58, offset: 57))
        #expect(
            found.first?.message
                == "cure claim 'cure for depression and anxiety': say what the evidence shows, in whom, and how strongly"
        )
        #expect(
            try matches(CureClaimCheck.self, "Daily ibuprofen can prevent Alzheimer's disease.") == [
                "can prevent Alzheimer's disease"
            ])
        #expect(try matches(CureClaimCheck.self, "Researchers are investigating cures for rare diseases.") == [])
        #expect(try matches(CureClaimCheck.self, "The compound prevents cancer cells from dividing.") == [])
    }

    @Test func goodAdviceIsNotAdviceThatReplacesCare() throws {
        let text = """
            Do not stop taking your blood pressure medicine. If you have questions about your \
            treatment, ask your doctor or pharmacist. Ask your doctor instead of guessing the dose.
            """
        #expect(try matches(ReplacesCareCheck.self, text) == [])
        #expect(
            try matches(ReplacesCareCheck.self, "Stop taking your blood pressure medicine and try beet juice.") == [
                "Stop taking your blood pressure medicine"
            ])
    }

    @Test func miracleLanguageStaysHypeWhenHedged() throws {
        #expect(
            try matches(MiracleLanguageCheck.self, "The test could revolutionize how cancer is found.") == [
                "revolutionize"
            ])
        #expect(try matches(MiracleLanguageCheck.self, "This is no miracle pill.") == [])
        #expect(try matches(MiracleLanguageCheck.self, "The FDA gave it breakthrough therapy designation.") == [])
    }

    @Test func guaranteesAndSafety() throws {
        let text = "This miracle pill guarantees that you will never have a heart attack."
        #expect(try matches(GuaranteeCheck.self, text) == ["guarantees"])
        #expect(
            try matches(AbsoluteSafetyCheck.self, "Because it is natural, it has no side effects.") == [
                "no side effects"
            ])
        #expect(try matches(AbsoluteSafetyCheck.self, "No side effects were reported in the pilot.") == [])
        #expect(try matches(AbsoluteSafetyCheck.self, "It is 100 safe and 100% safe.") == ["100% safe"])
    }

    @Test func cureAllsAndQuickFixes() throws {
        #expect(
            try matches(CureAllCheck.self, "Research shows that polypills cut deaths from all causes by half.") == [
                "cut deaths from all causes"
            ])
        #expect(
            try matches(CureAllCheck.self, "Silver cures cancer, diabetes, arthritis and acne.") == [
                "cures cancer, diabetes, arthritis and acne"
            ])
        #expect(try matches(QuickFixCheck.self, "They permanently reset your immune system.") == ["permanently"])
        #expect(try matches(QuickFixCheck.self, "Research indicates that it can lift mood within hours.") == [])
    }

    @Test func animalResultsAndObservationalEvidence() throws {
        #expect(
            try matches(AnimalToHumanCheck.self, "In mice the extract restored memory, so it will help you.") == [
                "will help you"
            ])
        #expect(
            try matches(AnimalToHumanCheck.self, "In mice the extract restored memory; people may benefit one day.")
                == [])
        #expect(
            try matches(OverstatedCausalityCheck.self, "An observational study shows coffee prevents liver cancer.")
                == [
                    "prevents"
                ])
        #expect(
            try matches(OverstatedCausalityCheck.self, "Coffee was associated with lower risk of liver cancer.") == [])
    }

    @Test func missingDisclaimerIsOffByDefault() throws {
        let text = "# Turmeric\n\nTurmeric eases arthritis pain. Take two spoons a day.\n"
        #expect(try findings(MissingDisclaimerCheck.self, text).isEmpty)
        let found = try findings(MissingDisclaimerCheck.self, text) { $0.checks.medicalClaims.requireDisclaimer = true }
        #expect(found.map(\.match) == ["eases arthritis pain"])
        #expect(found.first?.range.start.line == 3)
        #expect(found.first?.rule == "medical-claim.missing-disclaimer")
    }

    @Test func disclaimerPresentSatisfiesTheRule() throws {
        let text = "# Turmeric\n\nTurmeric eases arthritis pain. Talk to your pharmacist before you try it.\n"
        #expect(
            try findings(MissingDisclaimerCheck.self, text) { $0.checks.medicalClaims.requireDisclaimer = true } == [])
        let denied = "# Turmeric\n\nTurmeric eases arthritis pain. There is no need to see a doctor.\n"
        #expect(
            try findings(MissingDisclaimerCheck.self, denied) { $0.checks.medicalClaims.requireDisclaimer = true }.count
                == 1)
    }

    @Test func lexiconsFollowThePolicy() throws {
        let text = "This serum is a game-changer for wrinkles."
        #expect(try matches(MiracleLanguageCheck.self, text) == ["game-changer"])
        #expect(
            try matches(MiracleLanguageCheck.self, text) {
                $0.checks.medicalClaims.common.remove["miracle"] = ["game-changer"]
            } == [])
        #expect(
            try matches(MiracleLanguageCheck.self, "A stellar serum.") {
                $0.checks.medicalClaims.common.add["miracle"] = ["stellar"]
            } == [
                "stellar"
            ])
    }

    @Test func aBareGuaranteeNeedsAHealthContextThePolicyCanExtend() throws {
        let text = "Your insurer guarantees coverage for the first visit."
        #expect(try matches(GuaranteeCheck.self, text) == [])
        #expect(try matches(GuaranteeCheck.self, "The cream is guaranteed to clear acne.") == ["guaranteed"])
        #expect(
            try matches(GuaranteeCheck.self, text) {
                $0.checks.medicalClaims.common.add["guarantee-contexts"] = ["coverage"]
            } == ["guarantees"])
    }

    @Test func codeBlocksAreNotRead() throws {
        let text = "Intro.\n\n```\necho \"this miracle cure works for everyone\"\n```\n"
        for check in medicalClaimChecks {
            #expect(try findings(check, text).isEmpty, "\(check.description.id)")
        }
    }
}
