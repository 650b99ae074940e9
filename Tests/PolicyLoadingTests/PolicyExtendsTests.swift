import CopydeskCore
import Foundation
import PolicyLoading
import Testing

@Suite struct PolicyExtendsTests {
    @Test func childOverridesABuiltInKeyByKey() throws {
        let policy = try loadPolicy(
            """
            version: 1
            name: house
            extends: medical
            checks:
              medical-claims: {require-disclaimer: false}
              hedging: {density-threshold: 6}
            """
        ).policy
        #expect(policy.name == "house")
        #expect(policy.source == "policy.yml")
        #expect(policy.checks.medicalClaims.common.severity == .error)  // from medical
        #expect(policy.checks.medicalClaims.requireDisclaimer == false)  // overridden
        #expect(policy.checks.hedging.densityThreshold == 6)
        #expect(policy.checks.hedging.sensitivity == .clustered)  // from default
    }

    @Test func listOfParentsMergesInOrderAndAppliesSharedAncestorsOnce() throws {
        // medical and scientific both extend default; default must not undo medical's settings.
        let policy = try loadPolicy("version: 1\nextends: [medical, scientific]\n").policy
        #expect(policy.checks.medicalClaims.common.severity == .error)
        #expect(policy.checks.medicalClaims.requireDisclaimer)
        #expect(policy.checks.hedging.sensitivity == .everyCue)
        #expect(policy.name == "policy")  // no name: named after the file
    }

    @Test func relativeParentsResolveAgainstTheExtendingFilesFolder() throws {
        let folder = try TemporaryFolder([
            ".git/HEAD": "ref: refs/heads/main\n",  // one repository: ../shared is inside its tree
            "project/.copydesk.yml": """
            version: 1
            extends: ../shared/house.yml
            rules:
              - {id: house.hype, type: existence, message: "no '%s'", tokens: [breakthrough], severity: error}
            checks:
              hedging: {add: {cues: [arguably]}, rules: {stacked-hedge: error}}
            """,
            "shared/house.yml": """
            version: 1
            name: house
            extends: base/base.yml
            facts: facts/registry.yml
            rules:
              - {id: house.hype, type: existence, message: "avoid '%s'", tokens: [miracle]}
              - {id: house.utilize, type: substitution, message: "use '%s'", swap: {utilize: use}}
            checks:
              hedging: {add: {cues: [presumably]}, rules: {hedge-density: off}}
            files: {include: ["**/*.md"]}
            """,
            "shared/base/base.yml": """
            version: 1
            extends: scientific
            checks:
              hedging: {add: {cues: [conceivably]}, remove: {cues: [may]}}
            """,
        ])
        defer { folder.remove() }
        let loaded = try PolicyLoader().load(file: folder.path + "/project/.copydesk.yml")
        let policy = loaded.policy
        #expect(loaded.warnings.isEmpty)
        #expect(policy.name == "copydesk")
        #expect(policy.source == folder.path + "/project/.copydesk.yml")
        #expect(policy.facts == folder.path + "/shared/facts/registry.yml")
        #expect(policy.checks.hedging.sensitivity == .everyCue)  // from scientific, three levels up
        #expect(policy.checks.hedging.common.add == ["cues": ["conceivably", "presumably", "arguably"]])
        #expect(policy.checks.hedging.common.remove == ["cues": ["may"]])
        #expect(policy.checks.hedging.common.rules == ["hedge-density": .off, "stacked-hedge": .error])
        #expect(policy.files.include == ["**/*.md"])
        // The child's house.hype replaces the parent's in place; house.utilize stays.
        #expect(policy.rules.map(\.id) == ["house.hype", "house.utilize"])
        #expect(policy.rules[0].tokens == ["breakthrough"])
        #expect(policy.rules[0].severity == .error)
    }

    @Test func cycleIsReportedWithTheChain() throws {
        let folder = try TemporaryFolder([
            "a.yml": "version: 1\nextends: b.yml\n",
            "b.yml": "version: 1\nextends: [default, ./a.yml]\n",
        ])
        defer { folder.remove() }
        let a = folder.path + "/a.yml"
        let b = folder.path + "/b.yml"
        #expect(
            throws: PolicyError(
                path: b, line: 2, column: 20, keyPath: "extends[1]", message: "extends cycle: \(a) -> \(b) -> \(a)")
        ) {
            try PolicyLoader().load(file: a)
        }
    }

    @Test func selfExtensionIsACycle() throws {
        let folder = try TemporaryFolder(["self.yml": "version: 1\nextends: self.yml\n"])
        defer { folder.remove() }
        let path = folder.path + "/self.yml"
        #expect(
            throws: PolicyError(
                path: path, line: 2, column: 10, keyPath: "extends", message: "extends cycle: \(path) -> \(path)")
        ) {
            try PolicyLoader().load(file: path)
        }
    }

    @Test func missingBuiltInNameSuggestsTheNearest() {
        #expect(
            policyError("version: 1\nextends: scientfic\n")
                == "policy.yml:2:10: error: extends: no built-in policy 'scientfic'; built-in policies are default, medical, scientific; did you mean 'scientific'?"
        )
    }

    @Test func missingFileNamesTheResolvedPath() {
        #expect(
            policyError("version: 1\nextends: [default, house/strict.yml]\n", path: "cfg/policy.yml")
                == "cfg/policy.yml:2:20: error: extends[1]: no policy file at 'cfg/house/strict.yml'; paths are relative to the extending policy's folder"
        )
    }

    @Test func errorInAParentNamesTheParentFile() throws {
        let folder = try TemporaryFolder([
            "child.yml": "version: 1\nextends: parent.yml\n",
            "parent.yml": "version: 1\nchecks:\n  citations: {scope: chapter}\n",
        ])
        defer { folder.remove() }
        #expect(
            throws: PolicyError(
                path: folder.path + "/parent.yml", line: 3, column: 22, keyPath: "checks.citations.scope",
                message: "expected one of sentence, paragraph")
        ) {
            try PolicyLoader().load(file: folder.path + "/child.yml")
        }
    }
}

@Suite struct PolicyDiscoveryTests {
    @Test func findsTheNearestPolicyUpward() throws {
        let folder = try TemporaryFolder([
            ".copydesk.yml": "version: 1\nname: outer\n",
            "site/.copydesk.yaml": "version: 1\nname: site\nextends: medical\n",
            "site/articles/2024/keep.md": "# Title\n",
        ])
        defer { folder.remove() }
        let loaded = try PolicyLoader().discover(from: folder.path + "/site/articles/2024")
        #expect(loaded.policy.name == "site")
        #expect(loaded.policy.source == folder.path + "/site/.copydesk.yaml")
        #expect(loaded.policy.checks.medicalClaims.requireDisclaimer)
        #expect(try PolicyLoader().discover(from: folder.path).policy.name == "outer")
    }

    @Test func withoutAPolicyFileDiscoveryGivesTheBuiltInDefault() throws {
        let folder = try TemporaryFolder(["a/b/article.md": "text\n"])
        defer { folder.remove() }
        // Temporary folders have no .copydesk.yml above them on a clean machine.
        if PolicyLoader.findUpward(from: folder.path) == nil {
            #expect(try PolicyLoader().discover(from: folder.path + "/a/b").policy == Policy())
        }
    }

    @Test func aFolderNamedLikeThePolicyIsSkipped() throws {
        let folder = try TemporaryFolder([".copydesk.yml/readme.txt": "not a policy\n", "inner/x.md": "x\n"])
        defer { folder.remove() }
        let found = PolicyLoader.findUpward(from: folder.path + "/inner")
        #expect(found != folder.path + "/.copydesk.yml")
    }
}
