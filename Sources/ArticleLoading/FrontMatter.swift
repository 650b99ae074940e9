import CopydeskCore
import Foundation
import Yams

/// YAML front matter between `---` lines at the top of a Markdown file: its `title` names the
/// article; the rest is never linted and never becomes blocks.
struct FrontMatter {
    /// Source bytes of the front matter, both fence lines included (line breaks included).
    var range: Range<Int>
    var title: String?

    /// The front matter at the top of `source` (after a BOM), or nil if there is none.
    static func parse(path: String, source: [UInt8], lines: LineIndex) throws(LoadError) -> FrontMatter? {
        let bom = lines.bomLength
        guard lines.lineCount > 2, isFence(source, lines, line: 1, bom: bom, closing: false) else { return nil }
        var closingLine: Int?
        for line in 2...lines.lineCount where isFence(source, lines, line: line, bom: 0, closing: true) {
            closingLine = line
            break
        }
        guard let closing = closingLine else { return nil }
        let yamlStart = lines.lineStarts[1]
        let yamlEnd = lines.lineStarts[closing - 1]
        let end = closing < lines.lineCount ? lines.lineStarts[closing] : source.count
        let yaml = source[yamlStart..<yamlEnd]
        // Plain `key: value` lines are read without Yams (the same result, several times faster).
        let value: String?
        if let reading = PlainFrontMatter.read(yaml) {
            value = reading.title
        } else {
            value = try yamsTitle(yaml, path: path)
        }
        let title = value.map(trimmed)
        return FrontMatter(range: 0..<end, title: title?.isEmpty == false ? title : nil)
    }

    /// The `title` value's text as Yams reads the front matter, or nil when there is none.
    static func yamsTitle(_ yaml: ArraySlice<UInt8>, path: String) throws(LoadError) -> String? {
        let node: Node?
        do {
            node = try Yams.compose(yaml: String(decoding: yaml, as: UTF8.self))
        } catch let error as YamlError {
            throw Self.loadError(error, path: path, firstLine: 2)
        } catch {
            throw LoadError(path: path, message: "front matter is not valid YAML; fix it or remove it")
        }
        return node?.mapping?["title"]?.string
    }

    /// `text.trimmingCharacters(in: .whitespacesAndNewlines)`; without Foundation when both
    /// ends are printable ASCII other than the space, so there is nothing to trim.
    static func trimmed(_ text: String) -> String {
        if let first = text.utf8.first, let last = text.utf8.last, (0x21...0x7E).contains(first),
            (0x21...0x7E).contains(last)
        {
            return text
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether the 1-based `line` (without its line break; after a BOM when `bom` is its length)
    /// is `---`, or `...` when `closing`, with nothing after it but spaces and tabs.
    static func isFence(_ source: [UInt8], _ lines: LineIndex, line: Int, bom: Int, closing: Bool) -> Bool {
        let range = lines.lineRange(line)
        var start = range.lowerBound
        var end = range.upperBound
        if bom > 0, end - start >= bom, source[start..<(start + bom)].elementsEqual([0xEF, 0xBB, 0xBF]) {
            start += bom
        }
        while end > start, source[end - 1] == UInt8(ascii: " ") || source[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        guard end - start == 3 else { return false }
        let fence = source[start]
        return (fence == UInt8(ascii: "-") || (closing && fence == UInt8(ascii: ".")))
            && source[start + 1] == fence && source[start + 2] == fence
    }

    private static func loadError(_ error: YamlError, path: String, firstLine: Int) -> LoadError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return LoadError(
                path: path, message: "front matter is not valid YAML: \(problem); fix the YAML between the --- lines",
                line: mark.line + firstLine - 1, column: mark.column)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return LoadError(
                path: path,
                message:
                    "front matter is not valid YAML: duplicate key \(duplicates.joined(separator: ", ")); keep one of them",
                line: context.mark.line + firstLine - 1, column: context.mark.column)
        default:
            return LoadError(path: path, message: "front matter is not valid YAML; fix the YAML between the --- lines")
        }
    }
}
