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

    func findings(in article: Article) -> [Finding] {
        var mentions: [NumberMention] = []
        // Each sentence's text read in place, not copied to be looked at.
        SentenceText.all(in: article).withUnsafeBufferPointer { texts in
            for index in article.sentences.indices
            where article.blocks[article.sentences[index].blockIndex].isLintable {
                NumberMention.mentions(in: texts, at: index, sentenceIndex: index, into: &mentions)
            }
        }
        var findings: [Finding] = []
        // Only mentions of one kind (a noun's counts, changes in one direction) can conflict;
        // each is compared with the latest `window` of its kind, so cost stays linear.
        var buckets: [NumberMention.Bucket: [Int]] = [:]
        for (laterIndex, later) in mentions.enumerated() {
            let bucket = later.bucket
            defer { buckets[bucket, default: []].append(laterIndex) }
            for earlierIndex in (buckets[bucket] ?? []).suffix(Self.window) {
                let earlier = mentions[earlierIndex]
                guard earlier.sentenceIndex != later.sentenceIndex, earlier.isSameQuantity(as: later),
                    !earlier.agrees(with: later)
                else { continue }
                let sentence = article.sentences[later.sentenceIndex]
                let first = article.sentences[earlier.sentenceIndex]
                let firstRange = article.range(in: first, textRange: earlier.range)
                let message =
                    "'\(later.text)' here but '\(earlier.text)' on line \(firstRange.start.line); "
                    + "use one figure or say why they differ"
                findings.append(
                    Self.description.finding(
                        message, in: article, sentence: sentence, textRange: later.range,
                        related: [RelatedLocation(message: "first stated as '\(earlier.text)'", range: firstRange)]))
                break
            }
        }
        return findings
    }
}
