import Checks
import CopydeskCore
import Foundation
import Testing

struct RegistryTests {
    /// The folders of Sources/Checks that hold machinery rather than check groups.
    static let machinery: Set<String> = ["Registry", "Stage", "Support", "CustomRules"]

    static var checksSources: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Checks")
    }

    /// Type names declared as conforming to `Check` in the group folders, with their files.
    static func declaredChecks() throws -> [(name: String, file: String)] {
        let declaration = try NSRegularExpression(
            pattern:
                #"(?m)^\s*(?:(?:public|package|internal|fileprivate|private|final)\s+)*(?:struct|class|enum|actor|extension)\s+(\w+)\s*:[^{]*\bCheck\b[^{]*\{"#
        )
        let manager = FileManager.default
        var found: [(name: String, file: String)] = []
        for group in try manager.contentsOfDirectory(atPath: checksSources.path).sorted()
        where !machinery.contains(group) {
            let folder = checksSources.appendingPathComponent(group)
            guard let files = manager.enumerator(atPath: folder.path) else { continue }
            for case let file as String in files where file.hasSuffix(".swift") {
                let source = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                let range = NSRange(source.startIndex..., in: source)
                for match in declaration.matches(in: source, range: range) {
                    guard let name = Range(match.range(at: 1), in: source) else { continue }
                    found.append((String(source[name]), "\(group)/\(file)"))
                }
            }
        }
        return found
    }

    @Test func everyCheckInTheSourcesIsRegistered() throws {
        let registered = Set(CheckRegistry.builtIn.checks.map { String(describing: $0) })
        let declared = try Self.declaredChecks()
        #expect(declared.contains { $0.name == "RepeatedTitleCheck" }, "the source scan found no checks: \(declared)")
        let missing = declared.filter { !registered.contains($0.name) }.map { "\($0.name) in \($0.file)" }
        #expect(missing.isEmpty, "checks not listed in Registry/<Group>Checks.swift: \(missing)")
    }

    @Test func ruleIDsAreUniqueAndKebabCase() throws {
        let ids = CheckRegistry.builtIn.descriptions.map(\.id)
        #expect(Set(ids).count == ids.count)
        let kebab = try NSRegularExpression(pattern: #"^[a-z]+(-[a-z]+)*\.[a-z0-9]+(-[a-z0-9]+)*$"#)
        for id in ids {
            #expect(
                kebab.firstMatch(in: id, range: NSRange(id.startIndex..., in: id)) != nil,
                "\(id) is not <category>.<kebab-name>")
        }
    }
}
