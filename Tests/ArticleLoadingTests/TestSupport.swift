import CopydeskCore
import Foundation

@testable import ArticleLoading

/// Fixtures live next to this file; found through `#filePath`, so no bundle resources are needed.
func fixturePath(_ name: String, file: String = #filePath) -> String {
    URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("Fixtures").appendingPathComponent(
        name
    ).path
}

func loadFixture(_ name: String) throws -> Article {
    try ArticleLoader().load(path: fixturePath(name))
}

func load(_ text: String, format: ArticleFormat, path: String = "test") throws -> Article {
    try ArticleLoader().load(path: path, bytes: Array(text.utf8), format: format)
}

func load(bytes: [UInt8], format: ArticleFormat) throws -> Article {
    try ArticleLoader().load(path: "test", bytes: bytes, format: format)
}

extension Article {
    /// The source text a range covers.
    func sourceText(_ range: SourceRange) -> String {
        String(decoding: source[range.start.offset..<range.end.offset], as: UTF8.self)
    }

    /// The first sentence whose text starts with `prefix`.
    func sentence(startingWith prefix: String) -> Sentence? {
        sentences.first { $0.text.hasPrefix(prefix) }
    }

    var kinds: [String] { blocks.map(\.kind.name) }
}

/// `line:column+offset` for compact exact assertions.
func describe(_ position: SourcePosition) -> String { "\(position.line):\(position.column)+\(position.offset)" }
func describe(_ range: SourceRange) -> String { "\(describe(range.start))-\(describe(range.end))" }

/// A draft as text: its title, blocks (kind, source, quote depth, text and every byte's source),
/// links, markers, references and directives, for tests that compare two drafts.
func describe(_ draft: ArticleDraft) -> String {
    var lines = ["title \(draft.title ?? "-")"]
    for block in draft.blocks {
        let runs = (0..<block.map.utf8Count).map { block.map.sourceRange(of: $0..<($0 + 1)) }
        lines.append(
            "block \(block.kind) \(block.source) q\(block.quoteDepth) \(block.map.text.debugDescription) \(runs)")
    }
    for link in draft.links {
        lines.append(
            "link \(link.url) \(String(describing: link.blockIndex)) \(String(describing: link.textRange)) \(link.source)"
        )
    }
    for marker in draft.markers {
        lines.append(
            "marker \(marker.label) \(marker.style) \(marker.blockIndex) \(marker.textOffset) \(marker.source)")
    }
    for reference in draft.references {
        lines.append("reference \(reference.label) \(reference.text) \(reference.source)")
    }
    for directive in draft.directives {
        lines.append("directive \(directive.kind) \(directive.targets) \(directive.source)")
    }
    return lines.joined(separator: "\n")
}
