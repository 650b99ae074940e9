import ArticleLoading
import CopydeskCore
import Testing

@testable import Checks

/// `CureClaims.listedConditions` tells listed conditions apart by `conditionKey`: an ASCII name
/// without an apostrophe drops a final "s" byte in place. The same key, to the byte, as the plain
/// reading ("'s" replaced, a final "s" dropped as a character, made a String) over many generated
/// names, and the same distinct names as comparing those Strings.
@Suite struct ConditionKeyTests {
    /// The key as `listedConditions` read it before: a new String.
    static func plainKey(_ name: String) -> String {
        var name = name
        if name.utf8.contains(UInt8(ascii: "'")) { name = name.replacingOccurrences(of: "'s", with: "") }
        return name.hasSuffix("s") ? String(name.dropLast()) : name
    }

    private static let pieces = [
        "s", "S", "acne", "wart", "warts", "Alzheimer", "'s", "\u{2019}s", "'", "ss", "diabetes", "e\u{301}",
        "\u{301}", "caf\u{E9}", "\u{600}", "\r", "\n", "\r\n", " ", "s\u{308}", "\u{1F600}", "\u{200D}", "a",
        "x", "lupus", "es", "'S", "sis", "\u{0915}\u{094D}", "\u{FB01}", "\u{17F}", "\u{0073}\u{0323}",
    ]

    @Test func keysAreThePlainReadingOverGeneratedNames() throws {
        var seed: UInt64 = 11
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        var names = [""] + Self.pieces
        for _ in 0..<40_000 {
            var name = ""
            for _ in 0..<(1 + next(5)) { name += Self.pieces[next(Self.pieces.count)] }
            // Many names of plain ASCII letters, which take the fast path.
            if next(2) == 0 { name = String(name.unicodeScalars.filter { $0.isASCII && $0 != "'" }) }
            names.append(name)
        }
        var fast = 0
        for name in names {
            let key = CureClaims.conditionKey(name)
            #expect(Array(key.utf8) == Array(Self.plainKey(name).utf8), "\(Array(name.unicodeScalars))")
            #expect(key == CureClaims.plainConditionKey(name))
            if name.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "'") }) { fast += 1 }
        }
        #expect(fast > 15_000)
        // Names compared as keys are equal exactly when their plain Strings are.
        for _ in 0..<20_000 {
            let a = names[next(names.count)]
            let b = next(4) == 0 ? a + "s" : names[next(names.count)]
            #expect(
                (CureClaims.conditionKey(a) == CureClaims.conditionKey(b))
                    == (Self.plainKey(a) == Self.plainKey(b)))
        }
    }

    /// Claims listing repeated, plural, possessive and non-ASCII conditions: the cure-all check
    /// counts each distinct one once.
    @Test func listedConditionsCountEachNameOnce() throws {
        let policy = Policy()
        func matches(_ text: String) throws -> [String] {
            let article = try ArticleLoader().load(path: "test.md", bytes: Array(text.utf8), format: .markdown)
            return CureAllCheck(policy: policy).findings(in: article).map(\.match)
        }
        #expect(try matches("Tea cures acne, acne, eczema and acne.") == [])
        #expect(try matches("Tea cures diabetes, diabetes and acne.") == [])
        let listed = "cures diabetes, dementia, eczema and acne"
        #expect(try matches("Tea \(listed).") == [listed])
        #expect(try matches("Tea cures Alzheimer's, Alzheimer and acne.") == [])
    }
}
