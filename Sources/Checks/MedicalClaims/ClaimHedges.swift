import CopydeskCore

/// Hedges that turn a medical claim into a possibility: "may prevent", "studies suggest",
/// "whether it protects", and the distancing of a claim that is someone else's ("marketed as a cure").
///
/// The cues come from the hedging check's `HedgeDetector` (with the policy's hedging lexicon
/// edits, quotes included: a quoted "may help" is hedged too), plus a few words that soften a
/// claim without being speculation cues in the CoNLL-2010 sense (`hope`, `promising`, `one day`).
struct ClaimHedges: Sendable {
    /// A hedge cue at a word index; `framing` cues reach the rest of their sentence, others their clause.
    struct Cue: Sendable, Hashable {
        var index: Int
        var framing: Bool
    }

    let detector: HedgeDetector

    init(policy: Policy) {
        detector = HedgeDetector(policy: policy, includeQuotes: true)
    }

    /// Hedges held by reference, for what keeps them for every article (`ClaimSentence.Context`):
    /// a copy of the detector is a retain of each of its many fields, about 700 instructions.
    final class Held: Sendable {
        let hedges: ClaimHedges

        init(_ hedges: ClaimHedges) {
            self.hedges = hedges
        }
    }

    /// Words that soften a claim in their clause.
    static let softening: WordSet = ["promising", "promise", "preliminary", "hopefully"]

    /// Words that frame the rest of the sentence: hopes, and claims credited to others.
    static let framing: WordSet = [
        "hope", "hopes", "hoped", "hoping", "marketed", "touted", "advertised", "promoted", "billed", "hyped",
        "alleged", "allegedly", "supposedly", "purported", "purportedly", "so-called", "claimed", "claims", "claim",
    ]

    /// Whether a detector cue of this kind frames the rest of its sentence (epistemic verbs,
    /// attributions, open questions) rather than its clause.
    static func frames(_ kind: HedgeCue.Kind) -> Bool {
        switch kind {
        case .epistemicVerb, .attribution, .openQuestion: true
        case .modal, .adverb, .multiword: false
        }
    }

    /// Multiword softeners, by their words.
    static let phrases: [[String]] = [["one", "day"], ["some", "day"], ["in", "theory"]]

    /// `framing`, `softening` and the first words of `phrases`, looked up together: the words
    /// that start a cue found in one call for the sentence, most ruled out by their hashes.
    private static let cueClasses = MedicalWordClasses([Array(framing), Array(softening), phrases.map { $0[0] }])
    private static let framingClass = MedicalWordClasses.Classes(rawValue: 1 << 0)
    private static let softeningClass = MedicalWordClasses.Classes(rawValue: 1 << 1)

    /// - Parameter detected: the detector's cues for `text` when already known (`sentenceCues(in:)`).
    func cues(
        in text: SentenceText, detected: [HedgeCue]?, tokens: SentenceTokens, words: SentenceWords
    ) -> [Cue] {
        Self.cues(in: text, detected: detected ?? detector.cues(in: text), tokens: tokens, words: words)
    }

    /// The cues of a sentence whose detector cues are `detected`. Static, so a caller that holds
    /// the cues already does not copy the detector (a few dozen retains) to reach it.
    static func cues(
        in text: SentenceText, detected: [HedgeCue], tokens: SentenceTokens, words: SentenceWords
    ) -> [Cue] {
        var result: [Cue] = []
        for cue in detected {
            guard let index = tokens.firstIndex(where: { $0.range.upperBound > cue.range.lowerBound }) else { continue }
            result.append(Cue(index: index, framing: Self.frames(cue.kind)))
        }
        // `words` are `text.words`: each is looked up by its key, in every list at once.
        // By index, the word read only for a phrase: each word copied out cost a retain and a
        // release, and each read of a list a `swift_once`.
        Self.cueClasses.forEachMember(in: text.keys) { index, classes in
            if classes.contains(Self.framingClass) {
                result.append(Cue(index: index, framing: true))
            } else if classes.contains(Self.softeningClass) {
                result.append(Cue(index: index, framing: false))
            } else {
                // The first word of a phrase, the one class left.
                let word = words[index]
                for phrase in ClaimHedges.phrases where phrase[0] == word && index + phrase.count <= words.count {
                    if words[index..<(index + phrase.count)].elementsEqual(phrase) {
                        result.append(Cue(index: index, framing: false))
                    }
                }
            }
        }
        return result.sorted { $0.index < $1.index }
    }
}

/// Reads an article's sentences for medical claims, with the policy's hedge cues.
struct ClaimReader: Sendable {
    /// What a sentence's reading depends on besides its text: the hedge lexicon edits, and the
    /// medical-claim lexicon edits behind what the sentence's checks share (`ClaimSentence.shared`).
    struct Settings: Equatable {
        var hedging: GroupSettings
        var medicalClaims: GroupSettings
    }

    /// `Settings` as the key of the article memo: an object, the same one for every reader
    /// made with equal settings (`keys`), so the memo's test of a key against the one it holds is
    /// most often a comparison of two addresses. Comparing the settings (two groups of three
    /// dictionaries) cost about 200 instructions for each check's ask, nine asks an article.
    final class Key: Equatable, Sendable {
        let settings: Settings

        init(_ settings: Settings) {
            self.settings = settings
        }

        /// The same object, or equal settings (a key made while `keys` had let go of an equal one).
        static func == (lhs: Key, rhs: Key) -> Bool {
            lhs === rhs || lhs.settings == rhs.settings
        }
    }

    /// The key of each settings met in the process.
    private static let keys = ProcessMemo<Settings, Key>()

    /// Held by reference: every article's sentences keep them, and a copy in each cost about 700
    /// instructions an article.
    private let hedges: ClaimHedges.Held
    /// The memo key of the reader's settings.
    let key: Key
    /// The medical-claim lexicons of the reader's settings, whose matches each sentence finds as it is read.
    private let lexicons: ClaimLexicons

    init(policy: Policy) {
        hedges = ClaimHedges.Held(ClaimHedges(policy: policy))
        lexicons = ClaimLexicons(policy: policy)
        let settings = Settings(
            hedging: policy.checks.hedging.common, medicalClaims: policy.checks.medicalClaims.common)
        key = Self.keys.value(for: settings) { Key(settings) }
    }

    /// The sentences of the article's prose blocks (code and reference lists are never read).
    func sentences(in article: Article) -> ClaimSentences {
        Self.recent.value(for: article, key: key) { read(article) }
    }

    private func read(_ article: Article) -> ClaimSentences {
        let texts = SentenceText.all(in: article)
        let context = ClaimSentence.Context(
            article: article, hedges: hedges, detected: hedges.hedges.detector.sentenceCues(in: article),
            lexicons: lexicons.lexicons)
        let identity = lexicons.identity
        // The matches of every reader's lists, found once for the article (`SentencePhrases`).
        let found = lexicons.index.found(in: article)
        // Each sentence read in place, its words to find the lexicons' matches, and only the
        // fields the sentence keeps read from it: a sentence copied out (to iterate over the
        // sentences, or to hand one over) retained and released what it holds. Each is a row of
        // `context`.
        texts.withUnsafeBufferPointer { read in
            article.sentences.withUnsafeBufferPointer { all in
                for index in all.indices where isRead(blockIndex: all[index].blockIndex, in: article) {
                    let base = all[index].textRange.lowerBound
                    // A sentence whose text is not its block's bytes in its range is read from those bytes.
                    if all[index].text.utf8.count != all[index].textRange.count {
                        let text = ClaimSentence.ownText(of: all[index], in: article)
                        let own = SentenceText(text)
                        ClaimSentence.read(
                            in: context, blockIndex: all[index].blockIndex, base: base, index: index,
                            read: own, ownText: true, found: lexicons.found(keys: own.keys),
                            identity: identity, isQuestion: ClaimSentence.isQuestion(text))
                        continue
                    }
                    ClaimSentence.read(
                        in: context, blockIndex: all[index].blockIndex, base: base, index: index,
                        read: read[index], ownText: false,
                        found: found.medical(index), identity: identity,
                        isQuestion: ClaimSentence.isQuestion(all[index].text))
                }
            }
        }
        return ClaimSentences(context)
    }

    /// Whether the sentence is in a prose block, one the reader reads.
    private func isRead(blockIndex: Int, in article: Article) -> Bool {
        blockIndex < article.blocks.count && article.blocks[blockIndex].isLintable
    }
}
