import CopydeskCore

extension CureClaims {
    /// Words that join the items of a list.
    static let listWords: WordSet = [
        "and", "or", "as", "well", "even", "also", "plus", "nor", "including", "like", "such",
    ]

    /// Forms of "be" before a cure verb that make it passive: "is cured by".
    static let passiveAuxiliaries: WordSet = ["be", "is", "are", "was", "were", "been", "being"]

    /// Words before a cure verb that soften it into a contribution: "helps prevent".
    static let softeners: WordSet = ["help", "helps", "helped", "helping", "aid", "aids", "aiding"]

    /// Words before a base-form verb that make it assert: "can cure", "will prevent", "foods that heal".
    static let assertingBefore: WordSet = [
        "can", "will", "does", "do", "did", "always", "also", "actually", "really", "effectively", "completely",
        "totally", "fully", "permanently", "naturally", "quickly", "instantly", "literally", "definitely", "truly",
        "that", "which", "who", "they", "these", "those",
    ]

    /// Words before `to` that make the infinitive assert: "shown to reverse", "able to cure".
    static let assertingBeforeTo: WordSet = [
        "shown", "proven", "proved", "found", "able", "known", "guaranteed", "certain", "sure", "said", "claimed",
        "demonstrated", "promises", "promise", "promised",
    ]

    /// People who treat: "doctors treat depression" describes care, it claims nothing.
    static let agents: WordSet = [
        "doctors", "physicians", "clinicians", "nurses", "surgeons", "dermatologists", "psychiatrists",
        "therapists", "specialists", "researchers", "scientists", "hospitals", "clinics", "pharmacists", "vets",
        "veterinarians", "dentists",
    ]

    /// Determiners and possessives: after them "cures" and "treats" are nouns.
    static let determiners: WordSet = [
        "a", "an", "the", "these", "those", "some", "many", "any", "its", "their", "our", "your", "his", "her", "my",
        "such", "other", "more", "few", "no", "new", "possible", "potential",
    ]

    /// Adjectives of the noun "cure": "a proven cure", "natural cures".
    static let cureAdjectives: WordSet = [
        "proven", "natural", "miracle", "permanent", "complete", "real", "true", "only", "best", "effective",
        "herbal", "home", "simple", "easy", "secret", "magic", "wonder", "total", "definitive",
    ]

    /// Words before "treats" that make it the plural of a treat.
    static let nounModifiers: WordSet = [
        "sweet", "sugary", "tasty", "holiday", "special", "healthy", "frozen", "little", "occasional", "dog", "cat",
    ]

    /// "cured meats" is food.
    static let curedFoods: WordSet = [
        "meat", "meats", "ham", "hams", "bacon", "salmon", "pork", "sausage", "sausages", "fish",
    ]

    /// Words before a cure noun that make it sought, not claimed: "closer to a cure".
    static let searchWords: WordSet = [
        "find", "finding", "search", "searching", "seek", "seeking", "hope", "hopes", "toward", "towards", "closer",
        "quest", "race", "develop", "developing", "pursuit", "step", "road", "path", "await", "awaiting", "need",
        "needed", "looking", "lead", "hunt", "investigate", "investigating", "research", "researching", "study",
        "studying", "discover", "discovering", "pursue", "pursuing", "advance", "advancing", "deliver", "delivering",
        "new",
    ]

    /// Short words ending in `s` that are not plural nouns.
    static let functionWords: WordSet = [
        "this", "thus", "was", "has", "does", "its", "his", "hers", "ours", "yours", "theirs", "unless", "whereas",
        "always", "perhaps", "sometimes", "becomes", "seems", "appears", "helps", "means", "makes", "keeps", "tends",
        "afterwards", "towards", "besides", "plus", "less", "lbs", "status", "virus", "various", "numerous", "serious",
        "obvious", "previous", "nervous", "famous", "analysis", "diagnosis", "basis", "thesis",
    ]
}
