import CopydeskCore

/// Source lines as cmark sees them: cmark reads the file without its BOM, so byte columns on
/// the first line are shifted by the BOM's length.
struct CmarkLines {
    let lines: LineIndex
    /// Bytes removed before cmark's first line (3 for a UTF-8 BOM).
    let firstLineShift: Int

    var lineCount: Int { lines.lineCount }
    var lineStarts: [Int] { lines.lineStarts }
    var byteCount: Int { lines.byteCount }

    func lineIndex(ofOffset offset: Int) -> Int { lines.lineIndex(ofOffset: offset) }

    /// The source offset of cmark's 1-based line and byte column.
    func offset(line: Int, byteColumn: Int) -> Int {
        min(lines.byteCount, lines.offset(line: line, byteColumn: byteColumn) + (line == 1 ? firstLineShift : 0))
    }
}
