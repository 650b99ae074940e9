import CopydeskCore

/// The registered medical-claim checks. One line per check.
let medicalClaimChecks: [any Check.Type] = [
    AbsoluteSafetyCheck.self,
    AnimalToHumanCheck.self,
    CureAllCheck.self,
    CureClaimCheck.self,
    GuaranteeCheck.self,
    MiracleLanguageCheck.self,
    MissingDisclaimerCheck.self,
    OverstatedCausalityCheck.self,
    QuickFixCheck.self,
    ReplacesCareCheck.self,
]
