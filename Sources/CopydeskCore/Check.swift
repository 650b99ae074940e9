import Foundation

/// A built-in analyzer for one rule id, configured by the policy.
///
/// Checks report findings at the description's default severity; the Checks stage applies
/// the policy's levels, suppressions and sorting afterwards.
public protocol Check: Sendable {
    static var description: CheckDescription { get }
    init(policy: Policy)
    func findings(in article: Article) -> [Finding]
}

extension Check {
    public var description: CheckDescription { Self.description }

    /// A finding of this check's rule at a range of a block's text. Inlinable, so that it is
    /// specialised for each check: the generic version copies the whole description out of its
    /// static (its strings and examples) and copies the finding it built to return it.
    @inlinable
    public func finding(
        _ message: String, in article: Article, block: Block, textRange: Range<Int>, suggestions: [String] = [],
        related: [RelatedLocation] = []
    ) -> Finding {
        let (bounds, match) = FindingMatch.of(textRange, in: block.text.utf8)
        // Read once: each read copies the description (its strings and examples) out of the static.
        let description = Self.description
        return Finding(
            rule: description.id, category: description.category,
            severity: description.defaultSeverity, message: message, match: match,
            range: article.range(in: block, textRange: bounds), section: block.section,
            suggestions: suggestions, related: related)
    }

    /// The finding `finding(_:in:block:textRange:)` makes for `article.blocks[blockIndex]`, with
    /// the block's text, map and section read where they lie in the article's blocks: a block
    /// handed over by value was copied out of the array (a retain and a release of its text, map
    /// and section) for every finding.
    @inlinable
    public func finding(
        _ message: String, in article: Article, blockIndex: Int, textRange: Range<Int>,
        suggestions: [String] = [], related: [RelatedLocation] = []
    ) -> Finding {
        // The block's map read where it lies in the article's blocks, as Article.range(in:textRange:)
        // reads it, without the block: a copy of the map retained its text and runs and released
        // them again, for every finding.
        let (bounds, match, source) = article.blocks.withUnsafeBufferPointer { blocks in
            precondition(blockIndex >= 0 && blockIndex < blocks.count, "Index out of range")
            let (bounds, match) = FindingMatch.of(textRange, in: blocks[blockIndex].map.text.utf8)
            return (bounds, match, FindingMatch.sourceRange(of: bounds, inBlock: blockIndex, of: blocks))
        }
        let description = Self.description
        return Finding(
            rule: description.id, category: description.category,
            severity: description.defaultSeverity, message: message, match: match,
            range: article.lines.range(from: source.lowerBound, to: source.upperBound),
            section: article.blocks[blockIndex].section, suggestions: suggestions, related: related)
    }
}

/// A finding's matched text: `textRange` clamped to the block's text, and the text between.
@usableFromInline
enum FindingMatch {
    /// A native string's bytes are decoded in place; the generic slice decoding (and its
    /// contiguous-storage test) is for the others. Offsets into the native UTF-8 view are O(1): no
    /// copy of the block per finding.
    @inlinable
    static func of(_ textRange: Range<Int>, in utf8: String.UTF8View) -> (bounds: Range<Int>, text: String) {
        let lower = max(0, min(textRange.lowerBound, utf8.count))
        let upper = max(lower, min(textRange.upperBound, utf8.count))
        let text =
            utf8.withContiguousStorageIfAvailable {
                String(decoding: UnsafeBufferPointer(rebasing: $0[lower..<upper]), as: UTF8.self)
            }
            ?? {
                let start = utf8.index(utf8.startIndex, offsetBy: lower)
                return String(decoding: utf8[start..<utf8.index(start, offsetBy: upper - lower)], as: UTF8.self)
            }()
        return (lower..<upper, text)
    }

    /// `blocks[index].map.sourceRange(of: bounds)`, asked in this module: called where a check
    /// is specialised (another module), the map was copied out of the block (its storage
    /// retained and released) to be handed to `sourceRange(of:)`, for every finding.
    @usableFromInline
    static func sourceRange(of bounds: Range<Int>, inBlock index: Int, of blocks: UnsafeBufferPointer<Block>)
        -> Range<Int>
    {
        blocks[index].map.sourceRange(of: bounds)
    }
}

/// What a check is, with examples that double as its tests and its documentation.
public struct CheckDescription: Sendable {
    public var id: String
    public var category: Category
    public var defaultSeverity: Severity
    /// One line: what the rule flags and why.
    public var summary: String
    /// Optional longer explanation for docs/rules.md and SARIF help.
    public var rationale: String?
    /// Text that must give no finding of this rule.
    public var passing: [Example]
    /// Text that must give findings exactly at its 1️⃣ 2️⃣ … markers.
    public var failing: [Example]

    public init(
        id: String, category: Category, defaultSeverity: Severity, summary: String, rationale: String? = nil,
        passing: [Example] = [], failing: [Example] = []
    ) {
        self.id = id
        self.category = category
        self.defaultSeverity = defaultSeverity
        self.summary = summary
        self.rationale = rationale
        self.passing = passing
        self.failing = failing
    }

    /// The rule's name without its category, `stacked-hedge` for `hedging.stacked-hedge`.
    public var name: String { String(id.split(separator: ".", maxSplits: 1).last ?? Substring(id)) }
}

/// An example article (Markdown unless said otherwise) for a check description.
public struct Example: Sendable {
    /// The markers that say where findings must start in a failing example.
    public static let markers: [String] = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

    public var text: String
    public var format: ArticleFormat
    /// Edits to the default policy the example needs (a sensitivity, a setting).
    public var configure: @Sendable (inout Policy) -> Void
    public var file: String
    public var line: Int

    public init(
        _ text: String, format: ArticleFormat = .markdown,
        configure: @escaping @Sendable (inout Policy) -> Void = { _ in },
        file: String = #filePath, line: Int = #line
    ) {
        self.text = text
        self.format = format
        self.configure = configure
        self.file = file
        self.line = line
    }

    /// The text with the markers removed, and the UTF-8 offsets where they stood.
    public var stripped: (text: String, offsets: [Int]) {
        var text = self.text
        var offsets: [(marker: Int, offset: Int)] = []
        while let found = Example.markers.enumerated().compactMap({ item -> (Int, Range<String.Index>)? in
            text.range(of: item.element).map { (item.offset, $0) }
        }).min(by: { $0.1.lowerBound < $1.1.lowerBound }) {
            offsets.append((found.0, text.utf8.distance(from: text.startIndex, to: found.1.lowerBound)))
            text.removeSubrange(found.1)
        }
        return (text, offsets.map(\.offset))
    }
}
