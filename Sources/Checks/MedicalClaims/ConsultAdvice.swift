import CopydeskCore

/// Advice to consult a professional: "ask your doctor", "talk to a pharmacist", "seek medical advice".
struct ConsultAdvice: Sendable {
    private let phrases: ClaimPhrases

    init(policy: Policy) {
        phrases = ClaimPhrases(policy: policy, .consult)
    }

    /// Whether the sentence tells readers to consult a professional.
    func advises(_ sentence: ClaimSentence) -> Bool {
        phrases.matches(in: sentence).contains { match in
            // "no need to see a doctor" denies the advice; "never stop without talking to your doctor" gives it.
            if let cue = sentence.negationCue(negating: match.tokenRange), sentence.words[cue] != "without" {
                return false
            }
            let phrase = match.phrase.lowercased()
            let open = phrase.hasSuffix(" your") || phrase.hasSuffix(" a") || phrase.hasSuffix(" with")
            guard open else { return true }
            // "ask your doctor", "talk to a pharmacist": the professional follows within three words.
            let end = match.tokenRange.upperBound
            return sentence.words[end..<min(sentence.words.count, end + 3)].contains {
                MedicalLexicon.professionals.contains($0)
            }
        }
    }

    /// Whether any sentence of the article advises consulting a professional.
    func advises(in sentences: ClaimSentences) -> Bool {
        sentences.contains { advises($0) }
    }
}
