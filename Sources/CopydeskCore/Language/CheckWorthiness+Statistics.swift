extension CheckWorthiness {
    /// Numbers that carry a claim: percentages, ratios, counts of people, large quantities,
    /// doses, multipliers, fractions of a population, and durations tied to an outcome.
    func statisticTriggers(_ scan: TextScan, into found: inout [Trigger]) {
        // A statistic starts from digits or a `statisticWords` word; a duration needs an outcome.
        // Most words start no statistic: they are passed over in a loop of their own, which
        // reads each token's first byte in place (and its roles only when some word has the
        // role), before `statisticEnd` is called.
        // A sentence with no digit and no word of the role (most of them) starts none: its
        // bytes are looked through at once, sixteen at a time, and its tokens are not walked.
        var index = scan.hasSomewhere(.statisticStart) || scan.holdsDigit() ? 0 : scan.count
        while index < scan.count {
            index = scan.firstDigitsOrRole(.statisticStart, from: index)
            guard index < scan.count else { break }
            if Self.isLoneByIn(at: index, scan) {
                index += 1
                continue
            }
            if let end = statisticEnd(at: index, scan) {
                if end < 0 {
                    // A percentage: the range runs to the end of the `%` sign (a byte offset, negated).
                    let range = scan.tokens[index].range.lowerBound..<(-end)
                    found.appendTrigger(
                        Trigger(kind: .statistic, range: range, cue: String(decoding: scan.bytes[range], as: UTF8.self))
                    )
                    index += 1
                    continue
                }
                found.appendTrigger(trigger(.statistic, scan, index..<end))
                index = end
            } else {
                index += 1
            }
        }
        if let duration = durationWithOutcome(scan) { found.appendTrigger(duration) }
    }

    /// The end (exclusive token index) of a statistic starting at `index`, or nil; for a
    /// percentage sign, the negated byte offset just past the `%`. The word at `index` is
    /// digits or has the `statisticStart` role (no other word starts a statistic).
    ///
    /// The words around it are asked about through `StatisticWords`, one lookup each, instead
    /// of one set lookup or string comparison per list (see `StatisticWords.of(_:_:)`).
    private func statisticEnd(at index: Int, _ scan: TextScan) -> Int? {
        let next = StatisticWords.of(index + 1, scan)
        // Most numbers (years among them) are read no further.
        if Self.isLoneNumber(at: index, next: next, scan) { return nil }
        return generalStatisticEnd(at: index, next: next, scan)
    }

    /// "in" and "by" start a statistic only before "half" ("cut by half"), which has the
    /// `statisticStart` role: before any other word (most of them) they start none.
    @inline(__always)
    static func isLoneByIn(at index: Int, _ scan: TextScan) -> Bool {
        scan.has(.byIn, at: index) && !scan.has(.statisticStart, at: index + 1)
    }

    /// A plain number (digits, points and commas) followed by no `%`, no digits and none of
    /// `StatisticWords.afterNumber`'s words: every statistic that starts from a plain number
    /// asks for one of them after it ("40 %", "1.28 billion", "3 and 5 million cases"), so it
    /// starts none, and is not read for its value.
    /// - Parameter next: `StatisticWords.of(index + 1, scan)`.
    @inline(__always)
    static func isLoneNumber(at index: Int, next: StatisticWords, _ scan: TextScan) -> Bool {
        guard next.isDisjoint(with: StatisticWords.afterNumber), scan.isDigits(index), !scan.isDigits(index + 1),
            isPlainNumber(scan.bytes, scan.tokens[index].range)
        else { return false }
        var after = scan.tokens[index].range.upperBound
        while after < scan.bytes.count && scan.bytes[after] == UInt8(ascii: " ") { after += 1 }
        return after == scan.bytes.count || scan.bytes[after] != UInt8(ascii: "%")
    }

    /// `statisticEnd` read in full, for any word that is digits or has the `statisticStart` role.
    /// - Parameter next: `StatisticWords.of(index + 1, scan)`.
    func generalStatisticEnd(at index: Int, next: StatisticWords, _ scan: TextScan) -> Int? {
        let isDigits = scan.isDigits(index)
        if isDigits {
            // 40%, 40 %, 40 percent, 40 per cent, 40 percentage points
            var after = scan.tokens[index].range.upperBound
            while after < scan.bytes.count && scan.bytes[after] == UInt8(ascii: " ") { after += 1 }
            if after < scan.bytes.count && scan.bytes[after] == UInt8(ascii: "%") { return -(after + 1) }
            if next.contains(.percent) { return index + 2 }
            if next.contains(.per) && StatisticWords.of(index + 2, scan).contains(.cent) { return index + 3 }
            // 500 mg, 500mg, 2,000 calories
            if next.contains(.unit) { return index + 2 }
            // A token written with digits, points and commas only is its own word (lowercasing
            // and folding `’` change none of those bytes): nothing follows its digits, so it
            // has no unit suffix and no `-fold` (most numbers, read without copying the word).
            if !Self.isPlainNumber(scan.bytes, scan.tokens[index].range) {
                let word = scan.word(index)
                let suffix = Self.afterDigits(word)
                if !suffix.isEmpty && CheckWorthiness.units.contains(String(suffix)) { return index + 1 }
                // 2-fold, 3-fold
                if TextScan.hasSuffix(word, "-fold") { return index + 1 }
            }
        }
        // A word that is not digits has a value only as a number word (`TextScan.number`).
        let own = isDigits ? [] : StatisticWords.of(index, scan)
        // Read once, after the percentages and units that need no value: the ratio and the
        // year test below start from it.
        if let number = isDigits ? scan.number(index) : own.contains(.numberWord) ? scan.number(index) : nil {
            // 1.28 billion, 3 million
            if next.contains(.largeNumber) { return index + 2 }
            // 1 in 4, 9 out of 10, one in five
            if let ratioEnd = ratioEnd(at: index, first: number, next: next, scan) { return ratioEnd }
            // 3 times more likely, two times higher
            if next.contains(.times) && StatisticWords.of(index + 2, scan).contains(.comparative) { return index + 3 }
            // 300 patients, 3 and 5 million cases
            if isDigits && !Self.isYear(scan.word(index), number) {
                // The words between the number and the noun are numbers or "and": the first word
                // that is neither ends the search (every later noun has it in between), before
                // the words after it are looked up. A word not written with digits is a number
                // exactly when it is a number word (`TextScan.number`), which its bits tell.
                var words = next
                for offset in 1...3 {
                    if words.contains(.people) { return index + offset + 1 }
                    let between = index + offset
                    guard offset < 3,
                        (scan.isDigits(between) ? scan.number(between) != nil : words.contains(.numberWord))
                            || scan.word(between) == "and"
                    else { break }
                    words = StatisticWords.of(between + 1, scan)
                }
            }
        }
        // Every word the tests below start from is a `statisticWords` word (whose role says so),
        // none of them written with digits: a number that reached here starts none of them.
        guard !isDigits, scan.has(.statisticStart, at: index) else { return nil }
        // millions of people, thousands of deaths
        if own.contains(.pluralNumber) && next.contains(.of) {
            if StatisticWords.of(index + 2, scan).contains(.people) { return index + 3 }
        }
        // twice as likely, half as many
        if own.contains(.twiceHalf) && next.contains(.as) { return index + 2 }
        if own.contains(.multiplierVerb) && next.contains(.multiplierObject) {
            return index + 1
        }
        // half of adults, a third of patients, cut by half
        if own.contains(.fraction) && next.contains(.of) {
            let noun = StatisticWords.of(index + 2, scan).contains(.allOrThe) ? index + 3 : index + 2
            if StatisticWords.of(noun, scan).contains(.people) { return noun + 1 }
        }
        if own.contains(.byIn) && next.contains(.half) && index > 0 { return index + 2 }
        return nil
    }

    fileprivate static let largeNumbers: WordSet = ["million", "billion", "trillion"]
    fileprivate static let pluralNumbers: WordSet = ["millions", "billions", "thousands", "hundreds"]
    fileprivate static let twiceHalf: WordSet = ["twice", "half"]
    fileprivate static let multiplierVerbs: WordSet = ["doubles", "doubled", "triples", "tripled", "halves", "halved"]
    fileprivate static let multiplierObjects: WordSet = [
        "the", "your", "their", "risk", "chance", "odds", "likelihood", "rate", "deaths",
    ]
    static let byIn: WordSet = ["by", "in"]
    /// Every word other than digits that can start a statistic below.
    static let statisticWords = TextScan.numberWordSet.union(
        pluralNumbers.words.union(twiceHalf).union(multiplierVerbs).union(fractions).union(byIn))
    /// "within", "in", "after", and "overnight" (a duration by itself).
    static let durationStarts: WordSet = ["within", "in", "after", "overnight"]
    private static let durationFillers: WordSet = [
        "just", "only", "as", "little", "under", "less", "than", "a", "few", "the", "first",
    ]

    /// - Parameters:
    ///   - first: `scan.number(index)`.
    ///   - next: `StatisticWords.of(index + 1, scan)`.
    private func ratioEnd(at index: Int, first: Double, next: StatisticWords, _ scan: TextScan) -> Int? {
        var cursor = index + 1
        if next.contains(.in) {
            cursor += 1
        } else if next.contains(.out) && StatisticWords.of(cursor + 1, scan).contains(.of) {
            cursor += 2
        } else {
            return nil
        }
        guard let second = scan.number(cursor), !scan.isYear(cursor), first < second else { return nil }
        // "1 in 4" but not "3 in 10 minutes"
        if StatisticWords.of(cursor + 1, scan).contains(.timeUnit) { return nil }
        return cursor + 1
    }

    /// Whether the bytes in `range` are all ASCII digits, points and commas.
    @inline(__always)
    static func isPlainNumber(_ bytes: SentenceBytes, _ range: Range<Int>) -> Bool {
        for index in range {
            let byte = bytes[index]
            guard byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") else {
                return false
            }
        }
        return true
    }

    /// `TextScan.isYear` for a word of digits whose `number` is known: four characters, 1800–2099.
    static func isYear(_ word: String, _ number: Double) -> Bool {
        // The range first: counting characters costs more than comparing numbers.
        number >= 1800 && number < 2100 && word.count == 4
    }

    /// What follows a word's leading numbers, points and commas (`mg` of `500mg`): the word
    /// without its first characters that are numbers, `.` or `,`. An ASCII word is read on its
    /// bytes, where a character is a number exactly when it is a digit.
    static func afterDigits(_ word: String) -> Substring {
        let utf8 = word.utf8
        let ascii = utf8.withContiguousStorageIfAvailable(asciiNumberLength) ?? asciiNumberLength(Array(utf8))
        guard let ascii else { return word.drop { $0.isNumber || $0 == "." || $0 == "," } }
        return word[utf8.index(utf8.startIndex, offsetBy: ascii)...]
    }

    /// The length of the leading digits, points and commas of an ASCII word; nil for a word
    /// with a byte of 0x80 or more.
    private static func asciiNumberLength(_ bytes: some Collection<UInt8>) -> Int? {
        var length: Int?
        var offset = 0
        for byte in bytes {
            if byte >= 0x80 { return nil }
            if length == nil,
                !(byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ","))
            {
                length = offset
            }
            offset += 1
        }
        return length ?? offset
    }

    /// `within hours`, `in just 6 weeks`, when the sentence also names an outcome (`effects`, `relief`).
    func durationWithOutcome(_ scan: TextScan) -> Trigger? {
        // Most sentences hold no outcome word: their words are not gone through.
        guard scan.hasSomewhere(.outcome) else { return nil }
        // "side effects go away within days" is reassurance, not an outcome claim.
        let hasOutcome = scan.words.indices.contains { index in
            scan.has(.outcome, at: index)
                && !(scan.words[index].hasPrefix("effect") && scan.word(index - 1) == "side")
        }
        guard hasOutcome else { return nil }
        // A scan with every word's roles (the detector's) tells the words that open a duration
        // by their role, one bit each, and a sentence with none of them by the roles' union.
        let byRole = scan.roles.count == scan.count
        if byRole && !scan.hasSomewhere(.durationStart) { return nil }
        for index in 0..<scan.count {
            // One lookup rules out the words that open no duration.
            guard byRole ? scan.has(.durationStart, at: index) : scan.isWord(index, in: Self.durationStarts) else {
                continue
            }
            let word = scan.word(index)
            if word == "overnight" { return trigger(.statistic, scan, index..<index + 1) }
            var cursor = index + 1
            while scan.isWord(cursor, in: Self.durationFillers) && cursor < index + 5 {
                cursor += 1
            }
            if scan.number(cursor) != nil { cursor += 1 }
            let hasQuantity = cursor > index + 1 || word == "within"
            if hasQuantity && scan.isWord(cursor, in: CheckWorthiness.timeUnits) {
                if word != "within" && scan.number(cursor - 1) == nil { continue }
                return trigger(.statistic, scan, index..<cursor + 1)
            }
        }
        return nil
    }

    static let units: WordSet = [
        "mg", "mcg", "µg", "μg", "g", "ml", "iu", "kg", "kcal", "calories", "calorie", "milligrams", "micrograms",
        "grams", "mmol", "mmhg", "lb", "lbs", "mg/dl", "ug",
    ]

    static let comparatives: WordSet = [
        "more", "less", "higher", "lower", "greater", "as", "likelier", "faster", "better", "worse",
    ]

    static let fractions: WordSet = [
        "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "one-third", "two-thirds",
        "one-quarter", "three-quarters", "one-fifth", "majority",
    ]

    static let timeUnits: WordSet = [
        "seconds", "minutes", "minute", "hours", "hour", "days", "day", "weeks", "week", "months", "month",
    ]

    static let outcomes: WordSet = [
        "effect", "effects", "relief", "result", "results", "improvement", "improvements", "benefit", "benefits",
        "lose", "lost", "recovery", "recover", "recovered", "heal", "healed", "healing", "cure", "cured",
        "works", "remission", "reduction", "reductions", "improve", "improved", "improves", "disappear",
        "disappears", "vanish", "gone",
    ]

    static let people: WordSet = [
        "people", "adults", "children", "kids", "patients", "participants", "subjects", "volunteers", "women",
        "men", "americans", "deaths", "cases", "infections", "hospitalizations", "hospitalisations", "users",
        "individuals", "persons", "residents", "smokers", "teens", "teenagers", "adolescents", "infants",
        "babies", "students", "workers", "veterans", "seniors", "respondents", "survivors", "lives", "births",
        "pregnancies", "admissions", "diagnoses", "prescriptions", "britons", "mothers", "girls", "boys",
        "athletes", "americans", "europeans", "households", "families", "visits",
    ]
}

/// What a word is to `CheckWorthiness.statisticEnd`: every word list and word it asks about,
/// found with one lookup of the word instead of one per list.
struct StatisticWords: OptionSet, Sendable {
    let rawValue: UInt32

    static let numberWord = StatisticWords(rawValue: 1 << 0)
    static let pluralNumber = StatisticWords(rawValue: 1 << 1)
    static let twiceHalf = StatisticWords(rawValue: 1 << 2)
    static let multiplierVerb = StatisticWords(rawValue: 1 << 3)
    static let multiplierObject = StatisticWords(rawValue: 1 << 4)
    static let fraction = StatisticWords(rawValue: 1 << 5)
    static let byIn = StatisticWords(rawValue: 1 << 6)
    static let unit = StatisticWords(rawValue: 1 << 7)
    static let largeNumber = StatisticWords(rawValue: 1 << 8)
    static let people = StatisticWords(rawValue: 1 << 9)
    static let comparative = StatisticWords(rawValue: 1 << 10)
    static let timeUnit = StatisticWords(rawValue: 1 << 11)
    /// "percent", "percentage".
    static let percent = StatisticWords(rawValue: 1 << 12)
    static let per = StatisticWords(rawValue: 1 << 13)
    static let cent = StatisticWords(rawValue: 1 << 14)
    static let times = StatisticWords(rawValue: 1 << 15)
    static let `in` = StatisticWords(rawValue: 1 << 16)
    static let out = StatisticWords(rawValue: 1 << 17)
    static let of = StatisticWords(rawValue: 1 << 18)
    static let `as` = StatisticWords(rawValue: 1 << 19)
    static let half = StatisticWords(rawValue: 1 << 20)
    /// "all", "the".
    static let allOrThe = StatisticWords(rawValue: 1 << 21)
    static let and = StatisticWords(rawValue: 1 << 22)

    /// The words after a plain number (digits, points and commas) that `statisticEnd` can go on
    /// from: a percentage, a unit, a large number, a ratio, a multiplier, people, or the number
    /// words and "and" between a number and its people.
    static let afterNumber: StatisticWords = [
        .percent, .per, .unit, .largeNumber, .in, .out, .times, .people, .numberWord, .and,
    ]

    private static let lists = WordListBits<StatisticWords>(
        [
            (TextScan.numberWordSet, .numberWord), (CheckWorthiness.pluralNumbers, .pluralNumber),
            (CheckWorthiness.twiceHalf, .twiceHalf), (CheckWorthiness.multiplierVerbs, .multiplierVerb),
            (CheckWorthiness.multiplierObjects, .multiplierObject), (CheckWorthiness.fractions, .fraction),
            (CheckWorthiness.byIn, .byIn), (CheckWorthiness.units, .unit), (CheckWorthiness.largeNumbers, .largeNumber),
            (CheckWorthiness.people, .people), (CheckWorthiness.comparatives, .comparative),
            (CheckWorthiness.timeUnits, .timeUnit),
        ],
        words: [
            ("percent", .percent), ("percentage", .percent), ("per", .per), ("cent", .cent), ("times", .times),
            ("in", .in), ("out", .out), ("of", .of), ("as", .as), ("half", .half), ("all", .allOrThe),
            ("the", .allOrThe), ("and", .and),
        ])

    /// The bits of the word at `index` ([] outside the sentence, where `TextScan.word` is "",
    /// which no list holds).
    static func of(_ index: Int, _ scan: TextScan) -> StatisticWords {
        guard index >= 0 && index < scan.count else { return [] }
        return lists.of(index, in: scan.keys)
    }

    /// `of(index, scan)` for a scan of the sentence read with `keys` (whose tokens are as many).
    static func of(_ index: Int, in keys: WordKeys) -> StatisticWords {
        guard index >= 0 && index < keys.count else { return [] }
        return lists.of(index, in: keys)
    }
}
