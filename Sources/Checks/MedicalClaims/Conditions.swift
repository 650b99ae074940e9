import CopydeskCore

/// Finds the conditions (diseases, disorders, symptoms) a sentence names.
struct Conditions: Sendable {
    private let lexicons: ClaimLexicons

    init(policy: Policy) {
        lexicons = ClaimLexicons(policy: policy)
    }

    /// Word ranges of the conditions in a sentence, in order. A condition that modifies another
    /// noun ("cancer cells", "diabetes researchers") names no condition.
    ///
    /// Found once per sentence: the lexicon is the policy's, as are the sentence's shared readings.
    func ranges(in sentence: ClaimSentence) -> [Range<Int>] {
        if let known = sentence.shared.conditions { return known }
        let ranges = find(in: sentence)
        sentence.shared.conditions = ranges
        return ranges
    }

    private func find(in sentence: ClaimSentence) -> [Range<Int>] {
        let words = sentence.words
        let keys = sentence.keys
        // The kept ranges are gathered in one array: the token ranges of the lexicon's matches
        // first (read from the sentence's matches of every list, with no match made for each,
        // its phrase and text range unread), then the words named by their ending, then the
        // matches whose condition is modified dropped, in the order the lexicon's matches, the
        // words appended to them and the filter gave them. A modified condition is told by its
        // next word's key.
        var kept: [Range<Int>] = []
        if sentence.mayHold(.conditions, of: lexicons) {
            let list = lexicons.listBase + ClaimLexicons.List.conditions.rawValue
            let phrases = sentence.found(lexicons.lexicons)
            for one in phrases.found where phrases.lexicons.list(of: one) == list {
                kept.append(one.tokenRange)
            }
        }
        let matched = kept.count
        // The lexicon's matches (a few at most) are asked whether they cover a word, rather
        // than marking the covered words in an array for the sentence. The words named by their
        // ending are found by one call a sentence and one a word found
        // (`MedicalLexicon.nextConditionWord`), no word copied out to be asked.
        var index = MedicalLexicon.nextConditionWord(in: keys, from: 0)
        while index < words.count {
            if !kept[..<matched].contains(where: { $0.contains(index) }), isKept(index..<(index + 1), words.count, keys)
            {
                kept.append(index..<(index + 1))
            }
            index = MedicalLexicon.nextConditionWord(in: keys, from: index + 1)
        }
        if matched > 0 {
            var write = 0
            for read in kept.indices where read >= matched || isKept(kept[read], words.count, keys) {
                kept[write] = kept[read]
                write += 1
            }
            kept.removeLast(kept.count - write)
        }
        if kept.count > 1 { kept.sort { $0.lowerBound < $1.lowerBound } }
        return kept
    }

    /// Whether a condition at `range` names one: the word after it is not a noun it modifies.
    @inline(__always)
    private func isKept(_ range: Range<Int>, _ count: Int, _ keys: WordKeys) -> Bool {
        range.upperBound >= count || !Conditions.modified.contains(in: keys, at: range.upperBound)
    }

    /// Nouns a condition word can modify.
    static let modified: WordSet = [
        "cell", "cells", "research", "researchers", "researcher", "center", "centre", "centers", "centres",
        "institute", "society", "foundation", "patient", "patients", "survivors", "specialist", "specialists",
        "drug", "drugs", "medication", "medications", "care", "screening", "test", "tests", "clinic", "clinics",
        "ward", "unit", "program", "programme", "awareness", "association", "charity", "network", "trust", "journal",
        "team", "lab", "laboratory", "study", "studies", "trial", "trials", "model", "models", "genes", "gene",
        "treatment", "treatments", "therapy", "therapies", "vaccine", "vaccines",
    ]
}

/// Benefit words: what a cure-all scope or a quick fix promises.
struct BenefitWords: Sendable {
    /// Each stem's words, split once here rather than at every word asked about.
    private let stems: [[String]]
    /// For a word whose first byte is the ASCII byte `b`, the stems (indices into `stems`, in
    /// their order) that can match at it, at `b`: every stem was compared with every word
    /// asked about, some sixty string comparisons a word.
    ///
    /// A stem whose first word starts with an ASCII byte matches (equals, starts or inflects
    /// into) only a word that starts with the same byte: an ASCII scalar decomposes to nothing
    /// and no combining mark comes before it, so a string that starts with another byte is never
    /// canonically equivalent to one that starts with it. The other stems (a non-ASCII first
    /// byte, a first word of one byte, whose inflections need not start with it, or no words
    /// at all) are in every list, and a word that does not start with an ASCII byte reads every stem.
    private let candidates: [[Int]]
    private let allStems: [Int]

    /// The policy's benefit stems, read once per process for the four checks that read them
    /// (made anew for each, they cost about 180,000 instructions a check at every start).
    init(policy: Policy) {
        let stems = policy.medicalLexicon("benefit-stems", MedicalLexicon.benefitStems)
        self = Self.built.value(for: stems) { BenefitWords(stems: stems) }
    }

    private static let built = ProcessMemo<[String], BenefitWords>()

    /// The words of `list`'s stems, and the stems that may match at each first byte.
    init(stems list: [String]) {
        let stems = list.map {
            $0.lowercased().split(separator: " ").map(String.init)
        }
        var candidates = [[Int]](repeating: [], count: 128)
        for (position, parts) in stems.enumerated() {
            let first = parts.first?.utf8
            if let first, first.count >= 2, let byte = first.first, byte < 0x80 {
                candidates[Int(byte)].append(position)
            } else {
                for byte in candidates.indices { candidates[byte].append(position) }
            }
        }
        self.stems = stems
        self.candidates = candidates
        allStems = Array(stems.indices)
    }

    /// Whether the words starting at `index` are a benefit word; returns how many words it spans.
    func length(at index: Int, in words: SentenceWords) -> Int? {
        let byte = index < words.count ? words[index].utf8.first ?? 0x80 : 0x80
        for position in byte < 0x80 ? candidates[Int(byte)] : allStems
        where Self.matches(stems[position], at: index, in: words) {
            return stems[position].count
        }
        return nil
    }

    /// Whether the words starting at `index` are the stem's `parts`: each word the part, the
    /// last one also an inflection of it.
    static func matches<Words: RandomAccessCollection<String>>(_ parts: [String], at index: Int, in words: Words)
        -> Bool
    where Words.Index == Int {
        guard index + parts.count <= words.count else { return false }
        for (offset, part) in parts.enumerated() {
            let word = words[index + offset]
            if !(word == part || (offset == parts.count - 1 && inflects(word, part))) { return false }
        }
        return true
    }

    /// Stems of five letters or more match as prefixes (`eliminat` → eliminates); shorter ones
    /// take inflections only (`cut` → cuts, cutting; not cute).
    static func inflects(_ word: String, _ stem: String) -> Bool {
        if word == "clearly" { return false }
        if stem.count >= 5 { return word.hasPrefix(stem) }
        return asciiInflects(word, stem) ?? inflectedForms(of: stem).contains(word)
    }

    /// The nine forms a stem of fewer than five letters takes.
    static func inflectedForms(of stem: String) -> [String] {
        let dropped = stem.hasSuffix("e") ? String(stem.dropLast()) : stem
        let doubled = stem + String(stem.last ?? " ")
        return [
            stem + "s", stem + "es", stem + "d", stem + "ed", stem + "ing", dropped + "ing", dropped + "ed",
            doubled + "ing", doubled + "ed",
        ]
    }

    /// Whether an ASCII word is one of a non-empty ASCII stem's `inflectedForms`, read byte by
    /// byte instead of building the nine forms (equal ASCII strings are equal bytes); nil for
    /// any other word or stem.
    static func asciiInflects(_ word: String, _ stem: String) -> Bool? {
        guard let last = stem.utf8.last, word.utf8.allSatisfy({ $0 < 0x80 }), stem.utf8.allSatisfy({ $0 < 0x80 })
        else { return nil }
        let count = stem.utf8.count
        if word.utf8.starts(with: stem.utf8) {
            // stem + s, es, d, ed, ing; its last letter doubled + ing, ed.
            let rest = word.utf8.dropFirst(count)
            if rest.elementsEqual("s".utf8) || rest.elementsEqual("es".utf8) || rest.elementsEqual("d".utf8)
                || rest.elementsEqual("ed".utf8) || rest.elementsEqual("ing".utf8)
            {
                return true
            }
            let doubled = rest.dropFirst()
            if rest.first == last, doubled.elementsEqual("ing".utf8) || doubled.elementsEqual("ed".utf8) { return true }
        }
        // Its final e dropped + ing, ed.
        guard last == UInt8(ascii: "e"), word.utf8.starts(with: stem.utf8.dropLast()) else { return false }
        let rest = word.utf8.dropFirst(count - 1)
        return rest.elementsEqual("ing".utf8) || rest.elementsEqual("ed".utf8)
    }
}
