/// A structural block of an article.
public struct Block: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// The article's title as a block of its own (plain-text first line, HTML `<title>`).
        case title
        case heading(level: Int)
        case paragraph
        case listItem(ordered: Bool)
        case quote
        case tableCell
        /// Fenced, indented or HTML `<pre>` code: kept, never linted.
        case code
        /// A footnote definition or a reference-list entry: kept for the citation checks, not linted as prose.
        case reference

        /// Written out and inlinable: the derived `==` (the cases carry values) was a call at
        /// every comparison, in loops over every block. Exhaustive over `lhs`, so a new case
        /// must say when it is equal.
        @inlinable public static func == (lhs: Kind, rhs: Kind) -> Bool {
            switch lhs {
            case .title: if case .title = rhs { return true }
            case .heading(let level): if case .heading(let other) = rhs { return level == other }
            case .paragraph: if case .paragraph = rhs { return true }
            case .listItem(let ordered): if case .listItem(let other) = rhs { return ordered == other }
            case .quote: if case .quote = rhs { return true }
            case .tableCell: if case .tableCell = rhs { return true }
            case .code: if case .code = rhs { return true }
            case .reference: if case .reference = rhs { return true }
            }
            return false
        }

        public var name: String {
            switch self {
            case .title: "title"
            case .heading: "heading"
            case .paragraph: "paragraph"
            case .listItem: "list-item"
            case .quote: "quote"
            case .tableCell: "table-cell"
            case .code: "code"
            case .reference: "reference"
            }
        }
    }

    public var kind: Kind
    /// Plain text: markup removed, entities decoded, inline code dropped, line breaks as spaces.
    public var text: String { map.text }
    /// Maps `text` back to the source.
    public var map: TextMap
    /// Source range of the whole block, markup included.
    public var range: SourceRange
    /// The nearest heading above this block (its text), for reports.
    public var section: String?
    /// Block quote depth: text inside `>` is quoted speech for some checks.
    public var quoteDepth: Int

    public init(kind: Kind, map: TextMap, range: SourceRange, section: String? = nil, quoteDepth: Int = 0) {
        self.kind = kind
        self.map = map
        self.range = range
        self.section = section
        self.quoteDepth = quoteDepth
    }

    /// Whether checks read this block as prose.
    public var isLintable: Bool { kind.isLintable }

    public var isHeading: Bool {
        switch kind {
        case .heading, .title: true
        default: false
        }
    }

    public var wordCount: Int { Words.count(in: text) }
}

/// A sentence of a block, with its byte range in the block's text.
public struct Sentence: Sendable, Hashable {
    public var text: String
    /// Index into `Article.blocks`.
    public var blockIndex: Int
    /// Byte range of the sentence within its block's text.
    public var textRange: Range<Int>
    /// Source range of the sentence.
    public var range: SourceRange

    public init(text: String, blockIndex: Int, textRange: Range<Int>, range: SourceRange) {
        self.text = text
        self.blockIndex = blockIndex
        self.textRange = textRange
        self.range = range
    }
}

/// A link in the article.
public struct Link: Sendable, Hashable {
    public var url: String
    /// Index of the block the link's text sits in, if any.
    public var blockIndex: Int?
    /// Byte range of the link's text within the block's text.
    public var textRange: Range<Int>?
    public var range: SourceRange

    public init(url: String, blockIndex: Int?, textRange: Range<Int>?, range: SourceRange) {
        self.url = url
        self.blockIndex = blockIndex
        self.textRange = textRange
        self.range = range
    }
}

/// A citation marker: `[^label]`, `[1]`, `<sup>1</sup>`.
public struct CitationMarker: Sendable, Hashable {
    public enum Style: String, Sendable, Hashable {
        case footnote
        case numbered
        case superscript
    }

    public var label: String
    public var style: Style
    public var blockIndex: Int
    /// Byte offset in the block's text where the marker stands (markers are not part of the text).
    public var textOffset: Int
    public var range: SourceRange

    public init(label: String, style: Style, blockIndex: Int, textOffset: Int, range: SourceRange) {
        self.label = label
        self.style = style
        self.blockIndex = blockIndex
        self.textOffset = textOffset
        self.range = range
    }
}

/// An entry of the article's reference list.
public struct ReferenceEntry: Sendable, Hashable {
    public var label: String
    public var text: String
    public var range: SourceRange

    public init(label: String, text: String, range: SourceRange) {
        self.label = label
        self.text = text
        self.range = range
    }
}

/// A suppression directive from a comment.
public struct Directive: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case disable = "copydesk-disable"
        case enable = "copydesk-enable"
        case disableNextLine = "copydesk-disable-next-line"
    }

    public var kind: Kind
    /// Rule ids or categories; empty means all.
    public var targets: [String]
    public var range: SourceRange

    public init(kind: Kind, targets: [String], range: SourceRange) {
        self.kind = kind
        self.targets = targets
        self.range = range
    }
}

extension Block.Kind {
    /// Whether a block of this kind is prose the checks read (`Block.isLintable`): not code, not a
    /// reference entry.
    public var isLintable: Bool {
        switch self {
        case .code, .reference: false
        default: true
        }
    }
}
