extension EvidenceFinder {
    /// Sources named in the sentence: "according to the World Health Organization", "the CDC
    /// reports", "a study published in JAMA", "researchers at Harvard", "Dr. Lee said", and any
    /// organisation or journal of the named-sources lexicon, spelled with its capitals.
    func namedSources(_ scan: TextScan) -> [Evidence] {
        var found: [Evidence] = []
        func add(_ lower: Int, _ upper: Int) {
            let range = scan.range(lower, upper)
            found.append(
                Evidence(kind: .namedSource, range: range, detail: String(decoding: scan.bytes[range], as: UTF8.self)))
        }
        // A sentence in which no match can be written as a spelling (most) is not searched: a
        // search over no tokens still cost a call and an empty list.
        if mayNameListedSource(scan) {
            for match in sources.matches(keys: scan.keys, tokens: scan.tokens) {
                let written = (match.tokenRange).map { scan.original($0) }.joined(separator: " ")
                if sourceSpellings.contains(written) { add(match.tokenRange.lowerBound, match.tokenRange.upperBound) }
            }
        }
        // One lookup a word finds both the words `phraseSources` starts from and the last word
        // an organisation's name can be followed by (see `organisationSource(at:_:)`); the
        // words the hash filter rules out (most) are not looked up.
        var verbEnd = 0
        let count = scan.count
        var index = Self.sourceWordHashes.firstMayContain(scan.keys, from: 0, to: count)
        while index < count {
            let roles = Self.sourceWordRoles.roles(at: index, in: scan.keys)
            if roles.contains(.cue) { phraseSources(at: index, scan.words[index], scan, add) }
            if roles.contains(.verb) { verbEnd = index }
            index = Self.sourceWordHashes.firstMayContain(scan.keys, from: index + 1, to: count)
        }
        // An organisation's name ends before its verb: no word from the last verb on starts
        // one, and a sentence without a verb (most) is not read for names. (The evidence is
        // sorted by range where it is joined, so the names found after the phrases are found
        // in the same place.)
        for index in 0..<verbEnd {
            // A word that starts with a lowercase letter (most words) is neither an acronym nor
            // capitalised: it is ruled out here, without a call.
            if scan.bytes[scan.tokens[index].range.lowerBound] &- UInt8(ascii: "a") >= 26,
                let end = organisationSource(at: index, scan)
            {
                add(index, end)
            }
        }
        return found
    }

    /// The end of "CDC reports", "American Heart Association recommends", "WHO data" at
    /// `index`: an organisation's name (`organisationEnd`) and, after up to three fillers or
    /// adverbs in its clause, a verb, one of `reportingVerbs` or `sourceProducts` (a word with
    /// the `.verb` role, after the name); nil when there is none.
    func organisationSource(at index: Int, _ scan: TextScan) -> Int? {
        guard let end = organisationEnd(from: index, scan) else { return nil }
        var cursor = end
        while cursor < scan.count && cursor < end + 3 && !scan.startsClause(cursor)
            && (Self.isVerbFiller(scan.word(cursor))
                || scan.word(cursor).hasSuffix("ly"))
        {
            cursor += 1
        }
        let verb = scan.word(cursor)
        guard
            cursor < scan.count && !scan.startsClause(cursor)
                && (EvidenceFinder.reportingVerbs.contains(verb) || EvidenceFinder.sourceProducts.contains(verb))
        else { return nil }
        return cursor + 1
    }

    /// What a word is to `namedSources`.
    struct SourceWordRoles: OptionSet, Sendable {
        let rawValue: UInt8

        /// One of `sourceCues`: `phraseSources` starts from it.
        static let cue = SourceWordRoles(rawValue: 1 << 0)
        /// One of `reportingVerbs` or `sourceProducts`: it can follow an organisation's name.
        static let verb = SourceWordRoles(rawValue: 1 << 1)
    }

    /// The roles of `sourceCues`, `reportingVerbs` and `sourceProducts`' words: `namedSources`
    /// looks each word up once for all three.
    static let sourceWordRoles: WordRoles<SourceWordRoles> = {
        var roles = WordRoles<SourceWordRoles>()
        roles.add(sourceCues, as: .cue)
        roles.add(reportingVerbs, as: .verb)
        roles.add(sourceProducts, as: .verb)
        return roles
    }()

    /// A filter in front of `sourceWordRoles` (see `WordTable.asciiHashBits()`): an ASCII word
    /// whose bit is clear has no role. The lists are ASCII words only, so the filter is kept.
    static let sourceWordHashes = sourceWordRoles.asciiHashBits()!

    /// Whether a match of the named-sources list may be written as one of its spellings: false
    /// when `sourceStarts` is known and no word of the sentence opens with an ASCII capital and
    /// may start a listed source.
    func mayNameListedSource(_ scan: TextScan) -> Bool {
        guard sourceStarts.isKnown else { return true }
        let bytes = scan.bytes
        return scan.tokens.withUnsafeBufferPointer { tokens in
            scan.keys.withUnsafeKeys { keys in
                for index in tokens.indices
                where bytes[tokens[index].range.lowerBound] &- UInt8(ascii: "A") < 26
                    && sourceStarts.mayStart(keys[index])
                {
                    return true
                }
                return false
            }
        }
    }

    /// The words that may start a match of the named-sources list written as one of its
    /// spellings, when every spelling opens with an ASCII capital and every entry with an exact
    /// ASCII word (the built-in list and most edits): such a match starts at a word that opens
    /// with a capital (a spelling's first byte is its first word's, as written) and is its
    /// entry's first word, whose FNV-1a hash is the key's. Those words' hashes are kept as bits
    /// of 256, in the finder itself (a table of words cost a retain and release of each of its
    /// arrays for every sentence). A sentence with no capitalised word whose bit is set (most:
    /// their first word starts no source) has no such match, and the list is not searched.
    struct SourceStarts: Sendable {
        /// Whether the bits stand for the list (false: every sentence is searched).
        private(set) var isKnown = false
        /// The 256 bits, in four words (not a `SIMD4`: a generic type in the finder made its
        /// copies look its layout up at run time).
        private var bits0: UInt64 = 0
        private var bits1: UInt64 = 0
        private var bits2: UInt64 = 0
        private var bits3: UInt64 = 0

        init(_ namedSources: [String], spellings: Set<String>) {
            guard Self.opensWithCapitals(spellings) else { return }
            for phrase in namedSources {
                // A phrase without a word is no entry of the matcher.
                guard let first = LexiconWord.words(of: phrase).first else { continue }
                guard case .exact(let word) = first, word.utf8.allSatisfy({ $0 < 0x80 }) else { return }
                var hash = FNV1a()
                for byte in word.utf8 { hash.add(byte) }
                let bit = Self.bit(of: hash.value)
                let mask: UInt64 = 1 << UInt64(bit & 63)
                switch bit >> 6 {
                case 0: bits0 |= mask
                case 1: bits1 |= mask
                case 2: bits2 |= mask
                default: bits3 |= mask
                }
            }
            isKnown = true
        }

        private static func opensWithCapitals(_ spellings: Set<String>) -> Bool {
            spellings.allSatisfy { spelling in
                guard let first = spelling.utf8.first else { return false }
                return first &- UInt8(ascii: "A") < 26
            }
        }

        @inline(__always)
        private static func bit(of hash: UInt64) -> Int {
            Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 56)
        }

        /// Whether the word of `key` may start a listed source (an ASCII word whose bit is
        /// clear cannot; any other word may).
        @inline(__always)
        func mayStart(_ key: WordKeys.Key) -> Bool {
            guard key.isASCII else { return true }
            let bit = Self.bit(of: key.hash)
            let word =
                switch bit >> 6 {
                case 0: bits0
                case 1: bits1
                case 2: bits2
                default: bits3
                }
            return word & (1 << UInt64(bit & 63)) != 0
        }
    }

    /// "according to (the) Name", "published in Name", "researchers at Name", "Dr. Name" at `index`.
    private func phraseSources(at index: Int, _ word: String, _ scan: TextScan, _ add: (Int, Int) -> Void) {
        let next = scan.word(index + 1)
        // according to (the) Name
        if word == "according" && next == "to", let end = nameEnd(from: index + 2, scan) {
            add(index, end)
        }
        // published in (the) Name, in the journal Name
        if (word == "published" || word == "reported" || word == "appeared") && next == "in",
            let end = nameEnd(from: index + 2, scan)
        {
            add(index, end)
        }
        if word == "journal" && index > 0, let end = nameEnd(from: index + 1, scan) { add(index, end) }
        // researchers at Name, a study by Name, data from the Name
        // The word lists are asked by the word's key, read with the sentence (by its string,
        // each lookup hashed the word again).
        if scan.isWord(index, in: EvidenceFinder.sourceNouns) && Self.isSourceLink(next),
            let end = nameEnd(from: index + 2, scan)
        {
            add(index, end)
        }
        // Dr. Name, Professor Name
        if scan.isWord(index, in: EvidenceFinder.titles) && scan.isCapitalized(index) && scan.isCapitalized(index + 1) {
            add(index, index + 2)
        }
    }

    /// Every word `phraseSources` starts from: one lookup rules most words out.
    static let sourceCues = WordSet(["according", "published", "reported", "appeared", "journal"]).union(
        sourceNouns.words.union(titles))

    /// The end of a name starting at `index` (after an optional `the`): capitalised words joined
    /// by `of`, `for`, `and`, `the`; nil when no name starts there or it is a vague word.
    private func nameEnd(from index: Int, _ scan: TextScan) -> Int? {
        var start = index
        if scan.word(start) == "the" { start += 1 }
        guard scan.isCapitalized(start), !scan.isWord(start, in: CheckWorthiness.vagueCapitalized),
            !scan.startsClause(start) || start == index
        else { return nil }
        var end = start + 1
        while end < scan.count && scan.isJoinedToPrevious(end) {
            if scan.isCapitalized(end) {
                end += 1
            } else if scan.isCapitalized(end + 1) && Self.isNameJoiner(scan.word(end), orTheOn: true) {
                // The capital after first: the word is made a string and compared with the
                // joiners only then (most words after a name's are lowercase).
                end += 2
            } else {
                break
            }
        }
        return end
    }

    /// An organisation's name at `index`: an acronym (`CDC`, `WHO's`), or two or more capitalised
    /// words (`American Heart Association`) that do not open the sentence with a common word.
    func organisationEnd(from index: Int, _ scan: TextScan) -> Int? {
        // A word that starts with a lowercase letter is neither an acronym nor capitalised.
        if scan.bytes[scan.tokens[index].range.lowerBound] &- UInt8(ascii: "a") < 26 { return nil }
        if index > 0 && scan.isCapitalized(index - 1) && scan.isJoinedToPrevious(index)
            && !scan.isWord(index - 1, in: CheckWorthiness.vagueCapitalized)
        {
            return nil
        }
        // A capital then a lowercase letter (`American`, most capitalised words) is neither an
        // acronym nor an acronym's possessive (its stem holds that letter): not asked.
        let range = scan.tokens[index].range
        let isCapitalizedWord =
            range.count >= 2 && scan.bytes[range.lowerBound] &- UInt8(ascii: "A") < 26
            && scan.bytes[range.lowerBound + 1] &- UInt8(ascii: "a") < 26
        if !isCapitalizedWord && (scan.isAcronym(index) || isAcronymPossessive(index, scan)) { return index + 1 }
        guard isCapitalizedWord || scan.isCapitalized(index) else { return nil }
        var end = index + 1
        var words = 1
        while end < scan.count && scan.isJoinedToPrevious(end) {
            if scan.isCapitalized(end) {
                end += 1
                words += 1
            } else if scan.isCapitalized(end + 1) && Self.isNameJoiner(scan.word(end), orTheOn: false) {
                // The capital after first, as in `nameEnd`: the word made a string only then
                // (most words after a capitalised one are lowercase: "Intermittent fasting").
                end += 2
                words += 1
            } else {
                break
            }
        }
        // A name of one word (most capitalised words: a sentence's first) is none, and its word
        // is not looked up among the vague ones.
        guard words >= 2, !scan.isWord(index, in: CheckWorthiness.vagueCapitalized) else { return nil }
        return end
    }

    func isAcronymPossessive(_ index: Int, _ scan: TextScan) -> Bool {
        // Ends with `'s` or `’s` (compared on bytes before the token is copied out).
        let range = scan.tokens[index].range
        guard range.count >= 2, scan.bytes[range.upperBound - 1] == UInt8(ascii: "s") else { return false }
        let mark = scan.bytes[range.upperBound - 2]
        guard mark == UInt8(ascii: "'") || mark == 0x99 else { return false }
        let word = scan.original(index)
        guard word.hasSuffix("'s") || word.hasSuffix("’s") else { return false }
        // Both marks are one character: the stem is the word without its last two.
        let stem = word.dropLast(2)
        return stem.count >= 2 && stem.allSatisfy { $0.isUppercase || $0.isNumber }
    }

    // Small word lists of the loops above, as `switch`es: an array literal is built at every call.

    /// "the CDC has also reported": words between a source and its verb.
    private static func isVerbFiller(_ word: String) -> Bool {
        switch word {
        case "has", "have", "also", "now", "still", "currently": true
        default: false
        }
    }

    /// "researchers at", "a study by": the words before a source's name.
    private static func isSourceLink(_ word: String) -> Bool {
        switch word {
        case "at", "from", "by", "with": true
        default: false
        }
    }

    /// "of", "for", "and" (and, when `orTheOn`, "the" and "on"): lowercase words inside a name.
    private static func isNameJoiner(_ word: String, orTheOn: Bool) -> Bool {
        switch word {
        case "of", "for", "and": true
        case "the", "on": orTheOn
        default: false
        }
    }

    static let titles: WordSet = ["dr", "prof", "professor"]

    static let sourceNouns: WordSet = [
        "researchers", "scientists", "experts", "doctors", "investigators", "team", "authors", "physicians",
        "study", "studies", "review", "trial", "report", "survey", "analysis", "paper", "data", "statistics",
        "figures", "guidance", "guidelines", "specialists", "professor", "spokesperson", "estimates",
    ]

    static let reportingVerbs: WordSet = [
        "reports", "reported", "says", "said", "recommends", "recommended", "estimates", "estimated", "found",
        "finds", "states", "stated", "notes", "noted", "advises", "advised", "warns", "warned", "concluded",
        "concludes", "publishes", "published", "lists", "classifies", "classified", "approved", "approves",
        "recommend", "say", "report", "estimate", "states", "counts", "counted", "tracks",
    ]

    static let sourceProducts: WordSet = [
        "data", "guidelines", "guidance", "figures", "statistics", "estimates", "survey", "advice",
        "recommendations", "report", "researchers", "scientists",
    ]

    public static let builtInNamedSources = [
        "World Health Organization", "World Health Organisation", "WHO", "Centers for Disease Control and Prevention",
        "Centers for Disease Control", "CDC", "National Institutes of Health", "NIH", "Food and Drug Administration",
        "FDA", "European Medicines Agency", "EMA", "National Health Service", "NHS", "NICE",
        "National Institute for Health and Care Excellence", "Mayo Clinic", "Cleveland Clinic", "Johns Hopkins",
        "Cochrane", "American Heart Association", "American Cancer Society", "American Diabetes Association",
        "American Academy of Pediatrics", "American College of Cardiology", "USPSTF",
        "US Preventive Services Task Force", "JAMA", "BMJ", "The Lancet", "Lancet", "NEJM",
        "New England Journal of Medicine", "Nature Medicine", "PLOS ONE", "PLOS Medicine",
        "Annals of Internal Medicine", "Public Health England", "UK Health Security Agency", "UKHSA",
        "Health Canada", "ECDC", "European Centre for Disease Prevention and Control", "National Cancer Institute",
        "Office for National Statistics", "Institute of Medicine", "National Academies",
    ]
}
