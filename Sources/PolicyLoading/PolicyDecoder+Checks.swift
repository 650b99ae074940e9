import CopydeskCore
import Yams

/// `checks:`: one mapping per group, each with the shared keys and its own settings.
extension PolicyDecoder {
    static let commonKeys = ["enabled", "severity", "rules", "add", "remove"]

    /// Each group's own keys, after the shared ones.
    static let groupKeys: [String: [String]] = [
        "hedging": ["sensitivity", "density-threshold", "lint-quotes"],
        "citations": ["scope"],
        "repetition": ["near-duplicate", "min-words"],
        "medical-claims": ["require-disclaimer"],
        "fact-check": [],
        "style": [],
    ]

    static func groupPath(_ key: String) -> WritableKeyPath<Policy, GroupSettings> {
        switch key {
        case "hedging": \Policy.checks.hedging.common
        case "citations": \Policy.checks.citations.common
        case "repetition": \Policy.checks.repetition.common
        case "medical-claims": \Policy.checks.medicalClaims.common
        case "fact-check": \Policy.checks.factCheck.common
        default: \Policy.checks.style
        }
    }

    mutating func decodeChecks(_ entry: PolicyReader.Entry) throws(PolicyError) {
        let known = CheckSettings.groupKeys.map(\.key)
        for group in try reader.mapping(entry.value, at: entry.keyPath, known: known) {
            guard let category = CheckSettings.groupKeys.first(where: { $0.key == group.key })?.category else {
                continue
            }
            let own = Self.groupKeys[group.key] ?? []
            for setting in try reader.mapping(group.value, at: group.keyPath, known: Self.commonKeys + own) {
                if Self.commonKeys.contains(setting.key) {
                    try decodeCommon(setting, group: group.key, category: category)
                } else {
                    try decodeOwn(setting, group: group.key)
                }
            }
        }
    }

    private mutating func decodeCommon(_ setting: PolicyReader.Entry, group: String, category: Category)
        throws(PolicyError)
    {
        let target = Self.groupPath(group)
        switch setting.key {
        case "enabled":
            let enabled = try reader.bool(setting.value, at: setting.keyPath)
            layer.edits.append { $0[keyPath: target].enabled = enabled }
        case "severity":
            let severity = try reader.choice(setting.value, at: setting.keyPath, as: SeverityName.self).severity
            layer.edits.append { $0[keyPath: target].severity = severity }
        case "rules":
            for rule in try reader.anyMapping(setting.value, at: setting.keyPath) {
                let level = try reader.choice(rule.value, at: rule.keyPath, as: RuleLevel.self)
                layer.ruleReferences.append(
                    .init(
                        groupKey: group, category: category, name: rule.key, node: rule.keyNode, keyPath: rule.keyPath))
                let name = rule.key
                layer.edits.append { $0[keyPath: target].rules[name] = level }
            }
        default:  // add, remove
            let isAdd = setting.key == "add"
            for lexicon in try reader.anyMapping(setting.value, at: setting.keyPath) {
                let words = try reader.stringList(lexicon.value, at: lexicon.keyPath)
                layer.lexiconReferences.append(
                    .init(groupKey: group, name: lexicon.key, node: lexicon.keyNode, keyPath: lexicon.keyPath))
                let name = lexicon.key
                if isAdd {
                    layer.edits.append { $0[keyPath: target].add[name, default: []] += words }
                } else {
                    layer.edits.append { $0[keyPath: target].remove[name, default: []] += words }
                }
            }
        }
    }

    private mutating func decodeOwn(_ setting: PolicyReader.Entry, group: String) throws(PolicyError) {
        let (node, keyPath) = (setting.value, setting.keyPath)
        switch (group, setting.key) {
        case ("hedging", "sensitivity"):
            let value = try reader.choice(node, at: keyPath, as: HedgingSettings.Sensitivity.self)
            layer.edits.append { $0.checks.hedging.sensitivity = value }
        case ("hedging", "density-threshold"):
            let value = try reader.number(
                node, at: keyPath, in: 0.01...100, describe: "a number from 0.01 to 100 (hedges per 100 words)")
            layer.edits.append { $0.checks.hedging.densityThreshold = value }
        case ("hedging", "lint-quotes"):
            let value = try reader.bool(node, at: keyPath)
            layer.edits.append { $0.checks.hedging.lintQuotes = value }
        case ("citations", "scope"):
            let value = try reader.choice(node, at: keyPath, as: CitationSettings.Scope.self)
            layer.edits.append { $0.checks.citations.scope = value }
        case ("repetition", "near-duplicate"):
            let value = try reader.number(node, at: keyPath, in: 0...1, describe: "a number from 0 to 1")
            layer.edits.append { $0.checks.repetition.nearDuplicate = value }
        case ("repetition", "min-words"):
            let value = try reader.integer(node, at: keyPath, atLeast: 1)
            layer.edits.append { $0.checks.repetition.minWords = value }
        case ("medical-claims", "require-disclaimer"):
            let value = try reader.bool(node, at: keyPath)
            layer.edits.append { $0.checks.medicalClaims.requireDisclaimer = value }
        default:
            break
        }
    }
}
