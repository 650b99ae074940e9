import CopydeskCore
import Testing

@testable import Checks

/// Builds an article from Markdown-like paragraphs: blank lines split blocks, `# ` starts a heading,
/// `. ? !` followed by a space end sentences. Enough for sentence-level checks.
func simpleArticle(_ text: String, path: String = "test.md") -> Article {
    let bytes = Array(text.utf8)
    var blocks: [Block] = []
    var sentences: [Sentence] = []
    let lines = LineIndex(bytes)
    var start = 0
    func addBlock(_ range: Range<Int>) {
        var lower = range.lowerBound
        var kind = Block.Kind.paragraph
        if bytes[lower...].starts(with: Array("# ".utf8)) {
            kind = .heading(level: 1)
            lower += 2
        }
        var map = TextMap()
        let piece = String(decoding: bytes[lower..<range.upperBound], as: UTF8.self)
        map.append(piece, sourceOffset: lower)
        let block = Block(kind: kind, map: map, range: lines.range(from: range.lowerBound, to: range.upperBound))
        blocks.append(block)
        let utf8 = Array(piece.utf8)
        var sentenceStart = 0
        var index = 0
        while index < utf8.count {
            let end = index + 1
            let isEnd = [UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!")].contains(utf8[index])
                && (end == utf8.count || utf8[end] == UInt8(ascii: " "))
            if isEnd || end == utf8.count {
                let textRange = sentenceStart..<end
                sentences.append(
                    Sentence(
                        text: String(decoding: utf8[textRange], as: UTF8.self), blockIndex: blocks.count - 1,
                        textRange: textRange, range: lines.range(from: lower + textRange.lowerBound, to: lower + end)))
                sentenceStart = end
                while sentenceStart < utf8.count && utf8[sentenceStart] == UInt8(ascii: " ") { sentenceStart += 1 }
                index = sentenceStart
            } else {
                index += 1
            }
        }
    }
    var index = 0
    while index < bytes.count {
        if bytes[index] == UInt8(ascii: "\n") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") {
            if index > start { addBlock(start..<index) }
            index += 2
            start = index
        } else {
            index += 1
        }
    }
    var end = bytes.count
    while end > start && bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
    if end > start { addBlock(start..<end) }
    return Article(path: path, format: .markdown, source: bytes, blocks: blocks, sentences: sentences)
}

let medicalChecks: [any Check.Type] = medicalClaimChecks

func findings(_ check: any Check.Type, _ text: String, configure: (inout Policy) -> Void = { _ in }) -> [Finding] {
    var policy = Policy()
    configure(&policy)
    return check.init(policy: policy).findings(in: simpleArticle(text))
}

@Suite struct MedicalClaimExampleTests {
    @Test(arguments: medicalClaimChecks.flatMap { check in check.description.failing.map { (check.description.id, $0.text) } })
    func failingExample(id: String, text: String) throws {
        let check = try #require(medicalClaimChecks.first { $0.description.id == id })
        let example = try #require(check.description.failing.first { $0.text == text })
        let (stripped, offsets) = example.stripped
        var policy = Policy()
        example.configure(&policy)
        let found = check.init(policy: policy).findings(in: simpleArticle(stripped))
        #expect(found.map(\.range.start.offset) == offsets, "\(id): \(stripped) -> \(found.map(\.match))")
    }

    @Test(arguments: medicalClaimChecks.flatMap { check in check.description.passing.map { (check.description.id, $0.text) } })
    func passingExample(id: String, text: String) throws {
        let check = try #require(medicalClaimChecks.first { $0.description.id == id })
        let example = try #require(check.description.passing.first { $0.text == text })
        var policy = Policy()
        example.configure(&policy)
        let found = check.init(policy: policy).findings(in: simpleArticle(text))
        #expect(found.isEmpty, "\(id): \(text) -> \(found.map(\.match))")
    }
}
