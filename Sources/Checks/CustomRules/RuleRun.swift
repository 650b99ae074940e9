import CopydeskCore

/// One custom rule applied to one article's matches, kind by kind.
struct RuleRun {
    let compiled: CustomRuleSet.Compiled
    let article: Article
    let texts: BlockTexts

    var rule: CustomRule { compiled.rule }

    typealias BlockMatches = [(block: Int, matches: [RuleMatcher.Match])]

    /// Every match is a finding.
    func existence(_ matches: BlockMatches) -> [Finding] {
        matches.flatMap { item in
            item.matches.map { finding(at: $0.range, block: item.block) }
        }
    }

    /// Every match of a `swap` phrase is a finding that suggests its replacement.
    func substitution(_ matches: BlockMatches) -> [Finding] {
        matches.flatMap { item in
            item.matches.compactMap { match -> Finding? in
                guard let phrase = match.phrase, let replacement = rule.swap[phrase] else { return nil }
                let written = self.written(match.range, block: item.block)
                let suggestion = Self.matchingCase(replacement, of: written)
                guard suggestion != written else { return nil }
                return finding(at: match.range, block: item.block, suggestion: suggestion)
            }
        }
    }

    /// One finding per sentence, paragraph or document holding more than `max` matches, at the first match over.
    func occurrence(_ matches: BlockMatches) -> [Finding] {
        let limit = max(0, rule.max ?? 0)
        var groups: [[(block: Int, range: Range<Int>)]] = []
        switch rule.scope {
        case .document:
            groups = [matches.flatMap { item in item.matches.map { (item.block, $0.range) } }]
        case .paragraph:
            groups = matches.map { item in item.matches.map { (item.block, $0.range) } }
        case .sentence:
            for item in matches {
                let spans = sentenceSpans(item.block)
                var bySpan: [Int: [(block: Int, range: Range<Int>)]] = [:]
                for match in item.matches {
                    bySpan[span(of: match.range.lowerBound, in: spans), default: []].append((item.block, match.range))
                }
                groups += bySpan.keys.sorted().map { bySpan[$0]! }
            }
        }
        return groups.filter { $0.count > limit }.map { group in
            let over = group[limit]
            let first = group[0]
            return finding(
                at: over.range, block: over.block,
                related: [RelatedLocation(message: "first occurrence", range: range(first.range, block: first.block))])
        }
    }

    /// One finding per sentence that holds a match but no citation, at its first match. Citations
    /// are what the citation checks accept (`EvidenceCoverage`, under the policy's citation scope);
    /// a block without sentences counts as one sentence.
    func requireCitation(_ matches: BlockMatches, coverage: EvidenceCoverage, finder: EvidenceFinder) -> [Finding] {
        var findings: [Finding] = []
        for item in matches {
            let sentences = article.sentences(inBlock: item.block)
            var reported = Set<Int>()
            for match in item.matches {
                let cited: Bool
                if sentences.isEmpty {
                    guard reported.insert(-1).inserted else { continue }
                    cited = !finder.evidence(inText: texts.text(item.block)).isEmpty
                } else {
                    // The sentence holding the match: the last one starting at or before it.
                    let after = sentences.partitionPoint { $0.textRange.lowerBound <= match.range.lowerBound }
                    let index = max(sentences.startIndex, after - 1)
                    guard reported.insert(index).inserted else { continue }
                    cited = coverage.isCited(sentenceAt: index)
                }
                if !cited { findings.append(finding(at: match.range, block: item.block)) }
            }
        }
        return findings
    }

    // MARK: - Helpers

    /// Each sentence of a block reaching up to the next one (so a trailing citation marker belongs
    /// to it); the whole block when it has no sentences.
    private func sentenceSpans(_ block: Int) -> [Range<Int>] {
        let end = texts.text(block).utf8.count
        let starts = article.sentences(inBlock: block).map(\.textRange.lowerBound)
        guard !starts.isEmpty else { return [0..<end] }
        var spans: [Range<Int>] = []
        for (number, start) in starts.enumerated() {
            let lower = number == 0 ? 0 : start
            let upper = number + 1 < starts.count ? starts[number + 1] : end
            spans.append(lower..<max(lower, upper))
        }
        return spans
    }

    /// The span holding an offset: the last one starting at or before it.
    private func span(of offset: Int, in spans: [Range<Int>]) -> Int {
        max(0, spans.partitionPoint { $0.lowerBound <= offset } - 1)
    }

    private func written(_ range: Range<Int>, block: Int) -> String {
        let utf8 = Array(texts.text(block).utf8)
        return String(decoding: utf8[range.clamped(to: 0..<utf8.count)], as: UTF8.self)
    }

    private func range(_ textRange: Range<Int>, block: Int) -> SourceRange {
        article.range(inBlock: block, textRange: textRange)
    }

    private func finding(
        at textRange: Range<Int>, block: Int, suggestion: String? = nil, related: [RelatedLocation] = []
    ) -> Finding {
        let match = written(textRange, block: block)
        return Finding(
            rule: rule.id, category: rule.category, severity: compiled.severity,
            message: Self.format(rule.message, match: match, suggestion: suggestion), match: match,
            range: range(textRange, block: block), section: article.blocks[block].section,
            suggestions: suggestion.map { [$0] } ?? [], related: related)
    }

    /// The message with its first `%s` replaced by the match and its second by the suggestion.
    static func format(_ message: String, match: String, suggestion: String?) -> String {
        var parts = message.components(separatedBy: "%s")
        guard parts.count > 1 else { return message }
        var result = parts.removeFirst()
        for (number, part) in parts.enumerated() {
            result += (number == 1 ? suggestion ?? match : number == 0 ? match : "%s") + part
        }
        return result
    }

    /// A replacement capitalised like the text it replaces (`Utilize` → `Use`).
    static func matchingCase(_ replacement: String, of written: String) -> String {
        guard let first = written.first, first.isUppercase, let head = replacement.first, head.isLowercase else {
            return replacement
        }
        return head.uppercased() + replacement.dropFirst()
    }
}
