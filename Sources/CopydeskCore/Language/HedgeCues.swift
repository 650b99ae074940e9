/// A word or phrase that hedges a claim, found in text by `HedgeDetector`.
public struct HedgeCue: Sendable, Hashable {
    /// What kind of hedge a cue is.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// may, might, could, would, cannot be excluded.
        case modal
        /// suggest, appear to, seem, indicate that, believe, hypothesize.
        case epistemicVerb = "epistemic-verb"
        /// possibly, perhaps, arguably, likely, putative, unclear.
        case adverb
        /// it is possible that, to some extent, more research is needed.
        case multiword
        /// A claim credited to unnamed sources: some studies suggest, it has been suggested.
        case attribution
        /// An open question rather than a hedged claim: whether, determine if.
        case openQuestion = "open-question"

        /// How messages name the kind.
        public var label: String {
            switch self {
            case .modal: "modal verb"
            case .epistemicVerb: "epistemic verb"
            case .adverb: "hedging adverb or adjective"
            case .multiword: "hedging phrase"
            case .attribution: "vague attribution"
            case .openQuestion: "open question"
            }
        }

        /// Whether the cue softens the writer's own claim. Open questions mark speculation
        /// (CoNLL-2010 counts `whether`) but do not hedge a statement, so they never stack.
        public var hedgesClaim: Bool { self != .openQuestion }
    }

    public var kind: Kind
    /// The cue as it stands in the text, original case kept: `could`, `Some anecdotal reports suggest`.
    public var phrase: String
    /// The lexicon entry that matched: `could`, `is [unknown]`, or for attributions the pattern's parts.
    public var entry: String
    /// UTF-8 byte range of the cue in the text the detector read.
    public var range: Range<Int>

    public init(kind: Kind, phrase: String, entry: String, range: Range<Int>) {
        self.kind = kind
        self.phrase = phrase
        self.entry = entry
        self.range = range
    }
}
