import CopydeskCore
import Foundation
import PolicyLoading
import Testing

struct FactRegistryLoaderTests {
    @Test func builtInHealthRegistryHasFortySourcedEntries() throws {
        let loaded = try FactRegistryLoader().load(path: "builtin:facts/health.yml")
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
        let flagged = loaded.registry.claims.filter { $0.verdict != .true }
        #expect(flagged.count >= 40)
        for claim in loaded.registry.claims {
            #expect(claim.source.url.hasPrefix("https://"), "\(claim.id)")
            #expect(!claim.source.citation.isEmpty, "\(claim.id)")
            #expect(!claim.match.isEmpty, "\(claim.id)")
        }
        #expect(Set(loaded.registry.claims.map(\.id)).count == loaded.registry.claims.count)
    }

    @Test func medicalPolicyNamesTheHealthRegistry() throws {
        let policy = try PolicyLoader().builtIn("medical").policy
        #expect(policy.facts == "builtin:facts/health.yml")
        let registry = try #require(try FactRegistryLoader().load(for: policy)).registry
        #expect(registry.claims.count == Fixture.health.claims.count)
        #expect(try FactRegistryLoader().load(for: Policy()) == nil)
    }

    @Test func embeddedRegistriesMatchTheirFiles() throws {
        let folder = Fixture.root.appendingPathComponent("policies/facts")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yml") }
        #expect(FactRegistryLoader.builtInPaths.sorted() == files.map { "builtin:facts/\($0)" }.sorted())
        for file in files {
            let onDisk = try FactRegistryLoader().load(path: folder.appendingPathComponent(file).path).registry
            let embedded = try FactRegistryLoader().load(path: "builtin:facts/\(file)").registry
            #expect(onDisk.claims == embedded.claims, "run scripts/embed-facts: \(file) is stale")
        }
    }

    @Test func readsEveryField() throws {
        let yaml = """
            version: 1
            claims:
              - id: garlic-cures-colds
                claim: Garlic cures colds
                verdict: unproven
                match:
                  phrases: [garlic cures colds]
                  terms:
                    - [garlic]
                    - [cold, colds]
                source: {citation: "Lissiman E, et al. Cochrane. 2014", url: "https://doi.org/10.1002/14651858.CD006206.pub4"}
                note: One small trial.
            """
        let registry = try FactRegistryLoader().load(yaml: yaml, path: "facts.yml").registry
        #expect(registry.source == "facts.yml")
        #expect(
            registry.claims == [
                KnownClaim(
                    id: "garlic-cures-colds", claim: "Garlic cures colds",
                    match: .init(phrases: ["garlic cures colds"], terms: [["garlic"], ["cold", "colds"]]),
                    verdict: .unproven,
                    source: .init(
                        citation: "Lissiman E, et al. Cochrane. 2014",
                        url: "https://doi.org/10.1002/14651858.CD006206.pub4"),
                    note: "One small trial.")
            ])
    }

    @Test(
        "errors name file, line, column and key path",
        arguments: [
            (
                "version: 1\nclaims:\n  - id: x\n    claim: X\n    verdict: wrong\n    match: {phrases: [x]}\n    source: {citation: c, url: https://x.org}\n",
                "facts.yml:5:14: error: claims[0].verdict: expected one of false, misleading, unproven, true"
            ),
            (
                "version: 1\nclaims:\n  - id: x\n    claim: X\n    verdict: false\n    match: {}\n    source: {citation: c, url: https://x.org}\n",
                "facts.yml:6:12: error: claims[0].match: nothing to match; give 'phrases' or 'terms'"
            ),
            (
                "version: 1\nclaims:\n  - id: x\n    claim: X\n    verdict: false\n    match: {phrases: [x]}\n    source: {citation: c, url: www.x.org}\n",
                "facts.yml:7:32: error: claims[0].source.url: expected an http:// or https:// URL"
            ),
            (
                "version: 1\nclaims:\n  - id: x\n    claim: X\n    verdict: false\n    match: {phrases: [x]}\n",
                "facts.yml:3:5: error: claims[0]: missing 'source'; every claim needs id, claim, verdict, match and source"
            ),
            (
                "claims: []\n",
                "facts.yml:1:1: error: missing 'version: 1'; add it at the top of the registry"
            ),
            (
                "version: 1\nclaims:\n  - {id: a, claim: A, verdict: false, match: {phrases: [a]}, source: {citation: c, url: https://x.org}}\n  - {id: a, claim: B, verdict: false, match: {phrases: [b]}, source: {citation: c, url: https://x.org}}\n",
                "facts.yml:4:5: error: claims[1].id: duplicate id 'a' (first at claims[0]); give each claim its own id"
            ),
        ])
    func errors(yaml: String, expected: String) {
        #expect(throws: (any Error).self) { try FactRegistryLoader().load(yaml: yaml, path: "facts.yml") }
        do {
            _ = try FactRegistryLoader().load(yaml: yaml, path: "facts.yml")
        } catch {
            #expect(error.description == expected)
        }
    }

    @Test func unknownKeysAreWarningsWithDidYouMean() throws {
        let yaml = """
            version: 1
            claims:
              - id: x
                claim: X
                verdict: false
                match: {phrases: [x]}
                source: {citation: c, url: "https://x.org"}
                notes: typo
            """
        let loaded = try FactRegistryLoader().load(yaml: yaml, path: "facts.yml")
        #expect(
            loaded.warnings.map(\.description) == [
                "facts.yml:8:5: warning: claims[0].notes: unknown key; did you mean 'note'?"
            ])
        #expect(loaded.registry.claims.count == 1)
    }

    @Test func missingFileAndUnknownBuiltIn() {
        do {
            _ = try FactRegistryLoader().load(path: "/nonexistent/facts.yml")
            Issue.record("expected an error")
        } catch {
            #expect(
                error.description
                    == "/nonexistent/facts.yml: error: no such facts registry; check the policy's 'facts:' path")
        }
        do {
            _ = try FactRegistryLoader().load(path: "builtin:facts/nope.yml")
            Issue.record("expected an error")
        } catch {
            #expect(
                error.description
                    == "builtin:facts/nope.yml: error: no built-in facts registry 'facts/nope.yml'; built-in registries are builtin:facts/health.yml"
            )
        }
    }
}
