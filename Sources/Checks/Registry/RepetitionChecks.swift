import CopydeskCore

/// The registered repetition checks. One line per check.
let repetitionChecks: [any Check.Type] = [
    RepeatedTitleCheck.self,
    DuplicateHeadingCheck.self,
    DuplicateParagraphCheck.self,
    DuplicateSentenceCheck.self,
    DuplicateListItemCheck.self,
    NearDuplicateParagraphCheck.self,
]
