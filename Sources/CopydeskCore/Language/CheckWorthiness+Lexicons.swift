extension CheckWorthiness {
    /// The word lists behind the detector. Each has a policy name (`checks.citations.add.<name>`,
    /// `checks.citations.remove.<name>`); entries are phrases for `PhraseMatcher` (`*` is any one word).
    public struct Lexicons: Sendable, Hashable {
        /// Efficacy wording that is a claim as it stands: `reduces`, `is effective against`, `shown promise`.
        public var efficacy: [String]
        /// Efficacy verbs in their base form, a claim after a modal, `help` or a plural subject: `can reduce`.
        public var efficacyVerbs: [String]
        public var causal: [String]
        public var causalVerbs: [String]
        public var safety: [String]
        public var superlatives: [String]
        /// Research references without a named agent: `has been shown to`, `a new study`.
        public var research: [String]
        /// Whole vague attributions: `it has been suggested`, `experts agree`.
        public var vagueAttributions: [String]
        /// Unnamed sources that make an attribution vague: `studies`, `scientists`, `experts`.
        public var attributionAgents: [String]
        /// What unnamed sources do: `show`, `suggest`, `say`, `believe`.
        public var attributionVerbs: [String]
        /// The nouns of research references: `study`, `review`, `trial`.
        public var studyNouns: [String]
        /// Advice to see a professional: sentences holding one are advice, not claims.
        public var advice: [String]
        /// Verbs that open an imperative sentence: `ask`, `consult`, `avoid`.
        public var imperatives: [String]
        /// Openings of sentences about the article itself: `in this article`, `here are`.
        public var articleDescriptions: [String]

        public init(
            efficacy: [String] = Lexicons.builtInEfficacy, efficacyVerbs: [String] = Lexicons.builtInEfficacyVerbs,
            causal: [String] = Lexicons.builtInCausal, causalVerbs: [String] = Lexicons.builtInCausalVerbs,
            safety: [String] = Lexicons.builtInSafety, superlatives: [String] = Lexicons.builtInSuperlatives,
            research: [String] = Lexicons.builtInResearch,
            vagueAttributions: [String] = Lexicons.builtInVagueAttributions,
            attributionAgents: [String] = Lexicons.builtInAttributionAgents,
            attributionVerbs: [String] = Lexicons.builtInAttributionVerbs,
            studyNouns: [String] = Lexicons.builtInStudyNouns, advice: [String] = Lexicons.builtInAdvice,
            imperatives: [String] = Lexicons.builtInImperatives,
            articleDescriptions: [String] = Lexicons.builtInArticleDescriptions
        ) {
            self.efficacy = efficacy
            self.efficacyVerbs = efficacyVerbs
            self.causal = causal
            self.causalVerbs = causalVerbs
            self.safety = safety
            self.superlatives = superlatives
            self.research = research
            self.vagueAttributions = vagueAttributions
            self.attributionAgents = attributionAgents
            self.attributionVerbs = attributionVerbs
            self.studyNouns = studyNouns
            self.advice = advice
            self.imperatives = imperatives
            self.articleDescriptions = articleDescriptions
        }

        /// The built-in lists with a policy group's `add` and `remove` edits applied.
        ///
        /// Made once per process and settings: the citation checks, the claim ledger and the
        /// policy's phrase index each ask for the lists of the same settings, and applying the
        /// edits to fourteen lists cost about 400 K instructions each time.
        public init(settings: GroupSettings) {
            self = Self.edited.value(for: settings) { Lexicons(editing: settings) }
        }

        private static let edited = ProcessMemo<GroupSettings, Lexicons>()

        /// `init(settings:)` made afresh.
        init(editing settings: GroupSettings) {
            self.init(
                efficacy: settings.lexicon("efficacy", Lexicons.builtInEfficacy),
                efficacyVerbs: settings.lexicon("efficacy-verbs", Lexicons.builtInEfficacyVerbs),
                causal: settings.lexicon("causal", Lexicons.builtInCausal),
                causalVerbs: settings.lexicon("causal-verbs", Lexicons.builtInCausalVerbs),
                safety: settings.lexicon("safety", Lexicons.builtInSafety),
                superlatives: settings.lexicon("superlatives", Lexicons.builtInSuperlatives),
                research: settings.lexicon("research", Lexicons.builtInResearch),
                vagueAttributions: settings.lexicon("vague-attributions", Lexicons.builtInVagueAttributions),
                attributionAgents: settings.lexicon("attribution-agents", Lexicons.builtInAttributionAgents),
                attributionVerbs: settings.lexicon("attribution-verbs", Lexicons.builtInAttributionVerbs),
                studyNouns: settings.lexicon("study-nouns", Lexicons.builtInStudyNouns),
                advice: settings.lexicon("advice", Lexicons.builtInAdvice),
                imperatives: settings.lexicon("imperatives", Lexicons.builtInImperatives),
                articleDescriptions: settings.lexicon("article-descriptions", Lexicons.builtInArticleDescriptions))
        }

        /// The lexicon names a policy may edit.
        public static let names = [
            "efficacy", "efficacy-verbs", "causal", "causal-verbs", "safety", "superlatives", "research",
            "vague-attributions", "attribution-agents", "attribution-verbs", "study-nouns", "advice", "imperatives",
            "article-descriptions",
        ]

        public static let builtInEfficacy = [
            "reduces", "reduced", "lowers", "lowered", "cuts the risk", "cut the risk", "cuts deaths", "cut deaths",
            "improves", "improved", "prevents", "prevented", "treats", "cures", "cured", "cure for", "relieves",
            "relieved", "relief from", "rapid relief", "provides relief", "providing relief", "alleviates",
            "alleviated", "alleviating", "eases", "mitigates", "boosts", "boosted", "heals", "healed", "reverses",
            "reversed", "eliminates", "protects against", "protection against", "burns calories", "burns * calories",
            "burns * * calories", "burn * calories", "burn * * calories", "burns fat", "speeds recovery",
            "speeds up recovery", "speed recovery", "is effective", "are effective", "was effective", "were effective",
            "effective against", "effective for", "effective in", "effective at", "highly effective",
            "more effective than", "as effective as", "works better", "work better", "shown promise", "shows promise",
            "showed promise", "promising results", "proven to", "clinically proven", "scientifically proven",
            "proven cure", "proven treatment", "shown to", "found to", "guarantees", "guaranteed", "better than",
            "superior to", "outperforms", "slows", "shortens", "shortened", "strengthens", "enhances", "used to treat",
            "kills",
        ]

        public static let builtInEfficacyVerbs = [
            "reduce", "lower", "cut", "improve", "prevent", "treat", "cure", "relieve", "alleviate", "ease",
            "mitigate", "boost", "heal", "reverse", "eliminate", "protect against", "burn", "speed up", "speed",
            "lose weight", "slow", "strengthen", "enhance", "restore", "repair", "shrink", "kill", "decrease",
            "ward off", "fight", "shorten",
        ]

        public static let builtInCausal = [
            "causes", "caused by", "leads to", "led to", "results in", "resulted in", "contributes to",
            "contributed to", "increases the risk", "increased the risk", "raises the risk", "raises your risk",
            "raises blood pressure", "triggers", "is linked to", "are linked to", "was linked to", "were linked to",
            "been linked to", "is associated with", "are associated with", "was associated with",
            "were associated with", "increases", "decreases", "damages", "worsens", "weakens", "risk factor for",
            "doubles the risk", "triples the risk",
        ]

        public static let builtInCausalVerbs = [
            "cause", "lead to", "increase", "raise", "trigger", "damage", "worsen", "weaken", "harm", "contribute to",
        ]

        public static let builtInSafety = [
            "is safe", "are safe", "was safe", "were safe", "completely safe", "perfectly safe", "totally safe",
            "safe for", "safe to use", "safe during", "safe in pregnancy", "no side effects", "without side effects",
            "free of side effects", "free from side effects", "side effects are rare", "side effects were rare",
            "side effects are mild", "side effects are minimal", "side effects were minimal", "well tolerated",
            "well-tolerated", "non-toxic", "nontoxic", "harmless",
            "is dangerous", "are dangerous", "is harmful", "are harmful", "is toxic", "are toxic", "risk-free",
            "not safe", "unsafe", "is addictive", "are addictive", "highly addictive", "habit-forming",
            "safe use", "no known side effects", "cannot give you", "can't give you", "does not cause", "do not cause",
            "doesn't cause", "don't cause",
        ]

        public static let builtInSuperlatives = [
            "the most effective", "most effective", "the best treatment*", "the best cure*", "the best remed*",
            "the best medicine*", "the best drug*", "the best therap*", "the best supplement*", "the best diet*",
            "the best food*", "the best source*", "the best protection", "the best defen*", "the best exercise*",
            "the safest", "safest", "most powerful", "most potent", "the strongest", "the healthiest", "healthiest",
            "the only treatment", "the only cure", "the only drug", "the only proven", "the number one",
            "the leading cause", "leading cause of",
            "the most common cause", "the biggest risk", "the deadliest", "the most dangerous", "world's first",
            "the first and only",
        ]

        public static let builtInResearch = [
            "been shown to", "was shown to", "were shown to", "been proven to", "been proved to", "been found to",
            "was found to", "were found to", "been demonstrated to", "was demonstrated to", "were demonstrated to",
            "is proven to", "are proven to", "is known to", "are known to", "scientifically shown",
        ]

        public static let builtInVagueAttributions = [
            "it has been suggested", "it has been shown", "it has been reported", "it has been claimed",
            "it has been said", "it has been proven", "it is believed", "it is widely believed", "it is thought",
            "it is widely thought", "it is known", "it is widely known", "it is widely accepted", "it is said",
            "it is claimed", "is widely believed", "is widely considered", "is widely regarded", "is widely thought",
            "according to studies", "according to research", "according to experts", "according to scientists",
            "according to doctors", "according to some studies", "according to some experts",
            "according to many experts", "according to recent studies", "according to researchers",
            "experts agree", "doctors agree", "scientists agree", "research has shown", "studies have shown",
            "science says", "science shows", "is believed to", "are believed to", "is thought to", "are thought to",
            "is said to", "are said to", "is claimed to", "are claimed to", "is reported to", "are reported to",
        ]

        public static let builtInAttributionAgents = [
            "studies", "research", "researchers", "scientists", "experts", "doctors", "physicians", "specialists",
            "evidence", "data", "science", "trials", "surveys", "reports", "sources", "nutritionists", "dietitians",
            "health experts", "medical experts", "health professionals", "clinicians", "psychologists",
            "clinical trials", "clinical studies", "recent studies", "new research", "recent research",
            "emerging research", "emerging evidence", "growing evidence", "scientific evidence", "anecdotal reports",
            "many people", "some people", "most people", "professionals", "medical professionals", "dermatologists",
            "cardiologists", "psychiatrists", "pharmacists", "therapists", "practitioners", "nurses", "dentists",
            "pediatricians", "paediatricians", "neurologists", "oncologists", "endocrinologists", "trainers",
            "health officials", "officials", "authorities", "health authorities", "critics", "proponents",
            "advocates", "supporters", "insiders",
        ]

        public static let builtInAttributionVerbs = [
            "show", "shows", "showed", "suggest", "suggests", "suggested", "indicate", "indicates", "indicated",
            "say", "says", "said", "believe", "believes", "believed", "agree", "agrees", "claim", "claims", "claimed",
            "find", "finds", "found", "report", "reports", "reported", "demonstrate", "demonstrates",
            "demonstrated", "prove", "proves", "proved", "proven", "confirm", "confirms", "confirmed", "recommend",
            "recommends", "think", "thinks", "reveal", "reveals", "revealed", "point to", "points to", "warn",
            "warns", "swear", "swear by", "insist", "argue", "argues", "link", "links", "linked", "support",
            "supports", "shown", "feel", "note", "notes", "noted", "emphasize", "emphasise",
        ]

        public static let builtInStudyNouns = [
            "study", "studies", "review", "reviews", "trial", "trials", "meta-analysis", "analysis", "survey",
            "experiment", "investigation", "paper", "research", "cohort", "report",
        ]

        public static let builtInAdvice = [
            "ask your doctor", "ask your pharmacist", "ask your provider", "ask your healthcare provider",
            "talk to your doctor", "talk to a doctor", "talk with your doctor", "speak to your doctor",
            "speak with your doctor", "consult your doctor", "consult a doctor", "consult with your",
            "consult a healthcare", "consult your healthcare", "consult a professional", "check with your doctor",
            "see your doctor", "see a doctor", "see a gp", "see your gp", "seek medical", "seek advice",
            "seek help", "should talk to", "should speak to", "should consult", "should check with",
            "discuss with your", "discussions with your", "talk to your healthcare", "talk to your pharmacist",
            "you should", "it is important to", "it's important to", "it is crucial to", "it's crucial to",
            "it is essential to", "it's essential to", "it is best to", "it's best to", "it is wise to",
            "it is advisable to", "make sure", "be sure to",
        ]

        public static let builtInImperatives = [
            "ask", "talk", "speak", "consult", "see", "call", "check", "keep", "avoid", "never", "don't", "do",
            "try", "make", "remember", "consider", "incorporate", "monitor", "discuss", "tell", "stop", "take",
            "use", "visit", "read", "learn", "contact", "seek", "follow", "be", "get", "let", "start", "drink",
            "eat", "limit", "choose", "please", "always", "go", "wear", "wash", "stay", "include", "add", "aim",
            "find", "explore", "look", "protect", "schedule", "plan", "watch", "share", "don’t", "leave",
            "click", "subscribe", "sign", "join", "download", "book", "skip", "give", "put", "write", "write down",
        ]

        public static let builtInArticleDescriptions = [
            "in this article", "this article", "this post", "in this post", "this guide", "in this guide",
            "this page", "on this page", "this section", "in this section", "below", "we will", "we'll", "here's",
            "here is", "here are", "let's", "read on", "keep reading", "in the following", "the following",
            "this piece", "in this piece",
        ]
    }
}
