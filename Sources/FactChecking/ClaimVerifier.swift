import CopydeskCore

/// Checks a sentence's claim against a body of reviewed claims: the built-in registry, or an
/// external verifier (a search index, a database of fact checks) plugged into the stage.
///
/// The stage asks about every sentence of the article: `claim` is the sentence's ledger entry,
/// or a provisional one (kind `other`) when the sentence is not check-worthy on its own; a
/// sentence that gets a verdict joins the ledger. Implementations must be deterministic and
/// must not print; tests use a stub and never a network.
public protocol ClaimVerifier: Sendable {
    /// A short name for messages and reports, `registry` for the built-in one.
    var name: String { get }
    func verify(_ claim: Claim, sentence: String) -> [Verdict]
}

/// What a verifier says about a claim.
public struct Verdict: Sendable, Hashable {
    public var verdict: KnownClaim.Verdict
    /// The reviewed claim's id and canonical wording.
    public var id: String
    public var claim: String
    public var source: KnownClaim.Source?
    public var note: String?
    /// UTF-8 byte range in the sentence of the words that make the claim; nil for the whole sentence.
    public var range: Range<Int>?

    public init(
        verdict: KnownClaim.Verdict, id: String, claim: String, source: KnownClaim.Source? = nil, note: String? = nil,
        range: Range<Int>? = nil
    ) {
        self.verdict = verdict
        self.id = id
        self.claim = claim
        self.source = source
        self.note = note
        self.range = range
    }
}

/// The built-in verifier: the policy's known-claims registry.
public struct RegistryVerifier: ClaimVerifier {
    public let registry: FactRegistry
    private let matcher: FactRegistryMatcher

    public init(registry: FactRegistry) {
        self.registry = registry
        matcher = FactRegistryMatcher(registry)
    }

    public var name: String { "registry" }

    public func verify(_ claim: Claim, sentence: String) -> [Verdict] {
        verdicts(matcher.matches(in: sentence))
    }

    /// `verify(_:sentence:)` of a sentence already read (`SentenceText(sentence)`).
    func verify(_ read: SentenceText) -> [Verdict] {
        verdicts(matcher.matches(in: read))
    }

    private func verdicts(_ matches: [FactRegistryMatcher.Match]) -> [Verdict] {
        matches.map { match in
            Verdict(
                verdict: match.claim.verdict, id: match.claim.id, claim: match.claim.claim, source: match.claim.source,
                note: match.claim.note, range: match.range)
        }
    }
}
