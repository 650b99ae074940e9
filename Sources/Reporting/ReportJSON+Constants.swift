import CopydeskCore

// The raw values the JSON report writes, as constants: `PrettyJSON.constantMember` copies one
// with its member's name, where a `String` raw value went through `PrettyJSON.string`.
// `ReportJSONConstantsTests` checks every case against `rawValue`.

extension Severity {
    /// `rawValue`, as a constant.
    var rawText: StaticString {
        switch self {
        case .info: "info"
        case .warning: "warning"
        case .error: "error"
        }
    }
}

extension Category {
    /// `rawValue`, as a constant.
    var rawText: StaticString {
        switch self {
        case .hedging: "hedging"
        case .citation: "citation"
        case .repetition: "repetition"
        case .medicalClaim: "medical-claim"
        case .factCheck: "fact-check"
        case .style: "style"
        }
    }
}

extension ArticleFormat {
    /// `rawValue`, as a constant.
    var rawText: StaticString {
        switch self {
        case .text: "text"
        case .markdown: "markdown"
        case .html: "html"
        }
    }
}

extension Claim.Kind {
    /// `rawValue`, as a constant.
    var rawText: StaticString {
        switch self {
        case .statistic: "statistic"
        case .research: "research"
        case .causal: "causal"
        case .efficacy: "efficacy"
        case .safety: "safety"
        case .other: "other"
        }
    }
}

extension Claim.Strength {
    /// `rawValue`, as a constant.
    var rawText: StaticString {
        switch self {
        case .none: "none"
        case .correlational: "correlational"
        case .conditionalCausal: "conditional-causal"
        case .causal: "causal"
        }
    }
}
