extension MedicalLexicon {
    /// Hype (`miracle`): superlatives that oversell a treatment or a finding. After Abola & Prasad,
    /// "The use of superlatives in cancer research" (JAMA Oncology, 2016), and HealthNewsReview.org's
    /// criteria for press releases.
    public static let miracle: [String] = [
        "miracle", "miracles", "miraculous", "miraculously", "breakthrough", "breakthroughs", "revolutionary",
        "revolutionize", "revolutionizes", "revolutionized", "revolutionizing", "revolutionise", "revolutionises",
        "revolutionised", "revolutionising", "game-changer", "game-changers", "game changer", "game changers",
        "game-changing", "game changing", "wonder drug", "wonder drugs", "wonder pill", "magic bullet",
        "silver bullet", "holy grail", "groundbreaking", "ground-breaking", "life-changing", "lifesaver",
        "life saver", "transformative", "medical marvel", "paradigm shift", "paradigm-shifting", "superfood",
        "superfoods", "hope for millions", "relief to millions", "relief for millions", "hope to millions",
        "unprecedented results", "unprecedented success", "unprecedented response", "unprecedented efficacy",
        "dramatic improvement", "dramatic improvements", "dramatically improv*", "dramatically reduc*",
        "dramatically cut*", "dramatically lower*", "dramatically boost*", "transform the way", "transforms the way",
        "transform how", "changes everything", "change everything", "major step forward", "giant leap",
        "quantum leap", "leap forward", "practice-changing", "practice changing", "doctors hate", "one weird trick",
        "doctors don't want you to know",
    ]

    /// Phrases that hold a hype word but are technical terms (`miracle-exceptions`).
    public static let miracleExceptions: [String] = [
        "breakthrough therapy", "breakthrough therapy designation", "breakthrough device", "breakthrough devices",
        "breakthrough designation", "breakthrough status", "breakthrough infection", "breakthrough infections",
        "breakthrough case", "breakthrough cases", "breakthrough bleeding", "breakthrough pain", "breakthrough seizure",
        "breakthrough seizures", "breakthrough symptoms", "breakthrough prize", "revolutionary war",
    ]

    /// Guarantees and proof (`guarantee`). Entries with `%` need the percent sign in the text.
    public static let guarantee: [String] = [
        "guarantee", "guarantees", "guaranteed", "guaranteeing", "100% effective", "100 percent effective",
        "100% success", "100 percent success", "100% cure", "100% guaranteed", "100% proven", "100% results",
        "clinically proven", "scientifically proven", "medically proven", "proven cure", "proven remedy",
        "proven treatment", "proven to cure", "proven to work", "proven to prevent", "proven to reverse",
        "proven to heal", "proven to treat", "proven to eliminate", "proven effective", "works for everyone",
        "works for everybody", "works for anyone", "works for all", "works every time", "always works", "never fails",
        "helps everyone", "you will never have", "you will never get", "you will never suffer",
        "you will never need", "you will never catch", "you will never develop", "you'll never have",
        "you'll never get",
        "you'll never suffer", "you'll never need", "you'll never catch", "you'll never develop", "sure to cure",
        "certain to cure", "definitive proof", "proves that", "proof that", "proven fact",
        "studies prove", "research proves", "science proves", "proven by science",
    ]

    /// What makes a bare "guarantee" a health claim (`guarantee-contexts`): the product,
    /// treatment or outcome guaranteed. A condition in the sentence counts too.
    public static let guaranteeContexts: [String] = [
        "treatment", "treatments", "therapy", "therapies", "cure", "cures", "cured", "remedy", "remedies", "pill",
        "pills", "tablet", "tablets", "capsule", "capsules", "supplement", "supplements", "vitamin", "vitamins",
        "drug", "drugs", "medicine", "medicines", "medication", "medications", "vaccine", "vaccines", "diet", "diets",
        "detox", "cleanse", "serum", "cream", "creams", "oil", "oils", "tea", "juice", "herb", "herbs", "herbal",
        "formula", "protocol", "product", "products", "dose", "doses", "injection", "injections", "surgery",
        "procedure", "results", "result", "relief", "recovery", "healing", "heal", "heals", "work", "works",
        "effective", "effect", "effects", "protection", "protect", "protects", "prevent", "prevents", "weight",
        "pounds", "kilos", "fat", "health", "healthy", "healthier", "symptom", "symptoms", "pain", "immunity",
        "immune", "body", "skin", "hair", "sleep", "energy", "youth", "younger", "lose", "loss", "burn", "boost",
        "boosts", "clear", "clears", "reverse", "reverses", "improve", "improves", "improvement", "success", "safe",
        "safety", "side", "never", "patients", "patient",
    ]

    /// Absolute safety (`absolute-safety`). The negation words inside these phrases are part of the claim.
    public static let absoluteSafety: [String] = [
        "no side effects", "no side-effects", "no known side effects", "no adverse effects", "no adverse events",
        "no adverse reactions", "no negative side effects", "no harmful side effects", "no unwanted side effects",
        "without side effects", "without any side effects", "without adverse effects", "without adverse events",
        "without any adverse effects", "without the side effects", "free of side effects", "free from side effects",
        "side-effect-free", "side effect free", "side-effect free", "zero side effects", "no risks", "no known risks",
        "zero risk", "risk-free", "risk free", "completely safe", "totally safe", "perfectly safe", "entirely safe",
        "absolutely safe", "100% safe", "100 percent safe", "safe for everyone", "safe for everybody",
        "safe for anyone", "safe for all ages", "completely harmless", "totally harmless", "perfectly harmless",
        "cannot harm", "can't harm", "won't harm", "no downside", "no downsides",
        "natural so safe", "natural so it's safe", "natural therefore safe", "natural and therefore safe",
        "natural means safe", "safe because it's natural", "safe because it is natural", "all-natural and safe",
        "natural and safe",
        "safe and natural",
    ]

    /// Phrases that hold a safety phrase but claim no absolute safety (`absolute-safety-exceptions`).
    public static let absoluteSafetyExceptions: [String] = [
        "zero risk factors"
    ]

    /// Cure-alls (`cure-all`). Entries in `cureAllScopes` need a benefit word in their clause.
    public static let cureAll: [String] = [
        "cure-all", "cure-alls", "panacea", "panaceas", "cures everything", "cure everything", "heals everything",
        "treats everything", "fixes everything", "whatever ails you", "what ails you", "all that ails you",
    ]

    /// Everything-at-once scopes (`cure-all-scopes`): a claim over all diseases or causes.
    public static let cureAllScopes: [String] = [
        "all diseases", "every disease", "any disease", "all illnesses", "every illness", "any illness",
        "all ailments", "every ailment", "any ailment", "all conditions", "all causes", "all kinds of diseases",
        "all sorts of diseases", "all kinds of ailments", "all sorts of ailments", "a host of diseases",
        "a host of ailments", "a host of conditions", "a wide range of diseases", "a wide range of ailments",
        "a wide range of illnesses", "dozens of diseases", "hundreds of diseases", "all cancers", "every cancer",
    ]

    /// Quick fixes that stand alone (`quick-fix`).
    public static let quickFix: [String] = [
        "quick fix", "quick-fix", "rapid relief", "fast relief", "instant relief", "immediate relief", "quick relief",
        "instant results", "immediate results", "fast results", "quick results", "overnight results",
        "once and for all", "fast-acting relief",
    ]

    /// Time words that make a quick fix when a benefit word shares their clause (`quick-fix-times`).
    public static let quickFixTimes: [String] = [
        "overnight", "instantly", "immediately", "in minutes", "within minutes", "in hours",
        "within hours", "in days", "within days", "within a week", "within a few days", "in just * days",
        "in just * weeks", "in just * minutes", "in just a week", "in * days flat", "in no time", "permanently",
        "forever", "for good",
    ]

    /// Stems of benefit words: what a cure-all scope or a quick fix promises (`benefit-stems`).
    /// Stems of five letters or more match as prefixes; shorter ones take inflections only.
    public static let benefitStems: [String] = [
        "cure", "heal", "treat", "prevent", "fight", "protect", "reset", "fix", "reverse", "eliminat", "clear",
        "restor", "melt", "burn", "lose", "lost", "disappear", "vanish", "banish", "erase", "boost", "rejuvenat",
        "detox", "relie", "remed", "beat", "cut", "reduc", "lower", "halve", "halv", "slash", "ward", "get rid",
        "result", "gone", "feel better", "regrow", "repair", "renew",
    ]

    /// What advice that replaces care tells readers to give up (`care`).
    public static let care: [String] = [
        "chemo", "chemotherapy", "radiation", "radiotherapy", "surgery", "medication", "medications", "medicine",
        "medicines", "meds", "drugs", "pills", "prescription", "prescriptions", "antibiotics", "insulin", "vaccine",
        "vaccines", "vaccination", "vaccinations", "inhaler", "statins", "antidepressants", "doctor", "doctors",
        "physician", "gp", "treatment", "treatments", "therapy", "conventional", "oncologist", "hospital",
    ]

    /// Advice that replaces care (`replaces-care`); entries ending in a care word stand alone,
    /// the others need a care word within the next four words.
    public static let replacesCare: [String] = [
        "instead of", "rather than", "in place of", "stop taking", "quit taking", "stop using", "throw away",
        "throw out", "ditch", "skip", "replace your", "replaces your", "replaces the need for",
        "no need for", "no need to see", "no need to visit", "won't need your", "will not need your",
        "no longer need", "without seeing a doctor", "without a doctor", "without drugs",
        "without medication", "without medications", "without insulin", "without chemo", "without chemotherapy",
    ]
}
