import CopydeskCore
import PolicyLoading
import Testing

/// Hostile or broken policies are refused quickly, with a clear error, instead of exhausting memory.
@Suite struct PolicyLimitsTests {
    /// The "billion laughs": nine levels of ten aliases each would expand to 10^9 values.
    static var aliasBomb: String {
        var yaml = "version: 1\nl0: &l0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 {
            yaml +=
                "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ")
                + "]\n"
        }
        return yaml
    }

    @Test func aliasBombIsRefused() {
        #expect(
            policyError(Self.aliasBomb)
                == "policy.yml:2:5: error: more than 1000 alias expansions; write the values out instead of '*l0'")
    }

    @Test func aFewAliasesAreFine() throws {
        let yaml = """
            version: 1
            checks:
              hedging: {add: {cues: &extra [arguably, conceivably]}}
              citations: {add: {claims: *extra}}
            """
        let policy = try loadPolicy(yaml).policy
        #expect(policy.checks.citations.common.add == ["claims": ["arguably", "conceivably"]])
    }

    @Test func aliasUsedAsAKeyIsRefusedBeforeComposing() {
        // Yams hashes every key while composing; a key made of aliases would expand there.
        #expect(
            policyError("version: 1\nx: &x [a, b]\n? *x\n: 1\n")
                == "policy.yml:3:1: error: explicit '?' keys are not supported; write 'key: value'")
        #expect(
            policyError("version: 1\nx: &x [a, b]\n*x : 1\n")
                == "policy.yml:3:1: error: a key must be a plain string, not an alias")
        #expect(
            policyError("version: 1\nx: &x [a, b]\n[*x, *x]: 1\n")
                == "policy.yml:3:8: error: a key must be a plain string, not a collection")
    }

    @Test func deepNestingIsRefused() {
        let flow = "version: 1\nx: " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "\n"
        #expect(policyError(flow) == "policy.yml:2:68: error: nesting deeper than 64 levels; flatten the policy")
        let compact = "version: 1\nx:\n" + String(repeating: "- ", count: 100) + "a\n"
        #expect(policyError(compact) == "policy.yml:3:129: error: nesting deeper than 64 levels; flatten the policy")
    }

    @Test func quotedBracketsAndCommentsDoNotCount() throws {
        let yaml =
            "version: 1\nname: '" + String(repeating: "[", count: 100) + "' # " + String(repeating: "{", count: 100)
            + "\n"
        #expect(try loadPolicy(yaml).policy.name == String(repeating: "[", count: 100))
    }

    @Test func oversizedPolicyIsRefused() {
        var limits = PolicyLimits()
        limits.maxBytes = 64
        let yaml = "version: 1\nname: " + String(repeating: "a", count: 100) + "\n"
        #expect(
            throws: PolicyError(
                path: "big.yml",
                message: "policy is 118 bytes, more than the limit of 64; policies are small, check the path")
        ) {
            try PolicyLoader(limits: limits).load(yaml: yaml, path: "big.yml")
        }
    }

    @Test func tooManyValuesAreRefused() {
        let yaml = "version: 1\nx: [" + Array(repeating: "1", count: 100_001).joined(separator: ",") + "]\n"
        #expect(
            policyError(yaml)
                == "policy.yml:2:199995: error: policy has more than 100000 values after expanding aliases; write it out plainly"
        )
    }
}

@Suite struct PolicyPrescanTests {
    @Test func blockScalarTextIsNotMistakenForKeys() throws {
        let yaml = """
            version: 1
            checks: &checks {}
            rules:
              - id: house.a
                type: existence
                message: |
                  Is this right? [see]: here
                  [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[
                tokens: [x]
              - id: house.b
                type: existence
                message: >-
                  folded ? text
                   *x : 1
                tokens: [y]
            """
        let loaded = try loadPolicy(yaml)
        #expect(loaded.policy.rules.map(\.message).first?.hasPrefix("Is this right? [see]: here\n[[[") == true)
        #expect(loaded.policy.rules.map(\.tokens) == [["x"], ["y"]])
        #expect(loaded.policy.rules.last?.message == "folded ? text\n *x : 1")
    }

    @Test func afterABlockScalarKeysAreCheckedAgain() {
        let yaml = "version: 1\nx: &x [a]\nname: |\n  text\n*x : 1\n"
        #expect(policyError(yaml) == "policy.yml:5:1: error: a key must be a plain string, not an alias")
    }
}
