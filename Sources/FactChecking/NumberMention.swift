import CopydeskCore
import Foundation

/// A number the article states about a quantity: a count ("25,871 adults") or a percentage
/// change ("reduced hair loss by 40%").
struct NumberMention: Sendable, Hashable {
    enum Qualifier: Sendable, Hashable {
        case exact, approximately, atLeast, atMost
    }

    enum Quantity: Sendable, Hashable {
        /// A count of a plural noun, keyed by its singular.
        case count(noun: String)
        /// A percentage change: its direction and the content words of its clause.
        case change(increase: Bool, subject: Set<String>)
    }

    var value: Double
    /// Trailing zeros of a whole number (25,000 → 3): how far it may be a rounding.
    var roundedDigits: Int
    var qualifier: Qualifier
    var quantity: Quantity
    /// Byte range in the sentence: the number and its noun or percent sign.
    var range: Range<Int>
    var sentenceIndex: Int
    var text: String

    /// Mentions that can be of the same quantity share a bucket: one noun's counts, or
    /// percentage changes in one direction.
    enum Bucket: Hashable {
        case count(String)
        case change(increase: Bool)
    }

    var bucket: Bucket {
        switch quantity {
        case .count(let noun): .count(noun)
        case .change(let increase, _): .change(increase: increase)
        }
    }

    /// Whether two statements of the same quantity can both be true.
    func agrees(with other: NumberMention) -> Bool {
        if value == other.value { return true }
        for (rounded, precise) in [(self, other), (other, self)] {
            switch rounded.qualifier {
            case .approximately:
                if abs(rounded.value - precise.value) <= 0.1 * max(rounded.value, precise.value) { return true }
            case .atLeast: if precise.value >= rounded.value { return true }
            case .atMost: if precise.value <= rounded.value { return true }
            case .exact:
                if rounded.roundedDigits > 0, precise.roundedDigits < rounded.roundedDigits {
                    let unit = pow(10, Double(rounded.roundedDigits))
                    if (precise.value / unit).rounded() * unit == rounded.value { return true }
                }
            }
        }
        return false
    }

    /// Whether two mentions are about the same quantity.
    func isSameQuantity(as other: NumberMention) -> Bool {
        switch (quantity, other.quantity) {
        case (.count(let noun), .count(let otherNoun)):
            guard noun == otherNoun, value >= 20, other.value >= 20 else { return false }
            return min(value, other.value) / max(value, other.value) >= 0.8
        case (.change(let increase, let subject), .change(let otherIncrease, let otherSubject)):
            guard increase == otherIncrease else { return false }
            let shared = subject.intersection(otherSubject).count
            return shared >= 2 && Double(shared) / Double(max(1, min(subject.count, otherSubject.count))) >= 0.6
        default:
            return false
        }
    }
}
