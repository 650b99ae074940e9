import CmarkArena
import CopydeskCore
import TestSupport
import Testing

@testable import ArticleLoading

/// The shortcuts loading takes give exactly what the plain ways give.
@Suite struct LoadingFastPathTests {
    // MARK: - PositionCursor

    @Test func cursorCountsOnAlongALineAndAnswersElsewhereAsLineIndex() {
        let source = Array("ab\u{E9}cd\nx\u{2014}yz\n".utf8)
        let lines = LineIndex(source)
        var cursor = PositionCursor(lines: lines, source: source)
        #expect(describe(cursor.position(ofOffset: 1)) == "1:2+1")
        #expect(describe(cursor.position(ofOffset: 4)) == "1:4+4")  // after the two-byte é
        #expect(describe(cursor.position(ofOffset: 6)) == "1:6+6")  // the line break
        #expect(describe(cursor.position(ofOffset: 11)) == "2:3+11")  // after the three-byte dash
        #expect(describe(cursor.position(ofOffset: 2)) == "1:3+2")  // backwards
        #expect(describe(cursor.position(ofOffset: 14)) == "3:1+14")  // the end
        #expect(describe(cursor.position(ofOffset: 99)) == "3:1+14")
        #expect(describe(cursor.position(ofOffset: -4)) == "1:1+0")
        #expect(describe(cursor.range(from: 8, to: 12)) == "2:2+8-2:4+12")
    }

    @Test func cursorAgreesWithLineIndexOnEveryPairOfOffsets() {
        let texts = [
            "\u{FEFF}# Title\r\nSome caf\u{E9} text.\n\n\u{1F600} end", "\u{FEFF}", "", "one line", "a\n\nb\n",
            String(repeating: "\u{E9}x ", count: 1_400) + "\nlast",
            "plain words for a while, then caf\u{E9} and \u{2014} more after them\nan ASCII line\n\u{1F600}",
        ]
        for text in texts {
            let source = Array(text.utf8)
            let lines = LineIndex(source)
            let offsets =
                Array(Set([-1, 0, 1, 2, 3, 4, source.count - 1, source.count, source.count + 1]))
                + Array(stride(from: 0, through: source.count, by: max(1, source.count / 40)))
            for first in offsets {
                for second in offsets {
                    var cursor = PositionCursor(lines: lines, source: source)
                    #expect(cursor.position(ofOffset: first) == lines.position(ofOffset: first))
                    #expect(cursor.position(ofOffset: second) == lines.position(ofOffset: second), "\(first) \(second)")
                }
            }
        }
    }

    // MARK: - UTF8Validation

    @Test func validWithoutNULMeansNoValidationError() {
        let cases: [[UInt8]] = [
            [], Array("plain ASCII text, long enough for words".utf8), Array("caf\u{E9} \u{1F600} \u{2014}".utf8),
            Array("twelve bytes\0then more".utf8), [0x00], Array("abcdefgh".utf8) + [0xC3],
            Array("abcdefgh".utf8) + [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
            Array("abcdefg".utf8) + [0xF0, 0x9F, 0x98, 0x80] + Array("abcdefgh".utf8), [0xC0, 0xAF], [0x80],
            [0xEF, 0xBB, 0xBF, 0x41], Array(repeating: 0x41, count: 15) + [0x00],
        ]
        let expected = [true, true, true, false, false, false, false, false, false, true, false, false, true, false]
        #expect(cases.map(UTF8Validation.isValidWithoutNUL) == expected)
        for bytes in cases {
            let plain = UTF8Validation.firstInvalidOffset(in: bytes) == nil && !bytes.contains(0)
            #expect(UTF8Validation.isValidWithoutNUL(bytes) == plain)
        }
        // Stops (a non-ASCII byte, a NUL, a bad sequence) at every place in and around a word
        // and a 32-byte block.
        let stops: [[UInt8]] = [[0xC3, 0xA9], [0x00], [0xC3], [0xE2, 0x80, 0x94], [0x80], [0x01, 0x00], [0xFF]]
        for stop in stops {
            for before in 0...70 {
                for after in [0, 1, 7, 9, 31, 33, 64] {
                    let bytes =
                        Array(repeating: UInt8(ascii: "a"), count: before) + stop
                        + Array(repeating: UInt8(ascii: "b"), count: after)
                    let plain = UTF8Validation.firstInvalidOffset(in: bytes) == nil && !bytes.contains(0)
                    #expect(UTF8Validation.isValidWithoutNUL(bytes) == plain, "\(bytes)")
                }
            }
        }
    }

    // MARK: - SourceAligner

    @Test func verbatimRunsMergeIntoOnePieceAndStopAtEscapesAndEntities() {
        let source = Array("say a\\*b &amp; c\r\nd".utf8)
        let aligner = SourceAligner(source: source, escapes: true)
        let pieces = aligner.align(Array("a*b & c\nd".utf8), at: 4, limit: source.count)
        #expect(
            pieces?.map { "\($0.text)=\($0.source)" } == [
                "0..<1=4..<5", "1..<2=5..<7", "2..<4=7..<9", "4..<5=9..<14", "5..<7=14..<16", "7..<8=16..<18",
                "8..<9=18..<19",
            ])
        // Without escapes the backslash is text like any other byte.
        let plain = SourceAligner(source: source, escapes: false)
        #expect(
            plain.align(Array("a\\*b".utf8), at: 4, limit: source.count)?.map { "\($0.text)=\($0.source)" } == [
                "0..<4=4..<8"
            ])
        #expect(aligner.align(Array("a*c".utf8), at: 4, limit: source.count) == nil)
        #expect(
            aligner.align(Array("say a".utf8), at: 0, limit: 3, partial: true)?.map { "\($0.text)=\($0.source)" } == [
                "0..<3=0..<3"
            ])
    }

    @Test func aLiteralThatIsTheSourceIsOnePiece() {
        let source = Array("x AT&T said caf\u{E9} \\o/ ok".utf8)
        let aligner = SourceAligner(source: source, escapes: true)
        func pieces(_ literal: String, at start: Int, limit: Int? = nil) -> [String]? {
            aligner.align(Array(literal.utf8), at: start, limit: limit ?? source.count)?.map {
                "\($0.text)=\($0.source)"
            }
        }
        // No `&` or backslash: the one-piece fast path.
        #expect(pieces("said caf\u{E9}", at: 7) == ["0..<10=7..<17"])
        // An `&` that starts no entity, and an escape that is none, come to one piece the long way too.
        #expect(pieces("AT&T said", at: 2) == ["0..<9=2..<11"])
        #expect(pieces("\\o/ ok", at: 18) == ["0..<6=18..<24"])
        // Past the limit, or different bytes: no alignment.
        #expect(pieces("said", at: 7, limit: 10) == nil)
        #expect(pieces("sand", at: 7) == nil)
        #expect(pieces("ok", at: source.count - 2) == ["0..<2=22..<24"])
    }

    // MARK: - Sentences, markers, reference headings

    @Test func bytesOverloadsGiveWhatTheStringOnesGive() {
        let text = "Dr. Smith said so. Then [1] e.g. 1.5 mg\u{2026} Really?! Yes [^a][2,3]. End"
        let segmenter = SentenceSegmenter()
        #expect(segmenter.sentences(inUTF8: Array(text.utf8)) == [0..<18, 19..<42, 43..<51, 52..<66, 67..<70])
        #expect(segmenter.sentences(in: text) == segmenter.sentences(inUTF8: Array(text.utf8)))
        let markers = NumberedMarkers.find(inUTF8: Array(text.utf8))
        #expect(markers.map { "\($0.label) \($0.range)" } == ["1 24..<27", "a 56..<60", "2,3 60..<65"])
    }

    @Test func abbreviationsWithDotsNeedShortParts() {
        let segmenter = SentenceSegmenter()
        #expect(segmenter.sentences(in: "See U.S. Data here.") == [0..<19])
        #expect(segmenter.sentences(in: "See abc.def. Data here.") == [0..<12, 13..<23])
        #expect(segmenter.sentences(in: "Ask Dr. Who now.") == [0..<16])
    }

    @Test func referenceHeadingsAreFoundWhateverTheirScript() {
        #expect(ArticleDraft.isReferenceHeading("References"))
        #expect(ArticleDraft.isReferenceHeading("  Further\u{A0}Reading:: "))
        #expect(ArticleDraft.isReferenceHeading("Wor\u{212A}s cited."))  // Kelvin sign lowercases to k
        #expect(!ArticleDraft.isReferenceHeading("R\u{E9}f\u{E9}rences"))
        #expect(!ArticleDraft.isReferenceHeading("Intermittent Fasting \u{2014} What the Evidence Says"))
        #expect(!ArticleDraft.isReferenceHeading("References and more"))
    }

    /// Headings settled on bytes against the set lookup of the lowercased text they stand for.
    @Test func referenceHeadingsAreTheSetsHeadingsWhateverTheirCase() {
        func bySet(_ text: String) -> Bool {
            var heading = ArticleDraft.collapsed(text).lowercased()
            while heading.last == ":" || heading.last == "." { heading.removeLast() }
            return ArticleDraft.referenceHeadings.contains(heading)
        }
        var texts = [
            "", ":", "..", "Notes:.", "NOTES", "Note", "notes s", "Works  Cited", "works\u{A0}cited", "Caf\u{E9}",
        ]
        for heading in ArticleDraft.referenceHeadings {
            texts += [
                heading, heading.uppercased(), heading + ":", heading + ".:", " " + heading + " ", heading + "s",
                String(heading.dropLast()), String(heading.dropFirst()),
                heading.replacingOccurrences(of: "e", with: "\u{E9}"),
                heading.replacingOccurrences(of: "k", with: "\u{212A}"), "x" + heading, heading.capitalized,
            ]
        }
        for text in texts {
            #expect(ArticleDraft.isReferenceHeading(text) == bySet(text), "\(text.debugDescription)")
        }
        // Generated headings of reference words, other words, whitespace, `:`, `.`, line breaks,
        // no-break spaces, combining marks and the Kelvin sign: those settled by their count of
        // letters are none of the set's, and every answer is the set's.
        let pieces = [
            "References", "works", "cited", "Further", "reading", "notes", "x", "Q", " ", "  ", "\t", "\r\n", "\n", ":",
            ".", "\u{A0}", "\u{301}", "\u{212A}", "\u{E9}", "s", "Studies", "list", "\u{2014}",
        ]
        var generator = SplitMix(seed: 0x4EAD)
        var settled = 0
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0..<(1 + generator.next(6)) { text += pieces[generator.next(pieces.count)] }
            let expected = bySet(text)
            if ArticleDraft.hasTooManyLetters(text) {
                settled += 1
                #expect(!expected, "\(text.debugDescription)")
            }
            #expect(ArticleDraft.isReferenceHeading(text) == expected, "\(text.debugDescription)")
        }
        #expect(settled > 300)
    }
}

@Suite struct LoadingFastPathTests2 {
    @Test func textWithNothingToCollapseComesBackAsItIs() {
        let cases = [
            "", "x", "a b", "a \u{301}b", "\u{600} x", "café — ok…", " a", "a ", "a  b", "a\tb", "a\nb", "a\r\nb",
            "a\u{A0}b", "\u{A0}", "a \u{A0}b",
        ]
        let unchanged = cases.map(WhitespaceCollapsing.isCollapsed)
        #expect(
            unchanged == [
                true, true, true, true, true, true, false, false, false, false, false, false, false, false, false,
            ])
        for text in cases {
            let byCharacters = text.split(whereSeparator: {
                $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{A0}"
            }).joined(separator: " ")
            #expect(ArticleDraft.collapsed(text) == byCharacters)
        }
    }

    /// The word-at-a-time test against the byte loop it stands for, with each piece that
    /// matters at every place of texts around eight bytes long and longer.
    @Test func isCollapsedReadsWordsAsTheByteLoopReadsBytes() {
        func plain(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            guard let first = bytes.first, let last = bytes.last else { return true }
            guard first != 0x20, last != 0x20 else { return false }
            var previous: UInt8 = 0
            for byte in bytes {
                if byte == 0x09 || byte == 0x0A || byte == 0x0D { return false }
                if byte == 0x20, previous == 0x20 { return false }
                if byte == 0xA0, previous == 0xC2 { return false }
                previous = byte
            }
            return true
        }
        let pieces = [" ", "  ", "\t", "\n", "\r", "\u{A0}", "\u{E0}", "\u{2014}", "é ", " \u{E0}", "\u{0B}"]
        for base in ["abcdefg", "abcdefgh", "ab cd ef gh ij kl mn op", "Intermittent fasting: what the trials found"] {
            for piece in pieces {
                for place in 0...base.count {
                    var text = base
                    text.insert(contentsOf: piece, at: text.index(text.startIndex, offsetBy: place))
                    #expect(WhitespaceCollapsing.isCollapsed(text) == plain(text), "\(text.debugDescription)")
                    let twice = text + "x" + text
                    #expect(WhitespaceCollapsing.isCollapsed(twice) == plain(twice), "\(twice.debugDescription)")
                }
            }
        }
    }

    /// The C test sixteen bytes at a time (`copydesk_is_collapsed`) against the byte loop and the
    /// Swift word loop: 30,000 generated texts of 0 to 90 bytes, mostly letters and single
    /// spaces, with a space, two, a tab, a line break, a no-break space, its two bytes apart,
    /// other Latin-1 letters and dashes at any place (both sides of every sixteen-byte edge).
    @Test func isCollapsedInCIsTheByteLoop() {
        let pieces = [
            "a", "b", "a", "b", " ", " ", "  ", "\t", "\n", "\r", "\r\n", "\u{A0}", "\u{E0}", "\u{2014}", "\u{C2}",
        ]
        var random = SplitMix(seed: 0xC011_A95E)
        for _ in 0..<30_000 {
            var bytes: [UInt8] = []
            let length = random.next(91)
            while bytes.count < length {
                let piece = random.next(4) == 0 ? pieces[random.next(pieces.count)] : "x"
                bytes += Array(piece.utf8)
            }
            // A lone 0xA0 or 0xC2 byte now and then, as well as the whole no-break space.
            if !bytes.isEmpty, random.next(10) == 0 {
                bytes[random.next(bytes.count)] = random.next(2) == 0 ? 0xA0 : 0xC2
            }
            var plain = true
            if let first = bytes.first, let last = bytes.last {
                if first == 0x20 || last == 0x20 { plain = false }
                for index in bytes.indices {
                    let byte = bytes[index]
                    let before: UInt8 = index > 0 ? bytes[index - 1] : 0
                    if byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x20 && before == 0x20
                        || byte == 0xA0 && before == 0xC2
                    {
                        plain = false
                    }
                }
            }
            bytes.withUnsafeBufferPointer { buffer in
                #expect(WhitespaceCollapsing.isCollapsed(buffer) == plain, "\(bytes)")
            }
        }
    }

    @Test func scalarsAreCountedEightBytesAtATime() {
        let bytes = Array("ab\u{E9}cdefgh\u{1F600}ijklmnop\u{2014}q".utf8)
        #expect(LineIndex.scalarCount(bytes, from: 0, to: bytes.count) == 20)
        #expect(LineIndex.scalarCount(bytes, from: 3, to: 14) == 7)  // from inside é to after 😀
        #expect(LineIndex.scalarCount(bytes, from: 5, to: 5) == 0)
        for start in 0...bytes.count {
            for end in start...bytes.count {
                let plain = bytes[start..<end].filter { $0 & 0xC0 != 0x80 }.count
                #expect(LineIndex.scalarCount(bytes, from: start, to: end) == plain)
            }
        }
    }

    /// Every byte value at every place, counted over ranges that end in a masked last word
    /// (fewer than eight bytes before the end, the source going on after it) and at the end.
    @Test func scalarsAreCountedWithEveryByteAtEveryPlace() {
        for position in 0..<20 {
            for byte in 0...255 {
                var bytes = [UInt8](repeating: 0xA9, count: 20)
                bytes[position] = UInt8(byte)
                bytes[(position + 7) % 20] = UInt8(ascii: "a")
                for start in 0...4 {
                    for end in start...bytes.count {
                        let plain = bytes[start..<end].filter { $0 & 0xC0 != 0x80 }.count
                        #expect(LineIndex.scalarCount(bytes, from: start, to: end) == plain)
                    }
                }
            }
        }
    }

    /// `PositionCursor.scalarCount` (sixteen bytes at a time, the last ones read in the sixteen
    /// that end the range) counts as `LineIndex.scalarCount`: every range of texts of every
    /// length up to 70 bytes, with every kind of byte at every place, and long ranges (a lane's
    /// count summed every 255 blocks).
    @Test func cursorScalarCountIsLineIndexCount() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", " ", "\u{E9}", "\u{2014}", "\u{1F600}", ".", "\n", "\u{A0}"]
        for length in 0...70 {
            for _ in 0..<6 {
                var text = ""
                while text.utf8.count < length { text += pieces.randomElement(using: &generator)! }
                let bytes = Array(text.utf8)
                for start in 0...bytes.count {
                    for end in start...bytes.count {
                        #expect(
                            PositionCursor.scalarCount(bytes, from: start, to: end)
                                == LineIndex.scalarCount(bytes, from: start, to: end))
                    }
                }
            }
        }
        for position in 0..<40 {
            for byte in 0...255 {
                var bytes = [UInt8](repeating: 0xA9, count: 40)
                bytes[position] = UInt8(byte)
                for start in 0...20 {
                    for end in [start, start + 1, start + 15, start + 16, start + 17, 40] where end <= 40 {
                        #expect(
                            PositionCursor.scalarCount(bytes, from: start, to: end)
                                == LineIndex.scalarCount(bytes, from: start, to: end))
                    }
                }
            }
        }
        var long = ""
        while long.utf8.count < 9_000 { long += pieces.randomElement(using: &generator)! }
        let bytes = Array(long.utf8)
        for start in [0, 1, 7, 100] {
            for end in [4_080, 4_095, 4_096, 4_097, 8_191, bytes.count] {
                #expect(
                    PositionCursor.scalarCount(bytes, from: start, to: end)
                        == LineIndex.scalarCount(bytes, from: start, to: end))
            }
        }
        var continuations = [UInt8](repeating: 0x80, count: 5_000)
        continuations[4_999] = UInt8(ascii: "x")
        #expect(PositionCursor.scalarCount(continuations, from: 0, to: 5_000) == 1)
        #expect(PositionCursor.scalarCount([UInt8](repeating: 0x41, count: 5_000), from: 3, to: 4_999) == 4_996)
    }

    @Test func codeSweepAnswersAsEveryRangeWould() {
        func block(_ kind: Block.Kind, _ source: Range<Int>) -> ArticleDraft.DraftBlock {
            ArticleDraft.DraftBlock(kind: kind, map: TextMap(), source: source)
        }
        let blocks = [block(.code, 30..<40), block(.paragraph, 0..<100), block(.code, 5..<12), block(.code, 8..<10)]
        var sweep = ArticleDraft.CodeSweep(blocks)
        let asked = [0, 5, 9, 11, 12, 29, 30, 39, 40, 100]
        #expect(asked.map { sweep.contains($0) } == [false, true, true, true, false, false, true, true, false, false])
    }

    @Test func fencesAreThreeDashesOrDotsWithTrailingBlanks() {
        let source = Array("\u{FEFF}--- \t\n...\r\n-- -\n----\n---x\n\u{FEFF}---\n...".utf8)
        let lines = LineIndex(source)
        let opening = (1...lines.lineCount).map { FrontMatter.isFence(source, lines, line: $0, bom: 3, closing: false) }
        let closing = (1...lines.lineCount).map { FrontMatter.isFence(source, lines, line: $0, bom: 0, closing: true) }
        #expect(opening == [true, false, false, false, false, true, false])
        #expect(closing == [false, true, false, false, false, false, true])
    }

    // MARK: - Markdown text nodes and cmark lines

    /// `InlineBuilder.verbatimStart`, when it answers, answers as `locate` does: the same
    /// start, and the literal as one piece of the same bytes there.
    @Test func verbatimStartAgreesWithLocate() {
        let sources = [
            "say caf\u{E9} then caf&eacute; and caf\u{E9}", "a \\*b then *b and *b", "one x\ntwo x\nthree x",
            "x &amp; y & z", "lead text then text", "tab\ttab \\ text", "\u{2014}dash \u{2014}dash",
        ]
        let literals = [
            "caf\u{E9}", "*b", "x", "text", "& z", "&", "tab", "dash", "\u{2014}dash", "y", "z", "two x", "o",
            "missing",
        ]
        var answered = 0
        for text in sources {
            let source = Array(text.utf8)
            for literal in literals.map({ Array($0.utf8) }) {
                for cursor in 0...source.count {
                    for reported in [nil] + Array(0...source.count) {
                        let builder = InlineBuilder(source: source, cursor: cursor, limit: source.count)
                        literal.withUnsafeBufferPointer { literal in
                            guard let start = builder.verbatimStart(literal, reported: reported) else { return }
                            answered += 1
                            let located = builder.locate(literal, reported: reported)
                            #expect(located?.start == start, "\(text) \(cursor) \(String(describing: reported))")
                            #expect(located?.pieces.count == 1)
                            #expect(located?.pieces.first?.text == 0..<literal.count)
                            #expect(located?.pieces.first?.source == start..<(start + literal.count))
                        }
                    }
                }
            }
        }
        #expect(answered > 1_000)
    }

    /// `InlineBuilder.escapedStart`, when it answers, answers as `locate` does: the same start,
    /// and the literal as one piece standing for the two bytes of the escape there; and
    /// `verbatimStart`, tried before it, does not answer there.
    @Test func escapedStartAgreesWithLocate() {
        let sources = [
            "* \\[[`abc`](u)] - x", "\\[\\]\\*\\\\ \\a \\&amp; \\&", "[ \\[ [", "a\\\n\\[", "\\",
            "&amp;\\[ \\_x\\_ \\\\[",
        ]
        let literals = ["[", "]", "*", "\\", "a", "&", "_", "\n", " ", "[[", "\\[", "x"]
        var answered = 0
        for text in sources {
            let source = Array(text.utf8)
            for literal in literals.map({ Array($0.utf8) }) {
                for cursor in 0...source.count {
                    for limit in Set([source.count, max(cursor, source.count - 1), min(source.count, cursor + 1)]) {
                        for reported in [nil] + Array(0...source.count) {
                            let builder = InlineBuilder(source: source, cursor: cursor, limit: limit)
                            literal.withUnsafeBufferPointer { literal in
                                guard let start = builder.escapedStart(literal, reported: reported) else { return }
                                answered += 1
                                #expect(builder.verbatimStart(literal, reported: reported) == nil)
                                let located = builder.locate(literal, reported: reported)
                                let context = "\(text) \(cursor) \(limit) \(String(describing: reported))"
                                #expect(located?.start == start, "\(context)")
                                #expect(located?.pieces.count == 1)
                                #expect(located?.pieces.first?.text == 0..<1)
                                #expect(located?.pieces.first?.source == start..<(start + 2))
                            }
                        }
                    }
                }
            }
        }
        #expect(answered > 150)
    }

    /// `InlineBuilder.plainTextStart`, when it answers, answers as the way it stands for:
    /// the literal has no autolink hint, and `verbatimStart` places it there. Literals of every
    /// length up to 60 bytes, cut from generated texts and changed, at every cursor.
    @Test func plainTextStartAgreesWithHintAndVerbatimStart() {
        var generator = SystemRandomNumberGenerator()
        let pieces = [
            "word", " ", "w", "ww", "www.", "a@b", "/", "://", "[", "]", "&amp;", "&", "\\*", "\\", "\u{E9}", "\n",
            "text ", "more words ", "*", ".", "0123456789",
        ]
        var answered = 0
        var asked = 0
        for _ in 0..<300 {
            var text = ""
            while text.utf8.count < 90 { text += pieces.randomElement(using: &generator)! }
            let source = Array(text.utf8)
            for _ in 0..<12 {
                let start = Int.random(in: 0..<source.count, using: &generator)
                let length = Int.random(in: 1...min(60, source.count - start), using: &generator)
                var literal = Array(source[start..<(start + length)])
                if Bool.random(using: &generator) {
                    literal[Int.random(in: 0..<length, using: &generator)] = UInt8(ascii: "x")
                }
                for cursor in Set([0, max(0, start - 3), start, min(source.count, start + 1)]) {
                    let limits = Set([source.count, min(source.count, start + length), max(cursor, start + length - 1)])
                    for limit in limits {
                        for reported in [nil, start, cursor, start + 2, max(0, cursor - 1)] {
                            let builder = InlineBuilder(source: source, cursor: cursor, limit: limit)
                            literal.withUnsafeBufferPointer { literal in
                                asked += 1
                                guard let found = builder.plainTextStart(literal, reported: reported) else { return }
                                answered += 1
                                #expect(copydesk_autolink_hint(literal.baseAddress, literal.count) == 0)
                                #expect(
                                    builder.verbatimStart(literal, reported: reported) == found,
                                    "\(text) \(cursor) \(limit) \(String(describing: reported))")
                            }
                        }
                    }
                }
            }
        }
        #expect(answered > asked / 200)
        // Literals of every length up to 64 bytes, with a byte that rules them out at every
        // place (two `w` in a row, which rule out a literal only with a hint, are tried too).
        let words = Array("plain words and more plain words, then a few more of them to end".utf8)
        for length in 1...words.count {
            for place in 0..<length {
                for byte in Array("&\\@/[]w".utf8) {
                    var source = words
                    source[place] = byte
                    if byte == UInt8(ascii: "w"), place + 1 < length { source[place + 1] = byte }
                    let literal = Array(source[0..<length])
                    let builder = InlineBuilder(source: source, cursor: 0, limit: source.count)
                    literal.withUnsafeBufferPointer { literal in
                        let found = builder.plainTextStart(literal, reported: nil)
                        let hint = copydesk_autolink_hint(literal.baseAddress, literal.count)
                        let plain = SourceAligner(source: source, escapes: true).isPlain(literal)
                        if found != nil {
                            #expect(hint == 0 && plain && builder.verbatimStart(literal, reported: nil) == found)
                        }
                    }
                }
            }
        }
    }

    /// `InlineBuilder.codeSpanEnd` (the closing run looked for with `memchr`) answers as the
    /// byte-by-byte reading: generated texts of backtick runs, escapes and words, from every
    /// offset, to every limit.
    @Test func codeSpanEndAgreesWithByteByByteReading() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["`", "``", "```", "\\", "\\`", "a", "code ", " ", "\n", "x`y"]
        var spans = 0
        for _ in 0..<400 {
            var text = ""
            let length = Int.random(in: 0...40, using: &generator)
            while text.utf8.count < length { text += pieces.randomElement(using: &generator)! }
            let source = Array(text.utf8)
            source.withUnsafeBufferPointer { source in
                for from in 0...source.count {
                    for limit in from...source.count {
                        let end = InlineBuilder.codeSpanEnd(in: source, from: from, limit: limit)
                        #expect(end == InlineBuilder.codeSpanEndSlowly(in: source, from: from, limit: limit), "\(text)")
                        if end != nil { spans += 1 }
                    }
                }
            }
        }
        #expect(spans > 1_000)
    }

    /// `SourceAligner.verbatimRun` (sixteen bytes at a time in C) ends where the byte-by-byte
    /// run ends, with and without escapes: literals that differ from the source, or hold an `&`
    /// or a backslash, at every place, from every offset, to every limit.
    @Test func verbatimRunAgreesWithByteByByteRun() {
        let words = Array("a run of plain words, long enough for two blocks and a few more bytes".utf8)
        for escapes in [false, true] {
            for place in 0..<words.count {
                for byte in Array("&\\x".utf8) {
                    var source = words
                    source[place] = byte
                    let aligner = SourceAligner(source: source, escapes: escapes)
                    for changed in [false, true] {
                        var literal = words
                        if !changed { literal[place] = byte }
                        literal.withUnsafeBufferPointer { literal in
                            for text in [0, 1, 15, 17] {
                                for position in Set([text, 0, 3]) {
                                    for limit in Set([source.count, position, position + 1, position + 20, place]) {
                                        guard limit >= position, limit <= source.count else { continue }
                                        #expect(
                                            aligner.verbatimRun(literal, text: text, position: position, limit: limit)
                                                == aligner.verbatimRunSlowly(
                                                    literal, text: text, position: position, limit: limit))
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// `SourceAligner.locateVerbatim`, with and without escapes (Markdown text, code lines),
    /// answers as `locate` does when it answers.
    @Test func locateVerbatimAgreesWithLocate() {
        let sources = [
            "a &lt;b&gt; then <b> and <b>", "x \\*y then *y", "code\r\n  code &amp; more\r\n", "&&& & &x",
        ]
        let literals = ["<b>", "*y", "code", "  code", "& more", "more", "x", "&x", "\r", "b"]
        var answered = 0
        for text in sources {
            let source = Array(text.utf8)
            for escapes in [false, true] {
                let aligner = SourceAligner(source: source, escapes: escapes)
                for literal in literals.map({ Array($0.utf8) }) {
                    for from in 0...source.count {
                        for limit in [source.count, max(from, source.count - 3)] {
                            literal.withUnsafeBufferPointer { literal in
                                guard let start = aligner.locateVerbatim(literal, from: from, limit: limit) else {
                                    return
                                }
                                answered += 1
                                let located = aligner.locate(literal, from: from, limit: limit)
                                #expect(located?.start == start, "\(text) \(from) \(escapes)")
                                #expect(located?.pieces.count == 1)
                                #expect(located?.pieces.first?.source == start..<(start + literal.count))
                            }
                        }
                    }
                }
            }
        }
        #expect(answered > 100)
    }

    /// `CmarkLines.offset(line:byteColumn:)` reads the line starts it holds as `LineIndex` does.
    @Test func cmarkLinesGiveLineIndexOffsets() {
        for text in ["", "a", "ab\ncd\n", "\u{FEFF}x\r\ny\n\nz", "\n\n"] {
            let lines = LineIndex(Array(text.utf8))
            for shift in [0, 3] {
                let cmarkLines = CmarkLines(lines: lines, firstLineShift: shift)
                for line in -1...(lines.lineCount + 2) {
                    for column in -1...8 {
                        let expected = min(
                            lines.byteCount, lines.offset(line: line, byteColumn: column) + (line == 1 ? shift : 0))
                        #expect(cmarkLines.offset(line: line, byteColumn: column) == expected)
                    }
                }
            }
        }
    }
}
