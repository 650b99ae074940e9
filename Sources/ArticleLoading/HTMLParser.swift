import CopydeskCore

struct HTMLParser {
    let source: [UInt8]
    let lines: LineIndex
    func parse() -> ArticleDraft { ArticleDraft() }
}
