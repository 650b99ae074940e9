import ArticleLoading
import CopydeskCore
import Foundation

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
