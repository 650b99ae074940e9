import Foundation
import Testing

@testable import CopydeskCore

/// The in-place list operations on findings give what the standard, copying ones give.
@Suite struct FindingFastPathTests {
    private func finding(_ index: Int, section: String? = nil, severity: Severity = .warning) -> Finding {
        let start = SourcePosition(line: index, column: 1, offset: index * 10)
        let rules = ["hedging.stacked-hedge", "citation.vague-attribution", "citation.unsupported-claim"]
        return Finding(
            rule: rules[index % 3], category: index.isMultiple(of: 3) ? .hedging : .citation, severity: severity,
            message: "message \(index) with some length to it", match: "match \(index)",
            range: SourceRange(start: start, end: start), section: section, suggestions: ["s\(index)"])
    }

    @Test func removingFindingsInPlaceIsRemoveAll() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 2, 3, 8, 33] {
            for _ in 0..<20 {
                let findings = (0..<count).map { finding($0) }
                let removed = (0..<count).map { _ in Bool.random(using: &generator) }
                var expected = findings
                expected.removeAll { removed[$0.range.start.line] }
                var actual = findings
                var asked: [Int] = []
                actual.removeFindings { finding in
                    asked.append(finding.pointee.range.start.line)
                    return removed[finding.pointee.range.start.line]
                }
                #expect(actual == expected)
                // Once each, in order, as `removeAll` asks.
                #expect(asked == Array(0..<count))
            }
        }
        // A shared list that loses none is left shared; one that loses some is its own.
        let shared = (0..<5).map { finding($0) }
        var copy = shared
        copy.removeFindings { _ in false }
        #expect(copy == shared)
        copy.removeFindings { $0.pointee.range.start.line == 2 }
        #expect(copy.map(\.range.start.line) == [0, 1, 3, 4])
        #expect(shared.count == 5)
    }

    @Test func applyingLevelsInPlaceIsTheLoopItReplaced() {
        var policy = Policy()
        policy.checks.citations.common.rules["vague-attribution"] = .off
        policy.checks.hedging.common.severity = .error
        let findings = (0..<12).map { finding($0, severity: $0.isMultiple(of: 2) ? .info : .warning) }
        var expected: [Finding] = []
        for var finding in findings {
            guard
                let severity = policy.severity(
                    forRule: finding.rule, category: finding.category, default: finding.severity)
            else { continue }
            finding.severity = severity
            expected.append(finding)
        }
        var actual = findings
        actual.applyLevels(of: policy)
        #expect(actual == expected)
        #expect(actual.count == 8)
        #expect(Set(actual.map(\.severity)) == [.info, .warning, .error])
        var empty: [Finding] = []
        empty.applyLevels(of: policy)
        #expect(empty.isEmpty)
    }

    @Test func aSectionIsHashedComparedAndCodedAsAnOptionalString() throws {
        let without = finding(1)
        let with = finding(1, section: "Intro")
        let empty = finding(1, section: "")
        #expect(without != with && with != empty && without != empty)
        #expect(without.section == nil && with.section == "Intro" && empty.section == "")
        var changed = without
        changed.section = "Intro"
        #expect(changed == with)
        #expect(changed.hashValue == with.hashValue)
        #expect(Set([without, with, empty, changed]).count == 3)
        for value in [without, with, empty] {
            let data = try JSONEncoder().encode(value)
            #expect(try JSONDecoder().decode(Finding.self, from: data) == value)
        }
        // `section` missing or null decodes as nil.
        var object = try #require(
            JSONSerialization.jsonObject(with: JSONEncoder().encode(with)) as? [String: Any])
        object["section"] = NSNull()
        let null = try JSONSerialization.data(withJSONObject: object)
        #expect(try JSONDecoder().decode(Finding.self, from: null) == without)
        object.removeValue(forKey: "section")
        let missing = try JSONSerialization.data(withJSONObject: object)
        #expect(try JSONDecoder().decode(Finding.self, from: missing) == without)
    }
}
