import CopydeskCore
import Foundation
import PolicyLoading
import Testing

@Suite struct BuiltInPolicyTests {
    @Test func namesAreDefaultMedicalScientific() {
        #expect(PolicyLoader.builtInNames == ["default", "medical", "scientific"])
    }

    @Test(arguments: ["default", "medical", "scientific"])
    func builtInLoadsWithoutWarnings(name: String) throws {
        let loaded = try PolicyLoader(knownRuleIDs: []).builtIn(name)
        #expect(loaded.warnings.isEmpty)
        #expect(loaded.policy.name == name)
        #expect(loaded.policy.source == "builtin:\(name)")
    }

    @Test func defaultFileEqualsTheModelDefaults() throws {
        #expect(try PolicyLoader().builtIn("default").policy == Policy())
    }

    @Test func defaultFileSpellsOutEverySetting() throws {
        let yaml = try #require(PolicyLoader.builtInSource("default"))
        for key in [
            "enabled:", "sensitivity:", "density-threshold:", "lint-quotes:", "scope:", "near-duplicate:", "min-words:",
            "require-disclaimer:", "rules:", "include:", "exclude:",
        ] {
            #expect(yaml.contains(key), "default.yml lacks \(key)")
        }
    }

    @Test func medicalMakesMedicalClaimsErrorsAndRequiresADisclaimer() throws {
        let policy = try PolicyLoader().builtIn("medical").policy
        var expected = Policy(name: "medical", source: "builtin:medical")
        expected.checks.medicalClaims.common.severity = .error
        expected.checks.medicalClaims.requireDisclaimer = true
        expected.facts = "builtin:facts/health.yml"
        #expect(policy == expected)
    }

    @Test func scientificReportsEveryHedgeCueAsInfo() throws {
        let policy = try PolicyLoader().builtIn("scientific").policy
        var expected = Policy(name: "scientific", source: "builtin:scientific")
        expected.checks.hedging.sensitivity = .everyCue
        expected.checks.hedging.common.severity = .info
        #expect(policy == expected)
    }

    @Test func unknownBuiltInSuggestsTheNearestName() {
        #expect(
            throws: PolicyError(
                path: "builtin:medicl",
                message:
                    "no built-in policy 'medicl'; built-in policies are default, medical, scientific; did you mean 'medical'?"
            )
        ) {
            try PolicyLoader().builtIn("medicl")
        }
    }

    /// BuiltInPolicies.swift is generated from policies/*.yml by scripts/embed-policies.
    @Test func embeddedPoliciesMatchThePoliciesFolder() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let folder = root.appendingPathComponent("policies")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yml") }
        #expect(
            Set(files.map { String($0.dropLast(4)) }) == Set(PolicyLoader.builtInNames), "run scripts/embed-policies")
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(
                PolicyLoader.builtInSource(String(file.dropLast(4))) == text,
                "\(file) changed: run scripts/embed-policies")
        }
    }
}
