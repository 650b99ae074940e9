import CopydeskCore

/// `fact-check.inconsistent-number`: one quantity stated with different numbers in one article.
///
/// Counts are the same quantity when they count the same noun and lie within 20% of each other
/// ("25,871 adults", "25,000 adults"); percentage changes when they go the same way and share
/// most of their clause's content words ("reduced hair loss by 40%", "hair loss fell by 30%").
/// A rounding ("26,000 adults") or a qualifier ("more than 25,000 adults") that fits is not a
/// conflict, nor are two numbers in one sentence (a comparison the writer meant).
struct NumberConsistency: Sendable {
    static let description = CheckDescription(
        id: "fact-check.inconsistent-number", category: .factCheck, defaultSeverity: .warning,
        summary: "The same quantity is stated with different numbers in one article.",
        passing: [
            Example("The study followed 25,871 adults.\n\nAll 25,871 adults gave blood samples."),
            Example("The study followed 25,871 adults.\n\nAbout 26,000 adults gave blood samples."),
            Example("The drug cut the risk of stroke by 40%.\n\nIt cut the risk of heart attack by 30%."),
        ],
        failing: [
            Example("The study followed 25,871 adults.\n\nOf the 1️⃣25,000 adults, most were women."),
            Example(
                "Minoxidil reduced hair loss by 40% in the trial.\n\nIn that trial, hair loss fell by 1️⃣30% with minoxidil."
            ),
        ])

    /// How many earlier mentions of the same kind each mention is compared with.
    static let window = 256

    /// Up to how many mentions the earlier ones of a kind are found by comparing kinds, not
    /// through a table of each kind's mentions (a dictionary and an array per kind, for an
    /// article's handful of numbers). Not above `window + 1`: every earlier mention of the
    /// kind is then within the window.
    static let comparedMentions = 16

    /// - Parameter verdicts: the article's check-worthiness verdicts (`CheckWorthiness.verdicts(in:)`),
    ///   when at hand: a sentence whose verdict found no digit in it (`holdsNoDigit`, most
    ///   sentences without a claim) opens no numeral, and its bytes are not looked through again.
    func findings(in article: Article, verdicts: [CheckWorthiness.Verdict] = []) -> [Finding] {
        var mentions: [NumberMention] = []
        // The arrays read once: the article's getters retained them for every sentence.
        let sentences = article.sentences
        let blocks = article.blocks
        let knowsDigits = verdicts.count == sentences.count
        // Each sentence's text read in place, not copied to be looked at.
        SentenceText.all(in: article).withUnsafeBufferPointer { texts in
            verdicts.withUnsafeBufferPointer { verdicts in
                for index in sentences.indices {
                    // The verdict first: most sentences hold no digit, and their block is not
                    // looked up (a sentence's and a block's copy, retained and released).
                    if knowsDigits && verdicts[index].holdsNoDigit { continue }
                    guard blocks[sentences[index].blockIndex].isLintable else { continue }
                    NumberMention.mentions(in: texts, at: index, sentenceIndex: index, into: &mentions)
                }
            }
        }
        // A conflict takes two mentions.
        guard mentions.count > 1 else { return [] }
        var findings: [Finding] = []
        // Whether the earlier mention conflicts with the later one (then reported).
        func reports(_ earlier: NumberMention, _ later: NumberMention) -> Bool {
            guard earlier.sentenceIndex != later.sentenceIndex, earlier.isSameQuantity(as: later),
                !earlier.agrees(with: later)
            else { return false }
            let sentence = sentences[later.sentenceIndex]
            let first = sentences[earlier.sentenceIndex]
            let firstRange = article.range(in: first, textRange: earlier.range)
            let message =
                "'\(later.text)' here but '\(earlier.text)' on line \(firstRange.start.line); "
                + "use one figure or say why they differ"
            findings.append(
                Self.description.finding(
                    message, in: article, sentence: sentence, textRange: later.range,
                    related: [RelatedLocation(message: "first stated as '\(earlier.text)'", range: firstRange)]))
            return true
        }
        // Only mentions of one kind (a noun's counts, changes in one direction) can conflict;
        // each is compared with the latest `window` of its kind, so cost stays linear.
        if mentions.count <= Self.comparedMentions {
            for laterIndex in mentions.indices {
                let bucket = mentions[laterIndex].bucket
                for earlierIndex in 0..<laterIndex where mentions[earlierIndex].bucket == bucket {
                    if reports(mentions[earlierIndex], mentions[laterIndex]) { break }
                }
            }
            return findings
        }
        var buckets: [NumberMention.Bucket: [Int]] = [:]
        for (laterIndex, later) in mentions.enumerated() {
            let bucket = later.bucket
            defer { buckets[bucket, default: []].append(laterIndex) }
            for earlierIndex in (buckets[bucket] ?? []).suffix(Self.window) {
                if reports(mentions[earlierIndex], later) { break }
            }
        }
        return findings
    }
}
