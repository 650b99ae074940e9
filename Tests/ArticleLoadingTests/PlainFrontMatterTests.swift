import TestSupport
import Testing

@testable import ArticleLoading

/// The plain front matter reader must give exactly what Yams gives, or hand over to Yams.
@Suite struct PlainFrontMatterTests {
    private func plain(_ yaml: String) -> PlainFrontMatter.Reading? {
        PlainFrontMatter.read(Array(yaml.utf8)[...])
    }

    private func yams(_ yaml: String) throws -> String? {
        try FrontMatter.yamsTitle(Array(yaml.utf8)[...], path: "test.md")
    }

    /// Shapes read without Yams, with the title Yams gives them.
    static let accepted: [(yaml: String, title: String?)] = [
        ("", nil),
        ("\n\n", nil),
        ("# only a comment\n", nil),
        (
            "title: Intermittent Fasting — What the Evidence Says\nauthor: copydesk\ndate: 2025-03-14\n",
            "Intermittent Fasting — What the Evidence Says"
        ),
        ("title: Plain\r\nauthor: A\r\n", "Plain"),
        ("title:    spaced out   \n", "spaced out"),
        ("title: Sleep, diet [2024] and {more}\n", "Sleep, diet [2024] and {more}"),
        ("title: Don't \"panic\"\n", "Don't \"panic\""),
        ("title: C# for clinicians\n", "C# for clinicians"),
        ("title: Tea # not part of it: really\n", "Tea"),
        ("title: ratio 3:1 and https://example.com/a\n", "ratio 3:1 and https://example.com/a"),
        ("title: 42\n", "42"),
        ("title: true\n", "true"),
        ("title: ~\n", "~"),
        ("title: null\n", "null"),
        ("title: 2025-03-14\n", "2025-03-14"),
        ("title: ...\n", "..."),
        ("title:\n", ""),
        ("title:   \n", ""),
        ("title: # nothing yet\n", ""),
        ("title: \"Front: Title\"\n", "Front: Title"),
        ("title: \"  padded  \" # kept\n", "  padded  "),
        ("title: \"\"\n", ""),
        ("title: 'It''s: fine'\n", "It's: fine"),
        ("title: 'back\\slash'\n", "back\\slash"),
        ("title: [a, b]\n", nil),
        ("title:\n  - a\n  - b\n", nil),
        ("title:\n- a\n", nil),
        ("tags: [heart health, sleep , diet]\ntitle: T\n", "T"),
        ("tags: []\ntitle: T\n", "T"),
        ("tags: [ ]  # none\ntitle: T\n", "T"),
        ("tags:\n  - one\n  - 'two: yes'\n  - \"three\" # c\n\n# between\ntitle: T\n", "T"),
        ("tags:\n- one\n- two\ntitle: T\n", "T"),
        ("empty:\nother:\ntitle: T\n", "T"),
        ("Title: Upper\n", nil),
        ("title_2: x\nmy-key: y\n_draft: true\n", nil),
        ("title: Café — ½ ☕ 𝛼 \u{00A0}nbsp\n", "Café — ½ ☕ 𝛼 \u{00A0}nbsp"),
    ]

    @Test(arguments: accepted)
    func acceptedShapesGiveWhatYamsGives(yaml: String, title: String?) throws {
        let reading = try #require(plain(yaml), "not read without Yams: \(yaml)")
        #expect(reading.title == title)
        #expect(try yams(yaml) == title)
    }

    /// Shapes handed to Yams: errors (Yams words them), and valid YAML outside the plain shapes.
    static let refused: [String] = [
        "title: Ketamine: what we know\n",
        "title: ends with colon:\n",
        "title: a\ntitle: b\n",
        "title: \"unclosed\n",
        "title: 'unclosed\n",
        "title: \"a\"b\n",
        "title: \"a\"#b\n",
        "title: [unclosed\n",
        "title: [a,]\n",
        "title: [a, [b]]\n",
        "title: [a: b]\n",
        "title: [\"a\"]\n",
        "title: \"with \\\"escape\\\"\"\n",
        "title: \"with \\u00e9\"\n",
        "title: &anchor x\n",
        "title: *alias\n",
        "title: !tag x\n",
        "title: |\n  block\n",
        "title: >\n  folded\n",
        "title: @reserved\n",
        "title: `reserved\n",
        "title: %percent\n",
        "title: -5\n",
        "title: ?q\n",
        "title: {a: b}\n",
        "title: x\n  continued\n",
        "title: x\n  - item\n",
        "title: x\n- item\n",
        "title:\n  nested: map\n",
        "title:\n  - a\n - b\n",
        "title:\n  -\n",
        "title:\n  - # empty\n",
        "title:\n  - a: b\n",
        "title:\n  - [a]\n",
        "title:\n  -a\n",
        "  title: indented\n",
        "\ttitle: tab\n",
        "title:\tT\n",
        "title: a\tb\n",
        "title:T\n",
        "title :T\n",
        "title : T\n",
        "\"title\": T\n",
        "-key: T\n",
        "<<: T\n",
        "just a scalar\n",
        "- a\n- b\n",
        "%YAML 1.1\n",
        "title: a\rb\n",
        "title: a\u{0085}b\n",
        "title: a\u{2028}b\n",
        "title: a\u{FEFF}b\n",
        "title: a\u{0007}b\n",
        "title: a\u{007F}b\n",
        "title: a\u{009F}b\n",
        "  # indented comment\ntitle: T\n",
        "   \ntitle: T\n",
        String(repeating: "k", count: 200) + ": v\n",
    ]

    @Test(arguments: refused)
    func otherShapesGoToYams(yaml: String) {
        #expect(plain(yaml) == nil)
    }

    @Test func upTo64KeysAreReadWithoutYams() throws {
        let keys = (1...63).map { "key\($0): v\n" }.joined() + "title: T\n"
        #expect(plain(keys) == PlainFrontMatter.Reading(title: "T"))
        #expect(try yams(keys) == "T")
        #expect(plain(keys + "one: more\n") == nil)
    }

    @Test func errorsStillComeFromYams() throws {
        let text = "---\ntitle: ok\nauthor: [unclosed\n---\n\nBody.\n"
        #expect(
            throws: LoadError(
                path: "bad.md",
                message:
                    "front matter is not valid YAML: did not find expected ',' or ']'; fix the YAML between the --- lines",
                line: 4, column: 1)
        ) {
            try load(text, format: .markdown, path: "bad.md")
        }
        let colon = "---\ntitle: Ketamine: what we know\n---\n\nBody.\n"
        #expect(
            throws: LoadError(
                path: "bad.md",
                message:
                    "front matter is not valid YAML: mapping values are not allowed in this context; fix the YAML between the --- lines",
                line: 2, column: 16)
        ) {
            try load(colon, format: .markdown, path: "bad.md")
        }
    }

    /// Lines mixed at random: whenever the plain reader answers, Yams accepts the same text and
    /// gives the same title.
    @Test func mixedLinesAgreeWithYams() throws {
        let pool =
            Self.accepted.map(\.yaml).flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false) }
            + Self.refused.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false) }
        var generator = SplitMix(seed: 0x5EED)
        var answered = 0
        for _ in 0..<4_000 {
            let count = Int(generator.next() % 5) + 1
            let lines = (0..<count).map { _ in pool[Int(generator.next() % UInt64(pool.count))] }
            let yaml = lines.joined(separator: "\n") + "\n"
            guard let reading = plain(yaml) else { continue }
            answered += 1
            let title = try yams(yaml)
            #expect(reading.title == title, "\(yaml)")
        }
        #expect(answered > 400)
    }
}

/// `PlainFrontMatter.plain` (one pass to the comment, a colon refused when a space or nothing
/// follows it) answers as the two-pass reading did: the comment found first, then the colons
/// looked for in the text before it, trailing spaces dropped.
@Suite struct PlainScalarFastPathTests {
    @Test func plainScalarsAreTheTwoPassReadings() {
        let pieces: [[UInt8]] = [
            Array("a".utf8), Array("word".utf8), Array(" ".utf8), Array(":".utf8), Array("#".utf8),
            Array(" #".utf8), Array(": ".utf8), Array("-".utf8), Array("\u{E9}".utf8), Array("\"".utf8),
            Array("'".utf8), Array("[".utf8), Array("http://x".utf8),
        ]
        var generator = SplitMix(seed: 0x9A1)
        var answered = 0
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<generator.next(9) { bytes += pieces[generator.next(pieces.count)] }
            // Cut out of a longer line, as a value is, so its indices do not start at 0.
            let line = Array("key:".utf8) + bytes + Array("\n".utf8)
            let value = line[4..<(line.count - 1)]
            for makesText in [false, true] {
                let fast = PlainFrontMatter.plain(value, text: makesText)
                #expect(fast == Self.twoPass(value, text: makesText), "\(String(decoding: value, as: UTF8.self))")
                if fast != nil { answered += 1 }
            }
        }
        #expect(answered > 2_000)
    }

    /// The reading `plain` had before, in two passes.
    static func twoPass(_ bytes: ArraySlice<UInt8>, text makesText: Bool) -> String?? {
        let space = UInt8(ascii: " ")
        let hash = UInt8(ascii: "#")
        let colon = UInt8(ascii: ":")
        guard let first = bytes.first, !PlainFrontMatter.isIndicator(first) else { return nil }
        var end = bytes.endIndex
        for index in bytes.indices.dropFirst() where bytes[index] == hash && bytes[index - 1] == space {
            end = index
            break
        }
        var text = bytes[..<end]
        while text.last == space { text = text.dropLast() }
        for index in text.indices where text[index] == colon {
            if index + 1 == text.endIndex || text[index + 1] == space { return nil }
        }
        return .some(makesText ? String(decoding: text, as: UTF8.self) : nil)
    }
}

/// `PlainFrontMatter.hasOnlyPlainCharacters` (on the bytes in place, printable ASCII and line
/// feeds passed before the switch) answers as the reading on the slice did, over generated
/// UTF-8 of printable ASCII, line breaks, tabs, controls, DEL, C1 controls, NEL, Latin-1,
/// dashes, U+2028, U+2029, BOMs, U+FFFE, U+FFFF and emoji, cut out of longer bytes.
@Suite struct PlainCharactersFastPathTests {
    @Test func plainCharactersAreTheSliceReadings() {
        let pieces: [String] = [
            "a", "title: x", " ", "\n", "\r\n", "\r", "\t", "\u{1}", "\u{1F}", "\u{7F}", "~", "\u{80}", "\u{85}",
            "\u{9F}", "\u{A0}", "\u{E9}", "\u{2014}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFD}", "\u{FFFE}",
            "\u{FFFF}", "\u{1F600}", "\u{E000}", "\u{800}",
        ]
        var generator = SplitMix(seed: 0xC4A2)
        var plain = 0
        for round in 0..<20_000 {
            var text = ""
            let mostlyASCII = round % 2 == 0
            for _ in 0..<generator.next(12) {
                text += pieces[mostlyASCII && generator.next(4) != 0 ? generator.next(2) : generator.next(pieces.count)]
            }
            let bytes = Array(("x" + text + "y").utf8)
            let yaml = bytes[1..<(bytes.count - 1)]
            let fast = PlainFrontMatter.hasOnlyPlainCharacters(yaml)
            #expect(fast == Self.plainHasOnlyPlainCharacters(yaml), "\(text.debugDescription)")
            if fast { plain += 1 }
        }
        #expect(plain > 3_000)
    }

    /// The reading `hasOnlyPlainCharacters` had before, on the slice and a switch for every byte.
    static func plainHasOnlyPlainCharacters(_ yaml: ArraySlice<UInt8>) -> Bool {
        let newline = UInt8(ascii: "\n")
        let carriageReturn = UInt8(ascii: "\r")
        var index = yaml.startIndex
        while index < yaml.endIndex {
            let byte = yaml[index]
            switch byte {
            case 0x20...0x7E, newline: index += 1
            case carriageReturn:
                guard index + 1 < yaml.endIndex, yaml[index + 1] == newline else { return false }
                index += 1
            case 0xC2:
                guard yaml[index + 1] >= 0xA0 else { return false }  // C1 controls, NEL
                index += 2
            case 0xC3...0xDF: index += 2
            case 0xE2:
                // U+2028 and U+2029 are line breaks to YAML.
                guard !(yaml[index + 1] == 0x80 && (yaml[index + 2] == 0xA8 || yaml[index + 2] == 0xA9)) else {
                    return false
                }
                index += 3
            case 0xEF:
                let second = yaml[index + 1]
                let third = yaml[index + 2]
                guard !(second == 0xBB && third == 0xBF), !(second == 0xBF && third >= 0xBE) else { return false }
                index += 3
            case 0xE0...0xEF: index += 3
            case 0xF0...0xF4: index += 4
            default: return false
            }
        }
        return true
    }

}

/// `PlainFrontMatter.read` (on the bytes in place, by offsets) answers as the reading on the
/// slice did (`sliceRead`, below), over generated front matter: lines of the accepted and
/// refused shapes and pieces of keys, values, indicators, quotes, sequences, comments, spaces,
/// line breaks and non-ASCII text, cut out of longer bytes.
@Suite struct PlainFrontMatterBufferTests {
    @Test func readingsAreTheSliceReadings() {
        var lines: [String] = []
        for yaml in PlainFrontMatterTests.accepted.map(\.yaml) + PlainFrontMatterTests.refused {
            for line in yaml.split(separator: "\n") { lines.append(String(line)) }
        }
        let pieces: [String] = [
            "title", "tags", "a", "key-2", "_k", "-", ":", ": ", " ", "  ", "#", " #", "'", "''", "\"", "\\", "[", "]",
            "[a, b]", "[ ]", ",", "{", "x y", "\r", "\t", "\u{E9}", "\u{2014}", "\u{2028}", "@", "&", "*", "|", ">",
            "?", "%", "`", "!", "- ", "title: ", "\n", "\n  - ", "\n- ",
        ]
        var generator = SplitMix(seed: 0xF00D)
        var answered = 0
        var titled = 0
        for round in 0..<30_000 {
            var text = ""
            if round % 2 == 0 {
                for _ in 0..<(generator.next(5) + 1) {
                    text += lines[generator.next(lines.count)]
                    if generator.next(4) == 0 { text += pieces[generator.next(pieces.count)] }
                    text += generator.next(8) == 0 ? "\r\n" : "\n"
                }
            } else {
                for _ in 0..<generator.next(14) { text += pieces[generator.next(pieces.count)] }
            }
            let bytes = Array(("x" + text + "y").utf8)
            let yaml = bytes[1..<(bytes.count - 1)]
            let fast = PlainFrontMatter.read(yaml)
            #expect(fast == Self.sliceRead(yaml), "\(text.debugDescription)")
            if fast != nil { answered += 1 }
            if fast?.title != nil { titled += 1 }
        }
        #expect(answered > 2_000)
        #expect(titled > 1_000)
    }

    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let space = UInt8(ascii: " ")
    private static let dash = UInt8(ascii: "-")
    private static let hash = UInt8(ascii: "#")
    private static let colon = UInt8(ascii: ":")
    private static let comma = UInt8(ascii: ",")
    private static let backslash = UInt8(ascii: "\\")
    private static let singleQuote = UInt8(ascii: "'")
    private static let doubleQuote = UInt8(ascii: "\"")
    private static let openBracket = UInt8(ascii: "[")
    private static let closeBracket = UInt8(ascii: "]")
    private static let titleKey = Array("title".utf8)
    private static let flowForbidden = Set(":,[]{}#'\"".utf8)

    /// The reading `PlainFrontMatter.read` had before, on slices of the front matter.
    static func sliceRead(_ yaml: ArraySlice<UInt8>) -> PlainFrontMatter.Reading? {
        guard PlainFrontMatter.hasOnlyPlainCharacters(yaml) else { return nil }
        var reading = PlainFrontMatter.Reading()
        var keys: [Range<Int>] = []
        var openKey: ArraySlice<UInt8>?
        var itemIndent: Int?
        var lineStart = yaml.startIndex
        while lineStart < yaml.endIndex {
            let lineEnd = yaml[lineStart...].firstIndex(of: newline) ?? yaml.endIndex
            var line = yaml[lineStart..<lineEnd]
            lineStart = lineEnd == yaml.endIndex ? lineEnd : lineEnd + 1
            if line.last == carriageReturn { line = line.dropLast() }
            guard let first = line.first, first != hash else { continue }
            if first == space || first == dash {
                let indent = line.prefix { $0 == space }.count
                guard let key = openKey, itemIndent ?? indent == indent else { return nil }
                let item = line.dropFirst(indent)
                guard item.first == dash, case .scalar = value(afterIndicator: item.dropFirst(), text: false) else {
                    return nil
                }
                if itemIndent == nil, key.elementsEqual(titleKey) { reading.title = nil }
                itemIndent = indent
                continue
            }
            guard let colon = line.firstIndex(of: colon) else { return nil }
            let key = line[..<colon]
            let isTitle = key.elementsEqual(titleKey)
            guard isKey(key), keys.count < 64, !keys.contains(where: { yaml[$0].elementsEqual(key) }),
                let value = value(afterIndicator: line[(colon + 1)...], text: isTitle)
            else { return nil }
            keys.append(key.startIndex..<key.endIndex)
            if isTitle {
                switch value {
                case .empty: reading.title = ""
                case .scalar(let text): reading.title = text
                case .sequence: reading.title = nil
                }
            }
            openKey = value == .empty ? key : nil
            itemIndent = nil
        }
        return reading
    }

    private enum Value: Equatable {
        case empty
        case scalar(String?)
        case sequence
    }

    private static func value(afterIndicator bytes: ArraySlice<UInt8>, text: Bool) -> Value? {
        if let first = bytes.first, first != space { return nil }
        let rest = bytes.drop { $0 == space }
        guard let first = rest.first, first != hash else { return .empty }
        switch first {
        case doubleQuote, singleQuote: return quoted(rest, text: text).map(Value.scalar)
        case openBracket: return isFlowSequence(rest) ? .sequence : nil
        default: return PlainScalarFastPathTests.twoPass(rest, text: text).map(Value.scalar)
        }
    }

    private static func quoted(_ bytes: ArraySlice<UInt8>, text makesText: Bool) -> String?? {
        let quote = bytes[bytes.startIndex]
        var text: [UInt8] = []
        var index = bytes.startIndex + 1
        while true {
            guard index < bytes.endIndex, bytes[index] != backslash || quote == singleQuote else { return nil }
            if bytes[index] == quote {
                guard quote == singleQuote, index + 1 < bytes.endIndex, bytes[index + 1] == singleQuote else { break }
                index += 1
            }
            if makesText { text.append(bytes[index]) }
            index += 1
        }
        guard isBlankOrComment(bytes[(index + 1)...]) else { return nil }
        return .some(makesText ? String(decoding: text, as: UTF8.self) : nil)
    }

    private static func isFlowSequence(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let close = bytes.firstIndex(of: closeBracket), isBlankOrComment(bytes[(close + 1)...]) else {
            return false
        }
        let inside = bytes[(bytes.startIndex + 1)..<close]
        if inside.allSatisfy({ $0 == space }) { return true }
        return inside.split(separator: comma, omittingEmptySubsequences: false).allSatisfy { item in
            let item = item.drop { $0 == space }
            guard let first = item.first, !PlainFrontMatter.isIndicator(first) else { return false }
            return !item.contains { flowForbidden.contains($0) }
        }
    }

    private static func isBlankOrComment(_ bytes: ArraySlice<UInt8>) -> Bool {
        let rest = bytes.drop { $0 == space }
        return rest.isEmpty || (rest.first == hash && rest.startIndex > bytes.startIndex)
    }

    private static func isKey(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.first, first != dash, bytes.count <= 128 else { return false }
        return bytes.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), dash:
                true
            default: false
            }
        }
    }
}
