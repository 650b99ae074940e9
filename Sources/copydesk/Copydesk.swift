import ArgumentParser
import Foundation

@main
struct Copydesk: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copydesk",
        abstract: "Lint articles for hedging, missing citations, repetition and medical-claim wording.",
        discussion: """
            Examples:
              copydesk lint articles/                    lint a folder with .copydesk.yml or the default policy
              copydesk lint --policy medical draft.md    lint with the built-in medical policy
              copydesk lint --format json -o report.json articles/
              cat draft.md | copydesk lint - --stdin-filename draft.md
              copydesk rules                             every check, with examples

            Exit codes: 0 clean; 1 findings at or above --fail-on; 2 usage error, bad policy,
            or an input that could not be read (the other inputs are still linted).
            """,
        version: "copydesk \(CopydeskVersion.current)",
        subcommands: [
            LintCommand.self, ClaimsCommand.self, MergeCommand.self, RulesCommand.self, PolicyCommand.self,
            DashboardCommand.self,
        ])

    /// Runs the command; usage errors exit 2 (DESIGN.md), not ArgumentParser's 64.
    static func main() async {
        Interruption.install()
        // The usual `lint` command line is read without ArgumentParser; any other, or one that
        // does not validate, goes to ArgumentParser, which reads it the same way or says why not.
        if let options = LintOptions(plainArguments: CommandLine.arguments.dropFirst()),
            (try? options.validate()) != nil
        {
            do {
                try await options.run()
            } catch let exit as ExitCode {
                // As `exit(withError:)` ends for an `ExitCode`: no message, that status.
                Foundation.exit(exit.rawValue)
            } catch {
                fail(error)
            }
            return
        }
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            fail(error)
        }
    }

    private static func fail(_ error: any Error) -> Never {
        let code = exitCode(for: error)
        if code == .success || code == .failure || error is ExitCode {
            exit(withError: error)
        }
        let message = fullMessage(for: error)
        if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
        Foundation.exit(2)
    }
}
