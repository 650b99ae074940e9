import CopydeskCore

/// The registered citation checks. One line per check.
let citationChecks: [any Check.Type] = [
    UnsupportedClaimCheck.self,
    VagueAttributionCheck.self,
    DanglingReferenceCheck.self,
    UnusedReferenceCheck.self,
]
