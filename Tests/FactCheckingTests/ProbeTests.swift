import ArticleLoading
import CopydeskCore
import FactChecking
import Foundation
import Testing

struct ProbeTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["PROBE"] != nil)) func probe() throws {
        let folder = "/work/shared/data/articles"
        for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() where !name.hasSuffix(".json") {
            let article = try ArticleLoader().load(path: folder + "/" + name)
            let result = FactCheckStage(policy: Policy(), registry: Fixture.health).run(on: article)
            print("FILE", name, article.sentences.count, "sentences", result.claims.count, "claims")
            for f in result.findings { print("  F", f.summary, "|", f.match) }
            for c in result.claims { print("  C", c.summary, "|", c.text.prefix(110)) }
        }
    }
}
