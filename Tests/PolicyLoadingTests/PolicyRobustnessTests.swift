import CopydeskCore
import PolicyLoading
import Testing

/// Broken policies end in a PolicyError with a position, never a crash or a silent default.
@Suite struct PolicyRobustnessTests {
    static let sample = """
        version: 1
        name: house
        extends: [medical]
        checks:
          hedging: {severity: warning, sensitivity: every-cue, rules: {stacked-hedge: error}, add: {cues: [arguably]}}
          repetition: {near-duplicate: 0.75, min-words: 6}
        rules:
          - id: house.hype
            type: substitution
            message: "use '%s'"
            swap: {utilize: use}
          - {id: house.cite, type: require-citation, message: cite it, patterns: ['\\bstud(y|ies) (show|found)']}
        files: {include: ["**/*.md"], exclude: ["drafts/**"]}
        """

    @Test func everyPrefixLoadsOrFailsWithAPosition() {
        let scalars = Array(Self.sample.unicodeScalars)
        var failures = 0
        for end in 0...scalars.count {
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars[..<end])
            do {
                _ = try loadPolicy(text)
            } catch {
                failures += 1
                #expect(error.path == "policy.yml")
                #expect(!error.message.isEmpty)
            }
        }
        #expect(failures > 0)
    }

    @Test func deletingAnyOneCharacterLoadsOrFailsCleanly() {
        let scalars = Array(Self.sample.unicodeScalars)
        for index in scalars.indices {
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars[..<index])
            text.unicodeScalars.append(contentsOf: scalars[(index + 1)...])
            do {
                let loaded = try loadPolicy(text)
                #expect(loaded.policy.version == 1)
            } catch {
                #expect(error.line >= 0 && error.line <= 14, "\(error)")
            }
        }
    }
}
