import CopydeskCore

/// The registered repetition checks. One line per check.
let repetitionChecks: [any Check.Type] = [
]
