import TestSupport
import Testing

@testable import CopydeskCore

/// An article's verdicts answer a sentence that no list matches and whose roles and bytes
/// rule out every exclusion and trigger (`CheckWorthiness.claimsNothing`) without a scan: over
/// generated sentences, every verdict is the one the sentence's own scan gives (exclusion,
/// assessment, roles and their union), and many sentences of each kind take the short answer,
/// sentences with lone numbers among them (`holdsOnlyLoneNumbers`).
@Suite struct CheckWorthinessNoClaimFastPathTests {
    /// Imperatives, subordinators, labels, statistic starts ("in", "by", number words),
    /// quantifiers, study nouns, outcomes, digits, lexicon phrases, quotation marks, and words
    /// that are none of them.
    static let vocabulary = [
        "Talk", "talk", "use", "Ask", "take", "drink", "keep", "check", "If", "if", "when", "While", "before",
        "to", "as", "for", "Tip:", "Note:", "label:", "In", "in", "by", "By", "half", "one", "two", "three",
        "millions", "doubled", "many", "some", "Most", "study", "trial", "review", "effects", "results", "relief",
        "within", "hours", "40%", "2019", "3", "v1.2", "reduces", "causes", "is", "safe", "the", "most",
        "effective", "studies", "show", "scientists", "say", "experts", "believe", "people", "linked", "this",
        "article", "we", "will", "look", "at", "it", "that", "your", "doctor", "evidence", "fasting", "water",
        "sleep", "a", "of", "and", "with", "“it", "helps”", "\"quoted\"", "it’s", "Naïve", "café", "—", "x",
        "builds", "package", "install", "run", "whether", "never", "not",
        // Numbers, lone or starting a statistic, and the words after a number that go on to one.
        "12", "1.5", "10,000", "7", "40 %", "3rd", "500mg", "2-fold", "mg", "percent", "per", "cent",
        "million", "patients", "times", "out", "port", "8080", "(2)", "5.",
    ]

    /// Words with no role and in no list, drawn half the time, so that many sentences hold
    /// only one or two of the words above.
    static let plain = ["the", "package", "builds", "with", "code", "files", "and", "it", "runs", "on", "a", "server"]

    static func sentences(seed: UInt64, count: Int) -> [String] {
        var random = SplitMix(seed: seed)
        return ["", "?", "Drink", "Talk: now", "In the end", "By design, it runs."]
            + (0..<count).map { _ in
                let length = random.next(5) == 0 ? random.next(4) : 1 + random.next(12)
                var text = ""
                for position in 0..<length {
                    if position > 0 { text += random.next(7) == 0 ? (random.next(2) == 0 ? ", " : ": ") : " " }
                    text +=
                        random.next(3) == 0
                        ? vocabulary[random.next(vocabulary.count)] : plain[random.next(plain.count)]
                }
                return text + [".", "?", "", "?”", ":", "!"][random.next(6)]
            }
    }

    static func article(_ texts: [String]) -> Article {
        let start = SourcePosition(line: 1, column: 1, offset: 0)
        let sentences = texts.enumerated().map { index, text in
            Sentence(
                text: text, blockIndex: index, textRange: 0..<text.utf8.count,
                range: SourceRange(start: start, end: start))
        }
        return Article(path: "a.md", format: .markdown, source: [], sentences: sentences)
    }

    @Test(arguments: 0..<6)
    func verdictsAreEachSentencesOwnReading(_ seed: Int) {
        let texts = Self.sentences(seed: UInt64(seed), count: 1500)
        let article = Self.article(texts)
        for detector in [CheckWorthiness(), CheckWorthiness(policy: Policy())] {
            let verdicts = detector.verdicts(in: article)
            #expect(verdicts.count == texts.count)
            let found = detector.phrases.found(in: article)
            var short = 0
            var shortWithClauseRoles = 0
            var shortWithByIn = 0
            var shortWithDigits = 0
            var general = (excluded: 0, claims: 0)
            for (index, read) in SentenceText.all(in: article).enumerated() {
                let verdict = verdicts[index]
                // The general reading: the sentence's own scan, its roles looked up alone.
                let alone = detector.verdict(on: read)
                #expect(verdict.exclusion == alone.exclusion, "\(texts[index])")
                #expect(verdict.assessment == alone.assessment, "\(texts[index])")
                #expect(verdict.allRoles == alone.allRoles, "\(texts[index])")
                #expect(Array(verdict.roles) == Array(alone.roles), "\(texts[index])")
                // A verdict says a sentence holds no digit only when it holds none.
                let hasDigit = texts[index].utf8.contains { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
                #expect(!(verdict.holdsNoDigit && hasDigit), "\(texts[index])")
                if alone.exclusion != nil { general.excluded += 1 }
                if alone.assessment != nil { general.claims += 1 }
                if found.worthiness(index).isEmpty,
                    CheckWorthiness.claimsNothing(read, roles: verdict.roles, allRoles: verdict.allRoles)
                {
                    short += 1
                    if !verdict.allRoles.isDisjoint(with: [.imperative, .subordinator]) { shortWithClauseRoles += 1 }
                    if verdict.allRoles.contains(.byIn) { shortWithByIn += 1 }
                    if hasDigit { shortWithDigits += 1 }
                    // A short answer is never an excluded or check-worthy sentence.
                    #expect(alone.exclusion == nil && alone.assessment == nil, "\(texts[index])")
                }
            }
            // Each kind of sentence is reached many times: short answers (some past a clause
            // word or a lone "in" or "by"), exclusions and claims.
            #expect(short > 300 && shortWithClauseRoles > 30 && shortWithByIn > 10 && shortWithDigits > 30)
            #expect(general.excluded > 300 && general.claims > 30)
        }
    }
}
