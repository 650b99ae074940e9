import CopydeskCore
import FactChecking
import Testing

struct ProbeTests {
    @Test func probe() throws {
        let md = "# Coffee and the brain\n\nCoffee drinking is linked to a lower risk of dementia.[^1] A 2019 trial found that caffeine may improve alertness. We met in a café.\n\nDoctors should ask patients about sleep.\n\n- Decaf reduces acid reflux in 40% of people.\n\n```\nCoffee cures cancer.\n```\n\n[^1]: Smith J. Coffee and dementia. BMJ. 2019.\n"
        let txt = "Coffee and the brain\n\nCoffee drinking is linked to a lower risk of dementia [1]. A 2019 trial found that caffeine may improve alertness. We met in a café.\n\nDoctors should ask patients about sleep.\n\n- Decaf reduces acid reflux in 40% of people.\n\nReferences\n\n1. Smith J. Coffee and dementia. BMJ. 2019.\n"
        let html = "<html><head><title>Coffee and the brain</title></head><body><h1>Coffee and the brain</h1><p>Coffee drinking is linked to a lower risk of dementia.<sup><a href=\"#r1\">1</a></sup> A 2019 trial found that caffeine may improve alertness. We met in a café.</p><p>Doctors should ask patients about sleep.</p><ul><li>Decaf reduces acid reflux in 40% of people.</li></ul><pre>Coffee cures cancer.</pre><ol><li id=\"r1\">Smith J. Coffee and dementia. BMJ. 2019.</li></ol></body></html>"
        for (text, format) in [(md, ArticleFormat.markdown), (txt, .text), (html, .html)] {
            let article = try Fixture.article(text, format: format)
            print("FORMAT", format)
            print("REFS", article.references.map { "\($0.label)|\($0.text)|\($0.range.start.line):\($0.range.start.column)" })
            print("MARKERS", article.citationMarkers.map { "\($0.label)@\($0.blockIndex):\($0.textOffset)" })
            print("BLOCKS", article.blocks.map { "\($0.kind.name)|\($0.text)" })
            let result = FactCheckStage(policy: Policy(), registry: Fixture.health).run(on: article)
            print("CLAIMS", result.claims.map { "\($0.summary) \($0.range.start.column)-\($0.range.end.column)" })
            print("FINDINGS", result.findings.map(\.summary))
        }
    }
}
