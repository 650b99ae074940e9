import TestSupport
import Testing

@testable import CopydeskCore

/// `namedSources` reads a word for an organisation's name only before the sentence's last word
/// with the `.verb` role (`EvidenceFinder.sourceWordRoles`): every organisation source the
/// plain reading finds, reading every word, starts before such a word; the roles are the
/// lists' words, and the hash filter in front of them lets every such word through.
@Suite struct OrganisationSourceFilterTests {
    @Test func everyOrganisationSourceStartsBeforeTheLastVerb() {
        let finder = EvidenceFinder()
        var random = SplitMix(seed: 0x0A6A_5EED)
        var found = 0
        for _ in 0..<6_000 {
            let scan = TextScan(NamedSourceFilterTests.sentence(&random))
            let verbs = (0..<scan.count).filter {
                EvidenceFinder.reportingVerbs.contains(scan.words[$0])
                    || EvidenceFinder.sourceProducts.contains(scan.words[$0])
            }
            for index in 0..<scan.count {
                guard let end = finder.organisationSource(at: index, scan) else { continue }
                found += 1
                #expect(index < verbs.last ?? 0, "\(scan.words) at \(index)")
                #expect(verbs.contains(end - 1), "\(scan.words) at \(index)")
            }
        }
        #expect(found > 20)
    }

    @Test func rolesAreTheListsWords() {
        var random = SplitMix(seed: 0x0A6A_5EEE)
        for _ in 0..<2_000 {
            let scan = TextScan(NamedSourceFilterTests.sentence(&random))
            for index in 0..<scan.count {
                let word = scan.words[index]
                let roles = EvidenceFinder.sourceWordRoles.roles(at: index, in: scan.keys)
                let isVerb =
                    EvidenceFinder.reportingVerbs.contains(word) || EvidenceFinder.sourceProducts.contains(word)
                #expect(roles.contains(.cue) == EvidenceFinder.sourceCues.contains(word), "\(word)")
                #expect(roles.contains(.verb) == isVerb, "\(word)")
                // A word with a role passes the hash filter in front of the lookup.
                if !roles.isEmpty {
                    let next = EvidenceFinder.sourceWordHashes.firstMayContain(scan.keys, from: index, to: scan.count)
                    #expect(next == index, "\(word)")
                }
            }
        }
    }
}
