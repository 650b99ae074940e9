import CopydeskCore

/// Source lines as cmark sees them: cmark reads the file without its BOM, so byte columns on
/// the first line are shifted by the BOM's length.
struct CmarkLines {
    let lines: LineIndex
    /// Bytes removed before cmark's first line (3 for a UTF-8 BOM).
    let firstLineShift: Int
    /// `lines.lineStarts` and `lines.byteCount`, held here: the walkers read them for nearly
    /// every node, and each read through `LineIndex` was a call into another module.
    let lineStarts: [Int]
    let byteCount: Int

    init(lines: LineIndex, firstLineShift: Int) {
        self.lines = lines
        self.firstLineShift = firstLineShift
        lineStarts = lines.lineStarts
        byteCount = lines.byteCount
    }

    var lineCount: Int { lineStarts.count }

    func lineIndex(ofOffset offset: Int) -> Int { lines.lineIndex(ofOffset: offset) }

    /// The source offset of cmark's 1-based line and byte column.
    func offset(line: Int, byteColumn: Int) -> Int {
        // `lines.offset(line:byteColumn:)`, computed here from the held line starts.
        let offset =
            line >= 1 && line <= lineStarts.count
            ? min(byteCount, lineStarts[line - 1] + max(0, byteColumn - 1)) : byteCount
        return min(byteCount, offset + (line == 1 ? firstLineShift : 0))
    }
}
