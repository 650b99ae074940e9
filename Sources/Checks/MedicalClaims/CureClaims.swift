import CopydeskCore

/// A sentence's claims that something cures, treats or prevents a condition.
///
/// A claim is a cure verb in an asserting form ("cures", "can prevent", "shown to reverse",
/// "cured my", a sentence-initial "Cure your …") or the noun "cure" or "remedy" for something
/// ("a proven cure for depression"), with a condition among the next six words of its clause.
/// Purposes ("to prevent falls", "for treating"), searches ("closer to a cure") and softened
/// verbs ("helps prevent") are not claims. Negation and hedging are left to the caller.
struct CureClaims: Sendable {
    struct Claim: Sendable {
        /// The verb or noun.
        var verb: Range<Int>
        /// Where the first condition it is claimed against starts and where the last ends (the
        /// conditions, in order, were kept in an array of their own for every claim, and only
        /// these two bounds were ever read).
        var conditionsStart: Int
        var conditionsEnd: Int
        /// Whether `verb` is a noun ("a cure for"), read as a subject for negation.
        var isNoun: Bool
        /// From the verb to the last condition (or from the first condition, for passives).
        var range: Range<Int> {
            min(verb.lowerBound, conditionsStart)..<max(verb.upperBound, conditionsEnd)
        }
    }

    enum Form { case third, base, past, noun }

    /// The first words of the verbs' forms, each found by the key read with its sentence, not
    /// hashed again as a string; `forms` holds, by their numbers, the words that must follow
    /// each and its form.
    private let formWords: MedicalWordNumbers
    private let forms: [(words: [String], form: Form)]
    private let conditions: Conditions
    /// The policy's medical-claim lexicons, whose `cureForms` list holds the policy's cure verbs' `formWords`.
    private let lexicons: ClaimLexicons
    /// Whether the `cureForms` list tells whether a sentence holds one of `formWords`: this
    /// reader's verbs are the policy's, and the list matches exactly those words (see
    /// `ClaimLexicons.matchesCureForms`).
    private let readsCureForms: Bool
    private let includeHedged: Bool
    /// Whether this reader is the policy's usual one (its cure verbs, hedged verbs left out),
    /// whose claims a sentence keeps for every check that reads them.
    private let isUsual: Bool

    /// - Parameters:
    ///   - verbs: the verbs to read, by default the policy's `cure-verbs`.
    ///   - includeHedged: read "may ease" as a claim too (for rules about what an article discusses).
    init(policy: Policy, verbs: [String]? = nil, includeHedged: Bool = false) {
        self.includeHedged = includeHedged
        isUsual = verbs == nil && !includeHedged
        let forms = Self.forms(
            of: verbs ?? policy.medicalLexicon("cure-verbs", MedicalLexicon.cureVerbs), nouns: verbs == nil)
        formWords = MedicalWordNumbers(forms.keys)
        self.forms = formWords.words.map { forms[$0]! }
        conditions = Conditions(policy: policy)
        lexicons = ClaimLexicons(policy: policy)
        // The policy's cure verbs are also a list of the lexicons every sentence is matched
        // against once; their forms are the list's words when each is one plain word.
        readsCureForms = verbs == nil && lexicons.matchesCureForms
    }

    /// The forms of the verbs (base, third person, and "cured", "healed") by their first word,
    /// with the words that must follow; with `nouns`, "remedy" and "remedies" too.
    private static func forms(of verbs: [String], nouns: Bool) -> [String: (words: [String], form: Form)] {
        var forms: [String: (words: [String], form: Form)] = [:]
        for verb in verbs {
            let words = verb.lowercased().split(separator: " ").map(String.init)
            guard let head = words.first else { continue }
            let rest = Array(words.dropFirst())
            forms[head] = (rest, .base)
            forms[MedicalLexicon.thirdPerson(head)] = (rest, .third)
            if head == "cure" || head == "heal" { forms[head + (head.hasSuffix("e") ? "d" : "ed")] = (rest, .past) }
        }
        if nouns {
            forms["remedy"] = ([], .noun)
            forms["remedies"] = ([], .noun)
        }
        return forms
    }

    /// Every cure claim of the sentence; `window` is how many words may stand between verb and condition.
    func claims(in sentence: ClaimSentence, window: Int = 6) -> [Claim] {
        guard isUsual, window == 6 else { return find(in: sentence, window: window) }
        if let known = sentence.shared.cureClaims { return known }
        let claims = find(in: sentence, window: window)
        sentence.shared.cureClaims = claims
        return claims
    }

    /// Whether the sentence may hold a claim: when it does not, `claims(in:)` is empty (the
    /// sentence holds none of the words a claim starts at).
    @inline(__always)
    func mayClaim(in sentence: ClaimSentence) -> Bool {
        !readsCureForms || sentence.mayHold(.cureForms, of: lexicons)
    }

    private func find(in sentence: ClaimSentence, window: Int) -> [Claim] {
        // Most sentences hold no cure verb: the conditions are looked for only when one does.
        // The sentence's matches of the medical lexicons, found once for every check, tell
        // whether it holds one without reading its words again.
        if !mayClaim(in: sentence) { return [] }
        guard readsCureForms else {
            let keys = sentence.keys
            guard sentence.words.indices.contains(where: { formWords.number(in: keys, at: $0) != nil }) else {
                return []
            }
            return find(in: sentence, window: window, startingAt: scannedStarts(in: sentence))
        }
        // The sentence holds a match of the list (`mayClaim`), so a claim may start somewhere.
        return find(in: sentence, window: window, startingAt: listedStarts(in: sentence))
    }

    /// `find(in:window:)` of a sentence holding a word of `formWords`, whose indices are `starts`.
    @inline(__always)
    private func find(in sentence: ClaimSentence, window: Int, startingAt starts: some Sequence<Int>) -> [Claim] {
        let words = sentence.words
        let keys = sentence.keys
        let found = conditions.ranges(in: sentence)
        guard !found.isEmpty else { return [] }
        var claims: [Claim] = []
        var index = 0
        for start in starts where start >= index {
            index = start
            // The form found by the word's key; the words after it (most forms have none) compared as strings.
            guard let number = formWords.number(in: keys, at: index) else { continue }
            let entry = forms[number]
            guard
                entry.words.isEmpty
                    || index + 1 + entry.words.count <= words.count
                        && words[(index + 1)..<(index + 1 + entry.words.count)].elementsEqual(entry.words)
            else {
                continue
            }
            let verb = index..<(index + 1 + entry.words.count)
            defer { index = verb.upperBound }
            let isNoun = isNounUse(entry.form, at: index, sentence)
            guard isNoun || asserts(entry.form, at: index, in: sentence) else { continue }
            if isNoun && !nounClaims(at: index, sentence) { continue }
            let passive =
                !isNoun && index > 0 && CureClaims.passiveAuxiliaries.contains(in: sentence.keys, at: index - 1)
            let clause = sentence.clauses[index]
            // The first and last conditions claimed against, in the order found (not an array of them).
            var first: Range<Int>?
            var last: Range<Int>?
            for range in found {
                guard sentence.clauses[range.lowerBound] == clause else { continue }
                let isTarget =
                    passive
                    ? range.upperBound <= index && index - range.upperBound < window
                    : range.lowerBound >= verb.upperBound && range.lowerBound - verb.upperBound < window
                guard isTarget else { continue }
                if first == nil { first = range }
                last = range
            }
            guard let first, let last else { continue }
            claims.append(
                Claim(verb: verb, conditionsStart: first.lowerBound, conditionsEnd: last.upperBound, isNoun: isNoun))
        }
        return claims
    }

    /// The indices of the sentence's words that are one of `formWords`, in order: where a claim
    /// may start. With the policy's cure verbs, the tokens of the sentence's `cureForms` matches,
    /// found when it was read (the list's entries are those words, each one word, and a
    /// one-word entry matches exactly the words it is): every word was looked up twice, once to
    /// tell whether any is a form and again to find them. Read as the claims are looked for.
    func formStarts(in sentence: ClaimSentence) -> [Int] {
        readsCureForms ? Array(listedStarts(in: sentence)) : Array(scannedStarts(in: sentence))
    }

    /// The tokens of the sentence's `cureForms` matches (with the policy's cure verbs, `readsCureForms`).
    @inline(__always)
    private func listedStarts(in sentence: ClaimSentence) -> some Sequence<Int> {
        let list = lexicons.listBase + ClaimLexicons.List.cureForms.rawValue
        let phrases = sentence.found(lexicons.lexicons)
        return phrases.found.lazy.filter { phrases.lexicons.list(of: $0) == list }.map { $0.tokenRange.lowerBound }
    }

    /// `formStarts(in:)` by looking every word up in `formWords` (by the key read with the sentence).
    @inline(__always)
    private func scannedStarts(in sentence: ClaimSentence) -> some Sequence<Int> {
        let keys = sentence.keys
        return sentence.words.indices.lazy.filter { formWords.number(in: keys, at: $0) != nil }
    }

    /// `formStarts(in:)` as every reader finds them, whatever its verbs.
    func scannedFormStarts(in sentence: ClaimSentence) -> [Int] {
        Array(scannedStarts(in: sentence))
    }

    /// How many of the sentence's conditions start after the claim's verb: `listedConditions(after:in:)`
    /// holds some of them, so never more.
    func conditionCount(after claim: Claim, in sentence: ClaimSentence) -> Int {
        var count = 0
        for range in conditions.ranges(in: sentence) where range.lowerBound >= claim.verb.upperBound { count += 1 }
        return count
    }

    /// Distinct conditions listed after a claim: "cures cancer, diabetes, arthritis and acne". The
    /// first follows the verb within six words, each next one the last with at most two words
    /// between them besides list words ("and", "or", "as well as").
    func listedConditions(after claim: Claim, in sentence: ClaimSentence) -> [Range<Int>] {
        var listed: [Range<Int>] = []
        // The names listed so far: a handful at most, compared one by one rather than hashed. The
        // first is held on its own (most claims list one condition), the others in `seen`.
        var first: Substring?
        var seen: [Substring] = []
        var last = claim.verb.upperBound
        let words = sentence.words
        let keys = sentence.keys
        for range in conditions.ranges(in: sentence) where range.lowerBound >= claim.verb.upperBound {
            // The words between that are no list words, counted in place by their keys.
            var between = 0
            for index in last..<range.lowerBound where !CureClaims.listWords.contains(in: keys, at: index) {
                between += 1
            }
            guard between <= (listed.isEmpty ? 5 : 2), !sentence.contrastBetween(last - 1, range.lowerBound)
            else {
                break
            }
            // A one-word condition is its word (what joining one word gives).
            let name = range.count == 1 ? words[range.lowerBound] : words[range].joined(separator: " ")
            let key = CureClaims.conditionKey(name)
            if let first {
                if key != first && !seen.contains(key) {
                    seen.append(key)
                    listed.append(range)
                }
            } else {
                first = key
                listed.append(range)
            }
            last = range.upperBound
        }
        return listed
    }

    /// The name a listed condition is told apart by: without "'s" and a final "s" ("Alzheimer's" and
    /// "Alzheimer", "warts" and "wart"). An ASCII name without an apostrophe drops its last byte if it
    /// is "s" (what dropping the last character gives), in one pass over its bytes; any other name
    /// is read as `plainConditionKey` reads it.
    static func conditionKey(_ name: String) -> Substring {
        let utf8 = name.utf8
        let plain =
            utf8.withContiguousStorageIfAvailable { bytes in
                bytes.contains { $0 >= 0x80 || $0 == UInt8(ascii: "'") }
            } ?? true
        guard !plain else { return plainConditionKey(name) }
        guard utf8.last == UInt8(ascii: "s") else { return name[...] }
        return name[..<utf8.index(before: utf8.endIndex)]
    }

    /// `conditionKey` as read on any name: "'s" replaced, then a final "s" dropped as a character.
    static func plainConditionKey(_ name: String) -> Substring {
        var name = name
        // Without an apostrophe there is no "'s" to drop.
        if name.utf8.contains(UInt8(ascii: "'")) { name = name.replacingOccurrences(of: "'s", with: "") }
        return name.hasSuffix("s") ? name.dropLast() : name[...]
    }

    /// Whether a cure word at `index` is a noun: "remedy", "a cure", "natural cures", "cure for".
    /// The word before it is looked up by its key (the sentence's `keys`), not hashed as a string;
    /// a sentence's first word has none (the empty word was in neither set). Whether the word
    /// starts with "cure" is read on its bytes (`CureAllCheck.startsWith`).
    func isNounUse(_ form: Form, at index: Int, _ sentence: ClaimSentence) -> Bool {
        if form == .noun { return true }
        let words = sentence.words
        guard CureAllCheck.startsWith(words[index], "cure") else { return false }
        if index > 0 {
            let keys = sentence.keys
            if CureClaims.determiners.contains(in: keys, at: index - 1)
                || CureClaims.cureAdjectives.contains(in: keys, at: index - 1)
            {
                return true
            }
        }
        return index + 1 < words.count && words[index + 1] == "for"
    }

    /// "a cure for", "is the cure": a claim unless it is searched for ("closer to a cure"). The
    /// six words before it are looked up by their keys.
    func nounClaims(at index: Int, _ sentence: ClaimSentence) -> Bool {
        let words = sentence.words
        let next = index + 1 < words.count ? words[index + 1] : ""
        if next == "rate" || next == "rates" { return false }
        let keys = sentence.keys
        return !(max(0, index - 6)..<index).contains { CureClaims.searchWords.contains(in: keys, at: $0) }
    }

    /// Whether a verb form asserts: "cures", "can prevent", "shown to reverse", "Cure your acne".
    /// The words around it are looked up by their keys (the sentence's `keys`), not hashed as
    /// strings; a word before the first or after the last has none (the empty word was in no set).
    func asserts(_ form: Form, at index: Int, in sentence: ClaimSentence) -> Bool {
        let words = sentence.words
        let keys = sentence.keys
        if index > 0, CureClaims.softeners.contains(in: keys, at: index - 1) { return false }
        if index > 1, CureClaims.softeners.contains(in: keys, at: index - 2) { return false }
        // "how we treat depression" describes care.
        if index > 1, words[..<index].suffix(3).contains("how") { return false }
        let afterDeterminer = index > 0 && CureClaims.determiners.contains(in: keys, at: index - 1)
        switch form {
        case .noun: return false
        case .third:
            return !afterDeterminer && !(index > 0 && CureClaims.nounModifiers.contains(in: keys, at: index - 1))
        case .past:
            let beforeFood = index + 1 < words.count && CureClaims.curedFoods.contains(in: keys, at: index + 1)
            return !beforeFood && !afterDeterminer
        case .base:
            if includeHedged, index > 0 {
                switch words[index - 1] {
                case "may", "might", "could": return true
                default: break
                }
            }
            return CureClaims.assertsBaseForm(at: index, in: sentence)
        }
    }

    /// Whether a verb's base form at `index` asserts: "can prevent", "will cure", "shown to reverse",
    /// "vaccines prevent", a sentence-initial "Cure your acne"; not "to prevent", "and treat".
    /// A subject before it must share its clause: after a comma "Reduce Costs" is coordinated, not asserted.
    static func assertsBaseForm(at index: Int, in sentence: ClaimSentence) -> Bool {
        let words = sentence.words
        let previous = index > 0 ? words[index - 1] : ""
        let beforePrevious = index > 1 ? words[index - 2] : ""
        if index == 0 { return index + 1 < words.count && ["your", "you"].contains(words[index + 1]) }
        if previous == "to" { return assertingBeforeTo.contains(beforePrevious) }
        if assertingBefore.contains(previous) || previous.hasSuffix("'ll") { return true }
        if agents.contains(previous) || sentence.clauses[index - 1] != sentence.clauses[index] { return false }
        return previous.count > 3 && previous.hasSuffix("s") && !previous.hasSuffix("ss")
            && !functionWords.contains(previous)
    }
}
