import CopydeskCore

/// The registered medical-claim checks. One line per check.
let medicalClaimChecks: [any Check.Type] = [
    CureClaimCheck.self,
    MiracleLanguageCheck.self,
]
