/// Words and phrases of health writing: conditions, and the wording of medical claims.
///
/// Each list has a name the policy uses to extend or trim it
/// (`checks.medical-claims.add.conditions: [rosacea]`, see `GroupSettings.lexicon`).
public enum MedicalLexicon {
    /// The names of the lexicons a policy may edit under `checks.medical-claims.add` and `remove`.
    public static let names: [String] = [
        "absolute-safety", "absolute-safety-exceptions", "animal-evidence", "benefit-stems", "care", "causal-verbs",
        "conditions", "consult", "cure-all", "cure-all-scopes", "cure-verbs", "experimental", "guarantee",
        "guarantee-contexts", "miracle",
        "miracle-exceptions", "observational", "quick-fix", "quick-fix-times", "relief-verbs", "replaces-care",
    ]

    /// Diseases, disorders and symptoms a treatment claim can be about (`conditions`).
    ///
    /// Entries are matched as whole words; `*` ends a prefix. Words ending in `-itis`, `-osis`,
    /// `-emia`, `-oma`, `-pathy`, `-algia` or `-phobia` count as conditions too (see `isConditionWord`).
    public static let conditions: [String] = [
        // General
        "disease", "diseases", "disorder", "disorders", "syndrome", "syndromes", "illness", "illnesses", "ailment",
        "ailments", "condition", "conditions", "infection", "infections", "symptoms", "pain", "chronic pain",
        "inflammation", "fatigue", "stress", "aging", "ageing", "wrinkles", "damage", "deficit", "deficits",
        // Cancer
        "cancer", "cancers", "tumor", "tumors", "tumour", "tumours", "leukemia", "leukaemia", "metastasis",
        // Cardiometabolic
        "diabetes", "obesity", "hypertension", "high blood pressure", "high cholesterol", "heart disease",
        "heart attack", "heart attacks", "heart failure", "stroke", "strokes", "cardiovascular disease",
        // Mind and brain
        "depression", "anxiety", "ptsd", "ocd", "adhd", "autism", "schizophrenia", "bipolar", "insomnia",
        "dementia", "alzheimer's", "alzheimer", "alzheimers", "parkinson's", "parkinson", "epilepsy", "seizures",
        "migraine", "migraines", "headache", "headaches", "addiction", "alcoholism", "memory loss",
        "cognitive decline", "brain damage", "multiple sclerosis", "als",
        // Infections
        "hiv", "covid", "covid-19", "coronavirus", "flu", "influenza", "common cold", "colds", "hepatitis",
        "measles", "malaria", "tuberculosis", "herpes", "shingles", "pneumonia", "sepsis", "virus", "viruses",
        // Skin, hair, bone, joints
        "acne", "eczema", "psoriasis", "rosacea", "hair loss", "baldness", "alopecia", "cellulite", "scars",
        "fracture", "fractures", "osteoporosis", "back pain", "sciatica", "gout", "joint pain",
        // Other organs
        "asthma", "allergies", "allergy", "copd", "emphysema", "ulcers", "ibs", "crohn's", "acid reflux",
        "constipation", "diarrhea", "diarrhoea", "nausea", "anemia", "anaemia", "glaucoma", "cataracts",
        "blindness", "tinnitus", "hearing loss", "infertility", "impotence", "erectile dysfunction",
        "miscarriage", "tooth decay", "cavities", "kidney disease", "liver disease", "lupus", "leaky gut",
    ]

    /// Word endings that name conditions (`arthritis`, `osteoporosis`, `anaemia`, `melanoma`, `neuropathy`).
    public static let conditionSuffixes: [String] = [
        "itis", "osis", "emia", "aemia", "oma", "pathy", "algia", "phobia",
    ]

    /// Words with a condition ending that are not conditions.
    public static let conditionSuffixExceptions: Set<String> = [
        "diagnosis", "prognosis", "osmosis", "symbiosis", "hypnosis", "apoptosis", "homeostasis", "aroma",
        "diploma", "stoma", "genoma", "soma", "coma", "sympathy", "empathy", "telepathy", "homeopathy",
        "naturopathy", "osteopathy", "nostalgia",
    ]

    /// Whether `isConditionWord(word)` may hold, read from the word's length and last byte
    /// inline: it holds only for a word of more than five bytes (five characters at least) whose
    /// last byte is `s`, `a` or `y` (every ending's last letter) or belongs to a non-ASCII
    /// character. A word whose last byte is another ASCII byte ends in that scalar, which no
    /// combining mark follows and no decomposition holds, so it ends with no ending, as a
    /// `Character` either.
    @inlinable
    public static func mayBeConditionWord(_ word: String) -> Bool {
        let bytes = word.utf8
        guard bytes.count > 5, let last = bytes.last else { return false }
        return last >= 0x80 || last == UInt8(ascii: "s") || last == UInt8(ascii: "a") || last == UInt8(ascii: "y")
    }

    /// Whether one lowercased word names a condition by its ending.
    public static func isConditionWord(_ word: String) -> Bool {
        // An ASCII word has one character per byte and ends with a suffix exactly when its bytes
        // do: the ending is compared first, on bytes, before the exceptions are hashed.
        if let ascii = word.utf8.withContiguousStorageIfAvailable({ bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            guard bytes.count > 5 else { return false }
            // Every ending ends in `s`, `a` or `y`: most words are ruled out by their last byte.
            let last = bytes[bytes.count - 1]
            guard last == UInt8(ascii: "s") || last == UInt8(ascii: "a") || last == UInt8(ascii: "y") else {
                return false
            }
            return asciiConditionSuffixes.contains { suffix in
                suffix.count <= bytes.count && bytes[(bytes.count - suffix.count)...].elementsEqual(suffix)
            }
        }), let ascii {
            return ascii && !conditionSuffixExceptions.contains(word)
        }
        guard word.count > 5, !conditionSuffixExceptions.contains(word) else { return false }
        return conditionSuffixes.contains { word.hasSuffix($0) }
    }

    private static let asciiConditionSuffixes = conditionSuffixes.map { Array($0.utf8) }

    /// `isConditionWord(keys.words[index])`, read from the word's key: an ASCII word's endings
    /// compared on its bytes as written (lowercased as they are read), its exceptions looked up
    /// by its key; any other word by its string.
    @inline(__always)
    package static func isConditionWord(in keys: WordKeys, at index: Int) -> Bool {
        let key = keys.key(at: index)
        // Five bytes or fewer: fewer than six characters, no condition word (`mayBeConditionWord`).
        guard key.count > 5 else { return false }
        guard key.isASCII else { return isConditionWord(keys.words[index]) }
        let ends = keys.withBytes(of: key) { asciiEndsInConditionSuffix($0) }
        return ends && !conditionExceptionWords.contains(in: keys, at: index)
    }

    /// The first index from `start` on whose word `isConditionWord(in:at:)` holds, or
    /// `keys.count`: a sentence's words are asked in one call (`Conditions` asked each word
    /// across the module boundary, some thirteen calls a sentence).
    package static func nextConditionWord(in keys: WordKeys, from start: Int) -> Int {
        var index = start
        while index < keys.count, !isConditionWord(in: keys, at: index) { index += 1 }
        return index
    }

    /// Whether ASCII bytes (more than five), lowercased, end in one of `conditionSuffixes`: the
    /// last six bytes packed into one integer, compared with each ending's bytes by its last
    /// byte (`s`: itis, osis; `a`: emia, which aemia ends in, oma, algia, phobia; `y`: pathy).
    @inline(__always)
    private static func asciiEndsInConditionSuffix(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        guard count > 5 else { return false }
        var tail: UInt64 = 0
        for offset in (count - 6)..<count { tail = tail << 8 | UInt64(ASCII.lowercased(bytes[offset])) }
        switch tail & 0xff {
        case 0x73:  // s
            let four = tail & 0xffff_ffff
            return four == 0x6974_6973 || four == 0x6f73_6973  // itis, osis
        case 0x61:  // a
            return tail & 0xffff_ffff == 0x656d_6961  // emia
                || tail & 0xff_ffff == 0x6f_6d61  // oma
                || tail & 0xff_ffff_ffff == 0x61_6c67_6961  // algia
                || tail == 0x7068_6f62_6961  // phobia
        case 0x79:  // y
            return tail & 0xff_ffff_ffff == 0x70_6174_6879  // pathy
        default:
            return false
        }
    }

    /// `conditionSuffixExceptions`, looked up by a word's key.
    private static let conditionExceptionWords = WordSet(conditionSuffixExceptions)

    /// Verbs that claim to cure or prevent, by their base form (`cure-verbs`). Past tenses count
    /// for `cure` and `heal` only: "reversed the deficit in mice" reports a result.
    public static let cureVerbs: [String] = [
        "cure", "heal", "reverse", "eliminate", "eradicate", "prevent", "treat", "beat", "defeat", "banish",
        "conquer", "erase", "ward off", "get rid of", "wipe out",
    ]

    /// Verbs that claim relief rather than cure (`relief-verbs`): treatment claims for the disclaimer rule.
    public static let reliefVerbs: [String] = [
        "relieve", "alleviate", "ease", "soothe", "manage", "reduce", "lower", "improve", "fight", "help with",
        "protect against",
    ]

    /// Evidence from animals, cells or the laboratory (`animal-evidence`).
    public static let animalEvidence: [String] = [
        "mice", "mouse", "rats", "rat", "rodent", "rodents", "murine", "zebrafish", "fruit flies", "worms",
        "monkeys", "primates", "pigs", "piglets", "rabbits", "hamsters", "animal study", "animal studies",
        "animal model", "animal models", "animal experiments", "in animals", "in vitro", "petri dish",
        "cell culture", "cell cultures", "cultured cells", "lab-grown", "test tube", "test-tube", "in the lab",
        "in the laboratory", "organoids",
    ]

    /// Words that say the evidence is observational (`observational`).
    public static let observationalEvidence: [String] = [
        "observational study", "observational studies", "observational", "is associated with", "are associated with",
        "was associated with", "were associated with",
        "be associated with", "been associated with", "is linked to", "are linked to", "was linked to",
        "were linked to", "be linked to", "been linked to", "is linked with", "are linked with", "was linked with",
        "were linked with", "been linked with", "association between", "associations between", "association of",
        "link between", "links between", "linking", "study linked", "studies linked", "research linked",
        "researchers linked", "has linked", "have linked", "had linked", "correlation", "correlated", "correlates with",
        "correlational",
        "cohort study", "cohort studies", "prospective study", "retrospective study", "retrospective analysis",
        "cross-sectional", "case-control", "epidemiological", "epidemiologists", "survey", "surveyed",
        "questionnaire", "questionnaires", "tied to",
    ]

    /// Words that say the evidence comes from an experiment (`experimental`): with them an article
    /// is not judged observational as a whole.
    public static let experimentalEvidence: [String] = [
        "randomized", "randomised", "randomly assigned", "placebo", "trial", "trials", "controlled",
    ]

    /// Causal verbs (`causal-verbs`): stated as fact, they claim more than an association shows.
    public static let causalVerbs: [String] = [
        "causes", "cause", "prevents", "prevent", "protects against", "protect against", "leads to",
        "lead to", "results in", "reduces", "reduce", "lowers", "lower", "cuts", "cut", "boosts", "boost",
        "increases", "raises", "triggers", "slashes", "halves", "improves", "improve", "makes you", "make you",
        "is responsible for", "are responsible for", "is the cause of", "keeps", "keep", "extends", "extend",
        "will help you", "helps you", "fights", "fight",
    ]

    /// Advice to consult a professional (`consult`): its presence satisfies the disclaimer rule.
    public static let consultAdvice: [String] = [
        "ask your", "ask a", "talk to your", "talk to a", "talking to your", "talking to a", "talking with your",
        "talk with your", "talk with a", "speak to your",
        "speak to a", "speak with your", "speak with a", "consult your", "consult a", "consult with your",
        "consult with a", "consulting your", "consulting a", "check with your", "check with a", "see your doctor",
        "see a doctor", "visit your doctor", "contact your doctor", "discuss with your", "discussions with your",
        "seek medical advice", "seek medical attention", "seek professional", "medical advice", "medical supervision",
        "under the supervision of", "not a substitute for", "not intended to diagnose",
    ]

    /// Who gives care: the object of the consulting verbs above.
    public static let professionals: Set<String> = [
        "doctor", "doctors", "physician", "physicians", "gp", "pharmacist", "pharmacists", "nurse", "provider",
        "providers", "healthcare", "health", "medical", "specialist", "dermatologist", "psychiatrist", "therapist",
        "clinician", "clinicians", "professional", "professionals", "practitioner", "midwife", "dentist",
        "oncologist", "cardiologist", "care", "team",
    ]
}
