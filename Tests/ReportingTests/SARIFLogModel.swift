import CopydeskCore

@testable import Reporting

/// The whole log as `Encodable` values: what `SARIFReporter` encoded before it wrote results by
/// hand, kept as the oracle `SARIFWriterTests` compares the hand-written bytes with.
extension SARIFReporter {
    /// The log as `Encodable` values.
    func log(_ report: Report) -> SARIF.Log {
        let ruleIDs = Set(report.files.flatMap { $0.findings.map(\.rule) }).sorted()
        let ruleIndex = Dictionary(uniqueKeysWithValues: ruleIDs.enumerated().map { ($1, $0) })
        let driver = SARIF.Driver(
            name: report.tool.name, version: report.tool.version, semanticVersion: report.tool.version,
            informationUri: Self.informationURI, rules: ruleIDs.map(rule))
        let results = report.files.flatMap { file in
            file.findings.map { result($0, path: file.path, ruleIndex: ruleIndex[$0.rule] ?? 0) }
        }
        let notifications = report.errors.map(notification)
        let invocation = SARIF.Invocation(
            executionSuccessful: report.errors.isEmpty,
            toolExecutionNotifications: notifications.isEmpty ? nil : notifications)
        let run = SARIF.Run(
            tool: SARIF.Tool(driver: driver), invocations: [invocation], results: results,
            properties: SARIF.PropertyBag(policy: report.policy.name))
        return SARIF.Log(runs: [run])
    }

    func result(_ finding: Finding, path: String, ruleIndex: Int) -> SARIF.Result {
        let related = finding.related.enumerated().map { index, location in
            SARIF.Location(
                id: index + 1, physicalLocation: Self.physical(path, location.range),
                message: SARIF.Text(text: Self.plainText(location.message)))
        }
        return SARIF.Result(
            ruleId: finding.rule, ruleIndex: ruleIndex, level: Self.level(finding.severity),
            message: SARIF.Text(text: Self.plainText(finding.message)),
            locations: [SARIF.Location(physicalLocation: Self.physical(path, finding.range))],
            relatedLocations: related.isEmpty ? nil : related,
            partialFingerprints: finding.fingerprint.isEmpty ? nil : [Self.fingerprintKey: finding.fingerprint],
            properties: SARIF.PropertyBag(
                category: finding.category.rawValue, section: finding.section,
                suggestions: finding.suggestions.isEmpty ? nil : finding.suggestions))
    }
}
