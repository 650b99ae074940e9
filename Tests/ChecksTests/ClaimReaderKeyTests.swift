import ArticleLoading
import CopydeskCore
import Testing

@testable import Checks

/// The claim reader's memo key: one object for equal settings, equal exactly when the settings are.
@Suite struct ClaimReaderKeyTests {
    /// Policies whose hedging and medical-claim settings differ in each field the key holds.
    private static func policies() -> [Policy] {
        var policies = [Policy()]
        var policy = Policy()
        policy.checks.medicalClaims.common.add["conditions"] = ["wobblefoot"]
        policies.append(policy)
        policy = Policy()
        policy.checks.medicalClaims.common.remove["conditions"] = ["acne"]
        policies.append(policy)
        policy = Policy()
        policy.checks.hedging.common.add["modals"] = ["mayhaps"]
        policies.append(policy)
        policy = Policy()
        policy.checks.hedging.common.severity = .error
        policies.append(policy)
        policy = Policy()
        policy.checks.medicalClaims.common.enabled = false
        policies.append(policy)
        policy = Policy()
        policy.checks.medicalClaims.common.rules["cure-claim"] = .off
        policies.append(policy)
        // A policy that differs only outside the two groups reads the sentences as the default does.
        policy = Policy()
        policy.checks.citations.common.severity = .error
        policies.append(policy)
        return policies
    }

    private static func settings(_ policy: Policy) -> ClaimReader.Settings {
        ClaimReader.Settings(hedging: policy.checks.hedging.common, medicalClaims: policy.checks.medicalClaims.common)
    }

    @Test func keysAreEqualExactlyWhenTheSettingsAre() {
        let policies = Self.policies()
        for left in policies {
            for right in policies {
                let equal = Self.settings(left) == Self.settings(right)
                // Interned keys, and keys made apart (as after the process memo let go of one).
                #expect((ClaimReader(policy: left).key == ClaimReader(policy: right).key) == equal)
                #expect((ClaimReader.Key(Self.settings(left)) == ClaimReader(policy: right).key) == equal)
                #expect((ClaimReader.Key(Self.settings(left)) == ClaimReader.Key(Self.settings(right))) == equal)
                if equal { #expect(ClaimReader(policy: left).key === ClaimReader(policy: right).key) }
            }
        }
    }

    @Test func readersWithEqualSettingsShareTheirSentencesAndOthersDoNot() throws {
        let text = "Turmeric cures acne, eczema and wobblefoot. It is popular."
        for policy in Self.policies() {
            let article = try ArticleLoader().load(path: "test.md", bytes: Array(text.utf8), format: .markdown)
            let first = ClaimReader(policy: policy).sentences(in: article)
            let again = ClaimReader(policy: policy).sentences(in: article)
            #expect(first.count == again.count)
            for index in first.indices { #expect(first[index].isSame(as: again[index])) }
            for other in Self.policies() where Self.settings(other) != Self.settings(policy) {
                let read = ClaimReader(policy: other).sentences(in: article)
                for index in read.indices.prefix(first.count) { #expect(!read[index].isSame(as: first[index])) }
            }
        }
    }
}
