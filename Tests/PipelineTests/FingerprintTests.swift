import CopydeskCore
import Testing

@testable import Pipeline

@Suite struct FingerprintTests {
    /// FNV-1a of `path`, rule, normalised sentence and normalised match joined by U+001F, as 16
    /// hex digits: written out here on its own, so a change to the formula fails this test.
    private func expected(_ parts: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in parts.joined(separator: "\u{1F}").utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    @Test func findingsInOneSentenceShareItsNormalisedTextAndKeepTheirOwnMatch() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("a.md", PipelineTests.article)
        let request = LintRequest(paths: [path], workingDirectory: folder.path)
        let findings = try Pipeline().lint(request).report.files[0].findings
        let sentence = "cold plunges could potentially help you sleep according to some people"
        let byRule = Dictionary(uniqueKeysWithValues: findings.map { ($0.rule, $0.fingerprint) })
        #expect(
            byRule["hedging.stacked-hedge"]
                == expected([path, "hedging.stacked-hedge", sentence, "could potentially"]))
        #expect(
            byRule["hedging.vague-attribution"]
                == expected([path, "hedging.vague-attribution", sentence, "according to some people"]))
        #expect(
            byRule["repetition.duplicate-heading"]
                == expected([path, "repetition.duplicate-heading", "cold plunges", "cold plunges"]))
    }

    @Test func aSentenceWithCapitalsAndNonASCIIWordsHashesItsFoldedWords() throws {
        let folder = try TemporaryFolder()
        let text = "# Notes\n\nIt’s ÉLAN Café Owners’ GUIDE: could potentially help you sleep, ÄÖ naïve x2.\n"
        let path = try folder.write("b.md", text)
        let request = LintRequest(paths: [path], workingDirectory: folder.path)
        let findings = try Pipeline().lint(request).report.files[0].findings
        let sentence = "it's élan café owners guide could potentially help you sleep äö naïve x2"
        let stacked = try #require(findings.first { $0.rule == "hedging.stacked-hedge" })
        #expect(stacked.fingerprint == expected([path, "hedging.stacked-hedge", sentence, "could potentially"]))
    }

    @Test func twoFindingsOfOneCheckInOneSentenceHashTheSameWords() throws {
        let folder = try TemporaryFolder()
        let text = "# Notes\n\nPlunges could potentially help, and Saunas might possibly help too.\n"
        let path = try folder.write("c.md", text)
        let request = LintRequest(paths: [path], workingDirectory: folder.path)
        let findings = try Pipeline().lint(request).report.files[0].findings
        let sentence = "plunges could potentially help and saunas might possibly help too"
        let stacked = findings.filter { $0.rule == "hedging.stacked-hedge" }
        #expect(stacked.map(\.match) == ["could potentially", "might possibly"])
        #expect(
            stacked.map(\.fingerprint) == [
                expected([path, "hedging.stacked-hedge", sentence, "could potentially"]),
                expected([path, "hedging.stacked-hedge", sentence, "might possibly"]),
            ])
    }

    /// The joined words made from the sentence's bytes against joining the word strings.
    @Test(arguments: [
        "", "One", "Cold plunges could POTENTIALLY help.", "ÉLAN Café Owners’ guide", "naïve ÄÖ x2 — 3.5% of B12",
        "It’s the patients’ choice, isn’t it?", "a\u{301}b ZZ 🧪 test", "  spaced   out  words ",
        "Don't X-RAY 3.5, 4,000 [1] (a) B12.",
    ])
    func joinedWordsAreTheWordsJoinedBySpaces(_ text: String) {
        let sentence = SentenceText(text)
        var bytes: [UInt8] = Array("kept".utf8)
        Fingerprint.appendJoinedWords(of: sentence, to: &bytes)
        #expect(bytes == Array(("kept" + sentence.words.joined(separator: " ")).utf8))
    }

    /// A match that is its whole ASCII sentence, or a run of its words, is hashed from the
    /// sentence's joined words (`Fingerprint.JoinedWords`): against the general reading,
    /// `Words.hashNormalized` of the match, over generated sentences of words in either case,
    /// digits, joiners (`'`, `-`, `.` and `,` between and beside digits and letters),
    /// punctuation, brackets, controls and runs of spaces, tabs and line breaks, and every
    /// cut of each sentence at every offset near the true one (a cut found at a wrong offset
    /// is the same bytes, so it must hash the same too); a run from a word's start to a
    /// word's end is always found, and a sentence holding a non-ASCII byte never is.
    @Test func aMatchThatIsARunOfAnASCIISentencesWordsHashesAsItsNormalisedWords() {
        var generator = Generator(state: 0xF1A9)
        let pieces = [
            "a", "B", "cure", "Cold", "PLUNGES", "x2", "12", "3.5", "4,000", "it's", "don't", "X-RAY", "co-op",
            "'", "-", ".", ",", "!", "?", ";", ":", "(", ")", "[1]", "\"", "/", "%", "&", "--", "''", "..", ",,",
            "a.b", "1.", ".5", "-3", "'s", "e.g.", "U.S.", "5-", "9'", "\u{7F}", "\u{1}",
        ]
        let gaps = [" ", " ", " ", "", "  ", "\t", "\n", " - ", ", ", ". "]
        let sentenceOffset = 1_000
        var aligned = 0
        for round in 0..<1_500 {
            var text = ""
            for _ in 0..<generator.next(15) {
                text += pieces[generator.next(pieces.count)]
                text += gaps[generator.next(gaps.count)]
            }
            if round % 20 == 0 { text += ["é", "’", "🧪"][generator.next(3)] }
            let sentence = SentenceText(text)
            var joined: [UInt8] = []
            let isASCII = Fingerprint.appendJoinedWords(of: sentence, to: &joined)
            #expect(isASCII == text.utf8.allSatisfy { $0 < 0x80 }, "\(text)")
            let words =
                isASCII
                ? Fingerprint.JoinedWords(sentence, offset: sentenceOffset, joinedCount: joined.count)
                : Fingerprint.JoinedWords()
            let bytes = Array(text.utf8)
            let starts = Set(sentence.tokens.map(\.range.lowerBound))
            let ends = Set(sentence.tokens.map(\.range.upperBound))
            func hashes(_ match: String, at offset: Int) -> Bool? {
                guard let range = words.range(ofMatch: match, at: offset) else { return nil }
                var general = FNV1a()
                Words.hashNormalized(match, into: &general)
                var fast = FNV1a()
                joined.withUnsafeBufferPointer { fast.add(UnsafeBufferPointer(rebasing: $0[range])) }
                return fast.value == general.value
            }
            #expect(hashes(text, at: 7) == (isASCII ? true : nil), "\(text)")
            for lower in 0..<bytes.count {
                for upper in (lower + 1)...bytes.count where upper < bytes.count || lower > 0 {
                    let match = String(decoding: bytes[lower..<upper], as: UTF8.self)
                    let found = hashes(match, at: sentenceOffset + lower)
                    #expect(found != false, "\(text) [\(lower)..<\(upper)]")
                    if isASCII, starts.contains(lower), ends.contains(upper) {
                        #expect(found == true, "\(text) [\(lower)..<\(upper)]")
                        aligned += 1
                    }
                    if !isASCII { #expect(found == nil) }
                    for shift in [-1, 1] {
                        #expect(hashes(match, at: sentenceOffset + lower + shift) != false, "\(text) [\(lower)]")
                    }
                }
            }
        }
        #expect(aligned > 12_000)
    }

    /// The joined words written into `Fingerprint.JoinedBytes`, one value reused for sentence
    /// after sentence (growing, shrinking, empty), against `appendJoinedWords` (itself tested
    /// against the words joined by spaces): the same bytes and the same answer on ASCII, over
    /// generated sentences of words in either case, joiners, punctuation, controls and gaps,
    /// some with a byte that is not ASCII, some long.
    @Test func joinedBytesAreTheAppendedJoinedWords() {
        var generator = Generator(state: 0x10B7)
        let pieces = [
            "a", "B", "cure", "Cold", "PLUNGES", "x2", "12", "3.5", "4,000", "it's", "don't", "X-RAY", "co-op",
            "'", "-", ".", ",", "!", "?", "(", ")", "[1]", "\"", "%", "--", "e.g.", "U.S.", "\u{7F}", "\u{1}",
            "Zebra", "QUICK", "é", "’", "🧪", "ÉLAN", "ANTIINFLAMMATORY", "SuperCaliFragilisticExpiAlidocious",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "AZaz@[`{", "Z9", "aZ", "IT'S-A-WORD", "[@", "`{",
        ]
        let gaps = [" ", " ", "", "  ", "\t", "\n", " - ", ", ", ". "]
        var joined = Fingerprint.JoinedBytes()
        defer { joined.free() }
        var ascii = 0
        for round in 0..<3_000 {
            var text = ""
            let words = round % 50 == 0 ? 200 + generator.next(400) : generator.next(18)
            for _ in 0..<words {
                var piece = pieces[generator.next(pieces.count)]
                if round % 3 != 0 { piece = String(decoding: piece.utf8.filter { $0 < 0x80 }, as: UTF8.self) }
                text += piece
                text += gaps[generator.next(gaps.count)]
            }
            let sentence = SentenceText(text)
            var expected: [UInt8] = []
            let expectedASCII = Fingerprint.appendJoinedWords(of: sentence, to: &expected)
            let isASCII = joined.setJoinedWords(of: sentence)
            #expect(isASCII == expectedASCII, "\(text)")
            #expect(Array(joined.buffer) == expected, "\(text)")
            #expect(joined.count == expected.count)
            if isASCII { ascii += 1 }
        }
        #expect(ascii > 1_500)
    }

    /// `JoinedBytes` copies a run of words with one space between each two as one piece of the
    /// sentence's bytes, lowercased eight at a time (the last eight read from the sentence's
    /// end): against `appendJoinedWords` over generated ASCII sentences made mostly of single
    /// spaces between words (long runs, runs broken by other gaps, a word at either end or
    /// none, sentences shorter than eight bytes and a byte or two past a multiple of eight).
    @Test func aRunOfWordsWithOneSpaceBetweenIsCopiedAsTheJoinedWords() {
        var generator = Generator(state: 0x5A0C)
        let pieces = [
            "a", "B", "cure", "Cold", "PLUNGES", "x2", "12", "3.5", "4,000", "it's", "X-RAY", "co-op", "e.g.",
            "U.S.", "ANTIINFLAMMATORY", "Zebra", "AZaz@[`{", "Z9", "'", "-", ".", ",", "(", ")", "\u{7F}", "\u{1}",
        ]
        let gaps = [" ", " ", " ", " ", " ", " ", "", "  ", "\t", ", ", ". ", " - "]
        let ends = ["", "", ".", "!", " ", "\n", "?)", " [1]"]
        var joined = Fingerprint.JoinedBytes()
        defer { joined.free() }
        var short = 0
        for round in 0..<6_000 {
            var text = round % 4 == 0 ? ["", " ", "(", "\""][generator.next(4)] : ""
            let words = round % 40 == 0 ? 60 + generator.next(100) : 1 + generator.next(round % 3 == 0 ? 3 : 14)
            for index in 0..<words {
                if index > 0 { text += gaps[generator.next(gaps.count)] }
                text += pieces[generator.next(pieces.count)]
            }
            text += ends[generator.next(ends.count)]
            let sentence = SentenceText(text)
            var expected: [UInt8] = []
            let expectedASCII = Fingerprint.appendJoinedWords(of: sentence, to: &expected)
            let isASCII = joined.setJoinedWords(of: sentence)
            #expect(expectedASCII && isASCII, "\(text)")
            #expect(Array(joined.buffer) == expected, "\(text)")
            if text.utf8.count < 8 { short += 1 }
        }
        #expect(short > 300)
    }

    /// A match no sentence holds is normalised once into `JoinedBytes.setNormalizedWords` and
    /// its bytes hashed for both its places: those bytes hash as `Words.hashNormalized` hashes
    /// the match, over generated ASCII texts (every byte below 0x80 among words, joiners
    /// between letters and digits, runs of gaps, texts under eight bytes, long ones, empty
    /// ones), one value reused throughout; a text with a byte that is not ASCII is left to
    /// `hashNormalized` (false).
    @Test func aMatchNormalisedOnceHashesAsHashNormalized() {
        var generator = Generator(state: 0x0DD5)
        let pieces = [
            "a", "B", "cure", "Cold", "PLUNGES", "x2", "12", "3.5", "4,000", "it's", "don't", "X-RAY", "co-op",
            "'", "-", ".", ",", "a.b", "1.", ".5", "-3", "'s", "e.g.", "U.S.", "5-", "9'", "1,2", "a,b", "a'-b",
            "ANTIINFLAMMATORY", "AZaz@[`{", "[^unused]:", "Z9", "x--y", "2..3", "''", "--",
        ]
        let gaps = [" ", " ", "", "  ", "\t", "\n", " - ", ", ", ". ", ": "]
        var normalized = Fingerprint.JoinedBytes()
        defer { normalized.free() }
        func check(_ text: String) {
            var general = FNV1a()
            Words.hashNormalized(text, into: &general)
            let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
            let made = normalized.setNormalizedWords(ofASCII: text)
            #expect(made == isASCII, "\(text)")
            guard made else { return }
            var fast = FNV1a()
            fast.add(normalized.buffer)
            #expect(fast.value == general.value, "\(text)")
        }
        check("")
        for byte in 0..<UInt8(0x80) {
            for text in [
                "\(Character(Unicode.Scalar(byte)))", "a\(Character(Unicode.Scalar(byte)))b",
                "1\(Character(Unicode.Scalar(byte)))2 ok",
            ] {
                check(text)
            }
        }
        for round in 0..<6_000 {
            var text = ""
            let words = round % 50 == 0 ? 60 + generator.next(200) : generator.next(round % 3 == 0 ? 3 : 12)
            for _ in 0..<words {
                if generator.next(6) == 0 {
                    text += String(Character(Unicode.Scalar(UInt8(generator.next(0x80)))))
                } else {
                    text += pieces[generator.next(pieces.count)]
                }
                text += gaps[generator.next(gaps.count)]
            }
            if round % 25 == 0 { text += ["é", "’", "🧪"][generator.next(3)] }
            check(text)
        }
    }

    /// `Fingerprint.Hash`, FNV-1a inlined in `assign`, against `FNV1a`: generated bytes of every
    /// length to 100 fed in pieces of every size (bytes, buffers, strings small and native,
    /// some not ASCII) from the offset basis and from a state carried on.
    @Test func theInlinedHashIsFNV1a() {
        var generator = Generator(state: 0xF0F1)
        let texts = ["", "a", "hedging.stacked-hedge", "é", "🧪 test", "citation.unused-reference", "x\u{1F}y"]
        for length in 0...100 {
            for _ in 0..<20 {
                let bytes = (0..<length).map { _ in UInt8(generator.next(256)) }
                var fast = Fingerprint.Hash()
                var general = FNV1a()
                var at = 0
                while at < bytes.count {
                    let size = min(bytes.count - at, generator.next(3) == 0 ? 1 : generator.next(40))
                    let piece = Array(bytes[at..<(at + size)])
                    if size == 1, generator.next(2) == 0 {
                        fast.add(piece[0])
                        general.add(piece[0])
                    } else {
                        piece.withUnsafeBufferPointer {
                            fast.add($0)
                            general.add($0)
                        }
                    }
                    at += size
                    let text = texts[generator.next(texts.count)] + String(repeating: "q", count: generator.next(3) * 9)
                    fast.add(text)
                    general.add(text)
                    #expect(fast.value == general.value)
                }
                #expect(fast.value == general.value, "\(bytes)")
                #expect(Fingerprint.Hash(value: general.value).value == general.value)
            }
        }
        #expect(Fingerprint.Hash().value == FNV1a().value)
    }

    /// A footnote definition nobody cites lies in no sentence: its finding hashes the match's
    /// normalised words in both places, made once when the match is ASCII and read by
    /// `Words.hashNormalized` when it is not.
    @Test(arguments: [
        ("[^unused]: A reference nobody cites.", "unused a reference nobody cites"),
        ("[^x]: Réf CAFÉ, nobody’s cites.", "x réf café nobody's cites"),
    ])
    func aMatchNoSentenceHoldsHashesItsNormalisedWordsTwice(_ definition: String, _ words: String) throws {
        let folder = try TemporaryFolder()
        let text = "# Notes\n\nPlunges help sleep.[^a]\n\n[^a]: Smith J. Sleep. 2020.\n\(definition)\n"
        let path = try folder.write("d.md", text)
        let request = LintRequest(paths: [path], workingDirectory: folder.path)
        let findings = try Pipeline().lint(request).report.files[0].findings
        let unused = try #require(findings.first { $0.rule == "citation.unused-reference" })
        #expect(unused.fingerprint == expected([path, "citation.unused-reference", words, words]))
    }

    /// Eight ASCII bytes lowercased at once (`ASCII.lowercased(_: UInt64)`, which `JoinedBytes` uses) against
    /// `ASCII.lowercased` byte by byte: every byte below 0x80 in every lane, among generated
    /// ASCII neighbours.
    @Test func eightBytesAreLowercasedAsEachByteIs() {
        var generator = Generator(state: 0x1C8)
        for byte in 0..<UInt64(0x80) {
            for lane in 0..<8 {
                for _ in 0..<20 {
                    var bytes = (0..<8).map { _ in UInt8(generator.next(0x80)) }
                    bytes[lane] = UInt8(byte)
                    let chunk = bytes.enumerated().reduce(UInt64(0)) {
                        $0 | UInt64($1.element) << (8 * UInt64($1.offset))
                    }
                    let lowered = ASCII.lowercased(chunk)
                    let expected = bytes.enumerated().reduce(UInt64(0)) {
                        $0 | UInt64(ASCII.lowercased($1.element)) << (8 * UInt64($1.offset))
                    }
                    #expect(lowered == expected, "\(bytes)")
                }
            }
        }
    }

    /// The sentence found from the last one asked (`sentenceIndex(holding:in:from:)`) against
    /// the binary search over the whole table, over generated tables (starts that repeat,
    /// empty sentences, gaps, overlaps) and offsets asked in order, in reverse, at random and
    /// repeated, before the first sentence and past the last.
    @Test func theSentenceFoundFromTheLastOneIsTheSearchedOne() {
        var generator = Generator(state: 0x5E17)
        var found = 0
        for round in 0..<2_000 {
            var sentences: [Sentence] = []
            var start = generator.next(5)
            for _ in 0..<generator.next(12) {
                let length = [0, 1, 3, 8, 20][generator.next(5)]
                let end = start + length - (length > 3 && generator.next(6) == 0 ? 2 : 0)
                let range = SourceRange(
                    start: SourcePosition(line: 1, column: 1, offset: start),
                    end: SourcePosition(line: 1, column: 1, offset: end))
                sentences.append(Sentence(text: "", blockIndex: 0, textRange: 0..<0, range: range))
                start += [0, 1, length, length + 1, length + 4][generator.next(5)]
            }
            let last = (sentences.last?.range.end.offset ?? 0) + 3
            var offsets = (0..<(round % 4 == 0 ? 30 : 12)).map { _ in generator.next(last + 3) - 1 }
            switch round % 4 {
            case 0: offsets.sort()
            case 1: offsets.sort(by: >)
            case 2: offsets = offsets.flatMap { [$0, $0, $0 + 1] }
            default: break
            }
            sentences.withUnsafeBufferPointer { table in
                var cursor = 0
                for offset in offsets {
                    let index = Fingerprint.sentenceIndex(holding: offset, in: table, from: &cursor)
                    #expect(index == Fingerprint.sentenceIndex(holding: offset, in: sentences), "\(offset)")
                    #expect(cursor == sentences.partitionPoint { $0.range.start.offset <= offset })
                    if index != nil { found += 1 }
                }
            }
        }
        #expect(found > 10_000)
    }

    /// SplitMix64, for generated texts that are the same at every run.
    private struct Generator {
        var state: UInt64

        /// A number below `bound`.
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    /// A repeated sentence's finding (its match the whole sentence) hashes the sentence twice.
    @Test func aRepeatedSentenceHashesItsWordsAsSentenceAndMatch() throws {
        let folder = try TemporaryFolder()
        let line = "Cold plunges help some people sleep better at night, it's said."
        let text = "# Notes\n\n\(line)\n\nAnother paragraph here.\n\nWarm baths too. \(line)\n"
        let path = try folder.write("d.md", text)
        let request = LintRequest(paths: [path], workingDirectory: folder.path)
        let findings = try Pipeline().lint(request).report.files[0].findings
        let repeated = try #require(findings.first { $0.rule == "repetition.duplicate-sentence" })
        #expect(repeated.match == line)
        let words = "cold plunges help some people sleep better at night it's said"
        #expect(repeated.fingerprint == expected([path, "repetition.duplicate-sentence", words, words]))
    }

    @Test(arguments: [0, 1, 0xF, 0xDEAD_BEEF, UInt64.max, 0x0123_4567_89AB_CDEF])
    func hexIsThePaddedHex(_ value: UInt64) {
        #expect(Fingerprint.hex(value) == value.paddedHex)
    }
}
