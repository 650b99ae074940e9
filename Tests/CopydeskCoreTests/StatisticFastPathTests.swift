import Testing

@testable import CopydeskCore

/// The statistic reader's early answers (a lone number, a lone "in" or "by") are the answers
/// the full reading gives, and an article's verdicts read each sentence's roles from one table
/// as its own array of roles gives them.
@Suite struct StatisticFastPathTests {
    /// Words around numbers: every word `statisticEnd` asks about, and others.
    static let pool = [
        "3", "40", "1.28", "2019", "1,000", "500mg", "2-fold", "1.1.0", "10", "4", "0.5", "12", "1800", "2100",
        "%", "percent", "percentage", "per", "cent", "points", "mg", "kg", "calories", "in", "by", "half", "out",
        "of", "times", "more", "likely", "higher", "and", "people", "patients", "adults", "million", "billion",
        "one", "two", "five", "ten", "the", "all", "twice", "as", "doubles", "risk", "third", "a", "days", "weeks",
        "within", "effects", "cut", "millions", "thousands", "deaths", "majority", "study", "In", "By", "Half",
        "½", "3½", "minutes", "fasting", "weight", "loss", "trials", "found", "It", "was", "cases",
    ]

    /// Deterministic sentences of 1 to 12 words from the pool, some with `40 %` spacing and commas.
    static func sentences(count: Int) -> [String] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in
            var text = ""
            for position in 0..<(1 + next(12)) {
                let word = pool[next(pool.count)]
                if position > 0 { text += word == "%" && next(2) == 0 ? "" : (next(8) == 0 ? ", " : " ") }
                text += word
            }
            return next(3) == 0 ? text + "." : text
        }
    }

    static let generated = sentences(count: 3000)

    @Test func earlyAnswersAreTheFullReadingsAnswers() {
        let detector = CheckWorthiness()
        var ruledOut = 0
        for sentence in Self.generated {
            let scan = detector.scan(sentence)
            for index in 0..<scan.count where scan.isDigits(index) || scan.has(.statisticStart, at: index) {
                let next = StatisticWords.of(index + 1, scan)
                let lone =
                    CheckWorthiness.isLoneByIn(at: index, scan)
                    || CheckWorthiness.isLoneNumber(at: index, next: next, scan)
                guard lone else { continue }
                ruledOut += 1
                #expect(detector.generalStatisticEnd(at: index, next: next, scan) == nil, "\(sentence) at \(index)")
            }
        }
        // The sentences reach both early answers, many times.
        #expect(ruledOut > 1000)
    }

    @Test func roleRunsOfAnArticleAreEachSentencesRoles() {
        let start = SourcePosition(line: 1, column: 1, offset: 0)
        let texts = Array(Self.generated.prefix(200)) + ["", "Studies show that fasting works.", "é 1,000 ’s"]
        let sentences = texts.enumerated().map { index, text in
            Sentence(
                text: text, blockIndex: index, textRange: 0..<text.utf8.count,
                range: SourceRange(start: start, end: start))
        }
        let article = Article(path: "a.md", format: .markdown, source: [], sentences: sentences)
        let detector = CheckWorthiness()
        let verdicts = detector.verdicts(in: article)
        #expect(verdicts.count == texts.count)
        for (verdict, read) in zip(verdicts, SentenceText.all(in: article)) {
            #expect(Array(verdict.roles) == detector.roleIndex.roles(of: read.keys))
            let alone = detector.verdict(on: read)
            #expect(verdict.exclusion == alone.exclusion && verdict.assessment == alone.assessment)
            #expect(verdict.allRoles == alone.allRoles)
        }
    }
}
