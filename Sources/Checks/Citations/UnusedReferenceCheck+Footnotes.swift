import CopydeskCore

extension UnusedReferenceCheck {
    /// Markdown footnote definitions the article's references lack: cmark-gfm drops a definition
    /// nothing points at, which is exactly the one this rule looks for. Read from the source:
    /// `[^label]:` at the start of a line (after up to three spaces), outside code blocks.
    static func droppedFootnotes(in article: Article) -> [ReferenceEntry] {
        var labels = ReferenceLabels.normalizedLabels(of: article.references)
        return droppedFootnotes(in: article, labels: &labels)
    }

    /// `droppedFootnotes(in:)`, given `labels`, the article's references' normalized labels
    /// (`ReferenceLabels.normalizedLabels(of:)`), to which the labels of the entries found are
    /// appended, normalized: the labels of the references and the dropped entries, each
    /// normalized once (the check normalized the references' labels twice, and copied each
    /// entry to read its label).
    static func droppedFootnotes(in article: Article, labels: inout [String]) -> [ReferenceEntry] {
        guard article.format == .markdown else { return [] }
        // The references' labels, compared one by one when they are few (a set cost more to make).
        let known = labels.count > 16 ? Set(labels) : nil
        // The dropped entries' labels, appended once the source is read (a label defined twice
        // outside the references is dropped twice).
        var droppedLabels: [String] = []
        // The code blocks are indexed once a definition the references lack is found (few articles have one).
        var code: RangeIndex?
        var entries: [ReferenceEntry] = []
        // Every line's start is looked at: the source and the line starts are read in place,
        // without a bounds test or a retain for each byte.
        let source = article.source
        source.withUnsafeBufferPointer { bytes in
            article.lines.lineStarts.withUnsafeBufferPointer { lineStarts in
                for start in lineStarts {
                    var cursor = start
                    while cursor < bytes.count && cursor < start + 3 && bytes[cursor] == UInt8(ascii: " ") {
                        cursor += 1
                    }
                    guard cursor + 2 < bytes.count, bytes[cursor] == UInt8(ascii: "["),
                        bytes[cursor + 1] == UInt8(ascii: "^")
                    else { continue }
                    var close = cursor + 2
                    while close < bytes.count && bytes[close] != UInt8(ascii: "]") && bytes[close] != UInt8(ascii: "\n")
                        && bytes[close] != UInt8(ascii: " ")
                    {
                        close += 1
                    }
                    guard close > cursor + 2, close + 1 < bytes.count, bytes[close] == UInt8(ascii: "]"),
                        bytes[close + 1] == UInt8(ascii: ":")
                    else { continue }
                    let label = String(
                        decoding: UnsafeBufferPointer(rebasing: bytes[(cursor + 2)..<close]), as: UTF8.self)
                    let normalized = ReferenceLabels.normalized(label)
                    guard !(known?.contains(normalized) ?? labels.contains(normalized)) else { continue }
                    if code == nil { code = RangeIndex(codeOf: article) }
                    if code?.contains(cursor) == true { continue }
                    var end = close + 2
                    while end < bytes.count && bytes[end] != UInt8(ascii: "\n") && bytes[end] != UInt8(ascii: "\r") {
                        end += 1
                    }
                    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[(close + 2)..<end]), as: UTF8.self)
                    entries.append(
                        ReferenceEntry(label: label, text: text, range: article.lines.range(from: cursor, to: end)))
                    droppedLabels.append(normalized)
                }
            }
        }
        labels += droppedLabels
        return entries
    }
}
