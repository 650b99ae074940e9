import CopydeskCore
import Foundation
import TestSupport
import Testing

@testable import FactChecking

/// The ASCII reading of a reference entry finds what the general one (on `Words.tokens`,
/// `lowercased()` and Foundation's `contains`) finds.
struct ReferenceFieldsTests {
    static let entries = [
        "Doll R, Hill AB. Mortality in relation to smoking. BMJ. 1954;1:1451.",
        "Doll R, Hill AB. Mortality in relation to smoking.", "WHO. Tobacco fact sheet. 2023.",
        "Liu D, et al. Calorie Restriction. N Engl J Med. 2022;386(16):1495-1504.", "NHS. Intermittent fasting. 2024.",
        "A reference nobody cites.", "Smith J. Coffee, n.d. Retrieved from nowhere",
        "Ng A. 1799 and 2100 and 1800-1900",
        "Lee K. 12(3):45-67", "see WWW.EXAMPLE.ORG", "Poole R. doi:10.1136bmj.j5024", "o'brien 3.14,2,000 x-ray 1,954.",
        "2019", "", "Journal", "jama's", "Report-2020",
    ]

    /// The general reading, as the entry's fields were read before the ASCII path.
    static func generalYearAndSource(_ text: String) -> (Bool, Bool) {
        let tokens = Words.tokens(in: text)
        let lower = text.lowercased()
        let hasYear =
            tokens.contains { token in
                guard token.text.count == 4, let year = Int(token.text) else { return false }
                return (1800...2099).contains(year)
            } || lower.contains("n.d.")
        let hasSource =
            ["http://", "https://", "www.", "doi"].contains { lower.contains($0) }
            || tokens.contains { ReferenceFields.venues.contains($0.text) }
            || ReferenceFields.hasVolumePages(Array(text.utf8))
        return (hasYear, hasSource)
    }

    @Test(arguments: entries) func asciiReadingIsTheGeneralReading(_ text: String) {
        let bytes = Array(text.utf8)
        let lower = Array(text.lowercased().utf8)
        let (hasYear, hasSource) = ReferenceFields.yearAndSource(ascii: bytes, lowercased: lower, hasLink: false)
        let expected = Self.generalYearAndSource(text)
        #expect(hasYear == expected.0, "year: \(text)")
        #expect(hasSource == expected.1, "source: \(text)")
    }

    /// Venues are looked up on a word's bytes: every venue word, its neighbours (a letter
    /// more or less, another case, a digit on either side) and generated entries of them
    /// answer as the general reading's string lookups do.
    @Test func venueWordsReadOnTheirBytesAreTheGeneralReading() {
        var words: [String] = []
        for venue in ReferenceFields.venues.words.sorted() {
            words += [
                venue, venue.uppercased(), venue + "s", String(venue.dropLast()), "x" + venue, venue + "2", "2" + venue,
            ]
        }
        words += ["2021", "1954;1:1451", "n.d.", ",", ".", "(3)", "vol.", "e-mail", "o'brien"]
        var random = SplitMix(seed: 0x5EED)
        var entries = words.map { "Smith J. Title \($0) here" }
        for _ in 0..<2_000 {
            entries.append(
                (0..<(1 + random.next(8))).map { _ in words[random.next(words.count)] }.joined(
                    separator: random.next(2) == 0 ? " " : ". "))
        }
        var sources = 0
        for text in entries {
            let (hasYear, hasSource) = ReferenceFields.yearAndSource(
                ascii: Array(text.utf8), lowercased: Array(text.lowercased().utf8), hasLink: false)
            let expected = Self.generalYearAndSource(text)
            #expect(hasYear == expected.0, "year: \(text)")
            #expect(hasSource == expected.1, "source: \(text)")
            if hasSource { sources += 1 }
        }
        #expect(sources > 1_000 && sources < entries.count)
    }

    /// An ASCII entry's fields, read from one pass of marks (a DOI looked for only after a
    /// `doi`, volume and pages found with the links), are the general reading's: its year and
    /// source, and the DOIs read from every byte.
    @Test func fieldsFromOnePassOfMarksAreTheGeneralReading() {
        let pieces = [
            "doi:10.1136/bmj.j5024", "DOI 10.1136bmj.j5024", "doi.org/10.1/x", "https://doi.org/10.12345/abc.",
            "Doi:", "doing", "1954;1:1451", "12(3):45-67", "a:1", ";2", "3;", "n.d.", "N.D.", "http://x.org",
            "HTTPS://", "www.who.int", "WWW", "2021", "1799", "BMJ", "Smith J", "Title", ".", ",", "(", ")", ":",
            "d", "do", "oi", "x-ray", "o'brien", "report",
        ]
        var random = SplitMix(seed: 0xD01)
        var dois = 0
        for _ in 0..<3_000 {
            let text = (0..<(1 + random.next(9))).map { _ in pieces[random.next(pieces.count)] }.joined(
                separator: ["", " ", ". ", ";"][random.next(4)])
            let hasLink = random.next(5) == 0
            let fields = ReferenceFields(text, hasLink: hasLink)
            let bytes = Array(text.utf8)
            let (hasYear, hasSource) = Self.generalYearAndSource(text)
            #expect(fields.hasYear == hasYear, "year: \(text)")
            #expect(fields.hasSource == (hasSource || hasLink), "source: \(text)")
            let plain = ReferenceFields.malformedDOIs(bytes, lowercased: ReferenceFields.asciiLowercased(bytes))
            #expect(fields.malformedDOIs.map(\.text) == plain.map(\.text), "DOIs: \(text)")
            #expect(fields.malformedDOIs.map(\.range) == plain.map(\.range), "DOIs: \(text)")
            dois += plain.count
        }
        #expect(dois > 300)
    }

    /// The marks found eight positions at a time are the marks read byte by byte: generated
    /// lowercased entries of every length up to 40, with marks, their prefixes and near misses
    /// at every offset (across and at the edge of each eight-byte word).
    @Test func marksReadEightBytesAtATimeAreThePlainMarks() {
        let pieces = [
            "n.d.", "n.d", "n.", "http://", "https://", "http:/", "https:", "ht", "www.", "www", "ww", "doi", "do",
            "d", "o", "i", "1954;1:1451", "12(3):45", "a:1", ";2", "3;", ");", "):4", ":", ";", ")", "2021", "x", "a",
            "smith j", " ", ".", "-", "\u{7F}", "\u{3B}\u{3A}",
        ]
        var random = SplitMix(seed: 0x3A3B)
        var found = [0, 0, 0, 0]
        var texts: [String] = []
        for _ in 0..<6_000 {
            texts.append((0..<random.next(12)).map { _ in pieces[random.next(pieces.count)] }.joined())
        }
        // Each piece alone at every offset, with filler on either side.
        for piece in pieces {
            for before in 0..<18 {
                for after in [0, 1, 7, 8, 9] {
                    texts.append(String(repeating: "x", count: before) + piece + String(repeating: "z", count: after))
                }
            }
        }
        for text in texts {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { bytes in
                let marks = ReferenceFields.marks(in: bytes)
                #expect(marks == ReferenceFields.plainMarks(in: bytes), "marks: \(text)")
                for (index, mark) in [marks.noDate, marks.link, marks.doi, marks.volumePages].enumerated() where mark {
                    found[index] += 1
                }
            }
        }
        #expect(found.allSatisfy { $0 > 500 }, "\(found)")
    }

    /// A year found from runs of four digits is a year word as `forEachASCIIWord` reads the
    /// words: generated texts of digits, letters and the bytes that join words or not, read from
    /// every word's end; and entries whose source is found first read as the general reading.
    @Test func yearsFromDigitRunsAreYearWords() {
        let pieces = [
            "2021", "1799", "1800", "2099", "2100", "202", "20211", "0", "1", "a", "Z", "'", "-", ".", ",", " ", ";",
            ":", "(", ")", "/", "x-", "-x", "1,", ",1", "1.", ".1",
        ]
        var random = SplitMix(seed: 0x1800)
        var years = 0
        for _ in 0..<6_000 {
            let text = (0..<random.next(10)).map { _ in pieces[random.next(pieces.count)] }.joined()
            let bytes = Array(text.utf8)
            var words: [Range<Int>] = []
            ReferenceFields.forEachASCIIWord(bytes) { range in
                words.append(range)
                return true
            }
            bytes.withUnsafeBufferPointer { buffer in
                for start in [0] + words.map(\.upperBound) {
                    let plain = words.contains { word in
                        word.lowerBound >= start && word.count == 4
                            && bytes[word].allSatisfy { $0 &- UInt8(ascii: "0") < 10 }
                            && (1800...2099).contains(Int(String(decoding: bytes[word], as: UTF8.self))!)
                    }
                    #expect(ReferenceFields.hasYearWord(buffer, from: start) == plain, "\(start): \(text)")
                    if plain { years += 1 }
                }
            }
            for source in ["BMJ ", "1954;1:1451 ", "doi ", "Smith J. Journal ", ""] {
                let entry = source + text
                let (hasYear, hasSource) = ReferenceFields.yearAndSource(
                    ascii: Array(entry.utf8), lowercased: Array(entry.lowercased().utf8), hasLink: false)
                let expected = Self.generalYearAndSource(entry)
                #expect(hasYear == expected.0, "year: \(entry)")
                #expect(hasSource == expected.1, "source: \(entry)")
            }
        }
        #expect(years > 500)
    }

    @Test func exactFields() {
        let complete = ReferenceFields("Doll R, Hill AB. Mortality. BMJ. 1954;1:1451.", hasLink: false)
        #expect(complete.hasYear && complete.hasSource)
        let bare = ReferenceFields("A reference nobody cites.", hasLink: false)
        #expect(!bare.hasYear && !bare.hasSource)
        #expect(ReferenceFields("A reference nobody cites.", hasLink: true).hasSource)
        #expect(!ReferenceFields("Smith J. 1799.", hasLink: false).hasYear)
        #expect(ReferenceFields("Smith J. n.d. Report.", hasLink: false).hasYear)
        let doi = ReferenceFields("Poole R. BMJ. 2017. DOI: 10.1136bmj.j5024.", hasLink: false)
        #expect(doi.malformedDOIs.map(\.text) == ["10.1136bmj.j5024"])
        #expect(doi.malformedDOIs.map(\.range) == [25..<41])
    }

    @Test func asciiWordsAreWordsTokens() {
        let texts = [
            "o'brien 3.14,2,000 x-ray 1,954. a--b 'quoted' -lead trail- 1.a a.1 1,,2 x'",
            "J Med. 2022;386(16):1495-1504",
            "end.", "'", "a", "1.2.3-4'5",
        ]
        for text in texts {
            var ranges: [Range<Int>] = []
            ReferenceFields.forEachASCIIWord(Array(text.utf8)) { range in
                ranges.append(range)
                return true
            }
            #expect(ranges == Words.tokens(in: text).map(\.range), "\(text)")
        }
        var first: [Range<Int>] = []
        ReferenceFields.forEachASCIIWord(Array("one two three".utf8)) { range in
            first.append(range)
            return false
        }
        #expect(first == [0..<3])
    }

    @Test func labelsThatAreTheirOwnKeys() {
        func isOwnKey(_ label: String) -> Bool {
            Array(label.utf8).withUnsafeBufferPointer(ArticleEvidence.isOwnKey)
        }
        #expect(isOwnKey("liu") && isOwnKey("1") && isOwnKey("who-2020") && isOwnKey("a b"))
        #expect(!isOwnKey("Liu") && !isOwnKey("^1") && !isOwnKey("1]") && !isOwnKey(" a") && !isOwnKey(""))
        #expect(!isOwnKey("müller"))
        for label in ["liu", "who-2020", "a b", "x^y", "a[1]b"] { #expect(ArticleEvidence.key(label) == label) }
    }
}

struct ArticleEvidenceEntriesTests {
    /// A few entries are looked through, more are looked up by key: both give each label's
    /// entries in article order, labels compared by key.
    @Test(arguments: [3, ArticleEvidence.scannedReferences, ArticleEvidence.scannedReferences + 1, 30])
    func entriesForLabels(count: Int) throws {
        let markers = (0..<count).map { "Claim \($0).[^r\($0)]" }.joined(separator: " ")
        let definitions = (0..<count).map { "[^r\($0)]: Author \($0). Title. 2020." }.joined(separator: "\n")
        let article = try Fixture.article(markers + "\n\n" + definitions + "\n")
        #expect(article.references.count == count)
        let evidence = ArticleEvidence(article: article, settings: CitationSettings())
        let labels = ["r0", "R1", "^r2", "missing", "r\(count - 1)", "r0"]
        let expected = labels.flatMap { label in
            article.references.filter { ArticleEvidence.key($0.label) == ArticleEvidence.key(label) }
        }
        #expect(evidence.entries(for: labels) == expected)
        #expect(evidence.entries(for: labels).count == 5)
    }
}

/// An incomplete entry's message, made around its label in one allocation, is the interpolated
/// message of what it lacks and what to add.
@Test func incompleteMessagesAreTheInterpolatedMessages() {
    var random = SplitMix(seed: 22)
    let pieces = ["who", "1", "Smith-2020", "müller", "a b", "", "’", "cite-note-12", "ÉTUDE", "x"]
    for _ in 0..<300 {
        var label = ""
        for _ in 0..<random.next(4) { label += pieces[random.next(pieces.count)] }
        for year in [false, true] {
            for source in [false, true] {
                let plain: String? =
                    switch (year, source) {
                    case (true, true):
                        "reference '\(label)' has \("no year and no source"); add \("the year and the journal, publisher, DOI or URL")"
                    case (true, false): "reference '\(label)' has \("no year"); add \("the year")"
                    case (false, true):
                        "reference '\(label)' has \("no source"); add \("the journal, publisher, DOI or URL")"
                    case (false, false): nil
                    }
                #expect(ReferenceConsistency.incompleteMessage(label: label, year: year, source: source) == plain)
            }
        }
    }
}
