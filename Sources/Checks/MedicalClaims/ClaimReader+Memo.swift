import CopydeskCore
import Foundation

extension ClaimReader {
    /// The claim sentences of the last few articles read, shared by the medical-claim checks:
    /// each check reads the same article with the same hedge settings, and reading it (word
    /// tokens, hedge cues, negation scopes for every sentence) costs more than any check.
    /// An entry matches only the same source bytes, path, format and hedging settings, and
    /// at most `capacity` articles are held (one per worker is enough), so memory stays bounded.
    static let recent = Recent()

    final class Recent: @unchecked Sendable {
        private struct Entry {
            var article: Article
            var settings: GroupSettings
            var sentences: [ClaimSentence]
        }

        private let capacity = 8
        private let lock = NSLock()
        private var entries: [Entry] = []

        func sentences(
            of article: Article, settings: GroupSettings, read: () -> [ClaimSentence]
        ) -> [ClaimSentence] {
            lock.lock()
            let found = entries.first { entry in
                entry.settings == settings && entry.article.path == article.path
                    && entry.article.format == article.format && entry.article.source == article.source
            }
            lock.unlock()
            if let found { return found.sentences }
            let sentences = read()
            lock.lock()
            if entries.count >= capacity { entries.removeFirst() }
            entries.append(Entry(article: article, settings: settings, sentences: sentences))
            lock.unlock()
            return sentences
        }
    }
}
