import CopydeskCore

/// The registered hedging checks. One line per check.
let hedgingChecks: [any Check.Type] = [
    StackedHedgeCheck.self,
    HedgedAttributionCheck.self,
    HedgeDensityCheck.self,
    HedgeCueCheck.self,
]
