import ArticleLoading
import Benchmark
import Checks
import CopydeskCore
import FactChecking
import Foundation
import Pipeline
import Reporting

/// The hot stages one at a time, on one article of about 60 KB made of the project's
/// examples (Markdown, plain text, HTML), with wall clock, throughput and malloc counts.
let benchmarks: @Sendable () -> Void = {
    let metrics: [BenchmarkMetric] = [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident]
    let configuration = Benchmark.Configuration(metrics: metrics, maxDuration: .seconds(3), maxIterations: 2_000)

    let markdown = Fixture.article("intermittent-fasting.md")
    let text = Fixture.article("vitamin-d.txt")
    let html = Fixture.article("sleep-and-memory.html")
    let loader = ArticleLoader()

    // Stage 1: parse and segment (loading includes sentence segmentation and positions).
    Benchmark("Load markdown (\(markdown.count / 1000) KB)", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try loader.load(path: "a.md", bytes: markdown)) }
    }
    Benchmark("Load text (\(text.count / 1000) KB)", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try loader.load(path: "a.txt", bytes: text)) }
    }
    Benchmark("Load html (\(html.count / 1000) KB)", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try loader.load(path: "a.html", bytes: html)) }
    }

    // Word tokens, the vocabulary every check leans on.
    let article = try! loader.load(path: "a.md", bytes: markdown)
    let sentences = article.sentences.map(\.text)
    Benchmark("Words.tokens (every sentence)", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            for sentence in sentences { blackHole(Words.tokens(in: sentence)) }
        }
    }

    // Stage 3: each check group alone, then all of them with the default and medical policies.
    let groups: [(String, Category)] = [
        ("hedging", .hedging), ("citations", .citation), ("repetition", .repetition),
        ("medical claims", .medicalClaim),
    ]
    for (name, category) in groups {
        let registry = CheckRegistry(checks: CheckRegistry.builtIn.checks.filter { $0.description.category == category })
        let stage = ChecksStage(policy: Policy(), registry: registry)
        Benchmark("Checks \(name)", configuration: configuration) { benchmark in
            for _ in benchmark.scaledIterations { blackHole(stage.analyze(article)) }
        }
    }
    let all = ChecksStage(policy: Policy())
    Benchmark("Checks all (default policy)", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(all.analyze(article)) }
    }

    // Stage 4: the claim ledger and fact-check findings.
    let facts = FactCheckStage(policy: Policy())
    Benchmark("Claim ledger and fact checks", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(facts.run(on: article)) }
    }

    // Stage 5: the JSON report of a whole lint run over the fixture.
    let folder = Fixture.folder(markdown: markdown, text: text, html: html)
    let outcome = try! Pipeline().lint(LintRequest(paths: [folder], workingDirectory: folder, failOn: nil))
    Benchmark("JSON report (\(outcome.report.summary.findings) findings)", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try JSONReporter().render(outcome.report)) }
    }

    // End to end in process: load, check, fact-check, sort, for the three files.
    Benchmark("Pipeline lint (3 files, --jobs 1)", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try Pipeline().lint(LintRequest(paths: [folder], workingDirectory: folder, failOn: nil)))
        }
    }
}

/// Benchmark inputs made from the project's examples/ folder.
enum Fixture {
    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples")

    /// One example repeated to about 60 KB as a single article (front matter kept once).
    static func article(_ name: String, bytes target: Int = 60_000) -> [UInt8] {
        let data = try! Data(contentsOf: examples.appendingPathComponent(name))
        var body = [UInt8](data)
        var head: [UInt8] = []
        if name.hasSuffix(".md"), body.starts(with: Array("---\n".utf8)),
            let end = body.indices.dropFirst(4).first(where: { body[$0...].starts(with: Array("\n---\n".utf8)) })
        {
            head = Array(body[..<(end + 5)])
            body = Array(body[(end + 5)...])
        }
        if name.hasSuffix(".html") {
            // Repeat the page's body inside one document.
            let page = String(decoding: body, as: UTF8.self)
            let inner = page.components(separatedBy: "<body>").last?.components(separatedBy: "</body>").first ?? page
            let repeats = max(1, target / max(1, inner.utf8.count))
            return Array(("<html><body>" + String(repeating: inner, count: repeats) + "</body></html>").utf8)
        }
        var out = head
        while out.count < target { out += body + Array("\n".utf8) }
        return out
    }

    /// A scratch folder with the three articles, for the in-process pipeline.
    static func folder(markdown: [UInt8], text: [UInt8], html: [UInt8]) -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-bench-\(getpid())")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try! Data(markdown).write(to: url.appendingPathComponent("a.md"))
        try! Data(text).write(to: url.appendingPathComponent("b.txt"))
        try! Data(html).write(to: url.appendingPathComponent("c.html"))
        return url.path
    }
}
