import ArgumentParser
import Pipeline
import Reporting

struct RulesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "List every check with its description and examples.")

    @Option(help: "text, json or markdown (docs/rules.md is the markdown output).")
    var format: String = "text"

    func validate() throws {
        if !["text", "json", "markdown"].contains(format) {
            throw ValidationError("--format \(format): expected one of text, json, markdown")
        }
    }

    func run() async throws {
        let document = RulesDocument(descriptions: Pipeline().descriptions)
        switch format {
        case "json": Console.out(try document.json())
        case "markdown": Console.out(document.markdown())
        default: Console.out(document.text())
        }
    }
}
