import ArgumentParser
import Foundation
import Pipeline

struct PolicyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy", abstract: "Check and show style policies.",
        subcommands: [Validate.self, Show.self])

    struct Validate: AsyncParsableCommand {
        // Named here, as every command is: ArgumentParser otherwise derives the name from the
        // type's name at every start, through reflection (some 3 M instructions a name).
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Check a policy file: errors exit 2, warnings (unknown keys, did-you-mean) are printed.")

        @Argument(help: "The policy file.")
        var file: String

        func run() async throws {
            do {
                let warnings = try PolicyService().validate(file: file)
                for warning in warnings { Console.err(warning) }
                Console.out(
                    "\(file): valid\(warnings.isEmpty ? "" : " with \(warnings.count) warning\(warnings.count == 1 ? "" : "s")")\n"
                )
            } catch {
                Console.err(error.description)
                throw ExitCode(2)
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Print the effective, merged policy as YAML.")

        @Option(help: "A policy file or built-in name; else .copydesk.yml found upward, else default.")
        var policy: String?

        func run() async throws {
            do {
                let shown = try PolicyService().show(
                    policy: policy, workingDirectory: FileManager.default.currentDirectoryPath)
                for warning in shown.warnings { Console.err(warning) }
                Console.out(shown.yaml)
            } catch {
                Console.err(error.description)
                throw ExitCode(2)
            }
        }
    }
}
