/// A registry of known claims with verdicts and sources: what the policy's `facts:` file holds.
///
/// The registry is a value: PolicyLoading reads it from YAML, the fact-check stage matches each
/// sentence against it. See `FactRegistryMatcher` for how a sentence matches an entry.
public struct FactRegistry: Sendable, Hashable {
    /// Where the registry came from (a file path), for messages.
    public var source: String
    public var claims: [KnownClaim]

    public init(source: String = "", claims: [KnownClaim] = []) {
        self.source = source
        self.claims = claims
    }
}

/// One known claim: its canonical wording, how to recognise it, and what the evidence says.
public struct KnownClaim: Sendable, Hashable, Codable {
    /// What the evidence says about the claim.
    public enum Verdict: String, Sendable, Hashable, Codable, CaseIterable {
        case `false`
        case misleading
        case unproven
        case `true`
    }

    /// The reference behind the verdict.
    public struct Source: Sendable, Hashable, Codable {
        public var citation: String
        public var url: String

        public init(citation: String, url: String) {
            self.citation = citation
            self.url = url
        }
    }

    /// How a sentence is recognised as making the claim.
    ///
    /// A sentence matches when one of `phrases` occurs in it (whole words, `*` as in
    /// `PhraseMatcher`), or when every group of `terms` has one of its variants in it, in any
    /// order (`[[vaccine*, vaccination*, mmr], [autism, autistic]]`). Either way, a sentence that
    /// denies or debunks the claim does not match.
    public struct Match: Sendable, Hashable, Codable {
        public var phrases: [String]
        public var terms: [[String]]

        public init(phrases: [String] = [], terms: [[String]] = []) {
            self.phrases = phrases
            self.terms = terms
        }

        public var isEmpty: Bool { phrases.isEmpty && terms.allSatisfy(\.isEmpty) }
    }

    /// Stable, kebab-case: `vaccines-cause-autism`.
    public var id: String
    /// The claim in its canonical wording.
    public var claim: String
    public var match: Match
    public var verdict: Verdict
    public var source: Source
    public var note: String?

    public init(id: String, claim: String, match: Match, verdict: Verdict, source: Source, note: String? = nil) {
        self.id = id
        self.claim = claim
        self.match = match
        self.verdict = verdict
        self.source = source
        self.note = note
    }
}
