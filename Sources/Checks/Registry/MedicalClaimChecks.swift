import CopydeskCore

/// The registered medicalClaim checks. One line per check.
let medicalClaimChecks: [any Check.Type] = [
]
