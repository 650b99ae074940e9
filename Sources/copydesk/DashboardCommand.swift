import ArgumentParser
import CopydeskCore
import Foundation
import Reporting

struct DashboardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Build a static HTML dashboard from saved JSON reports.",
        discussion: """
            Reports are put in time order by their files' modification times (ties keep the \
            order given), or with --order given, in the order given. Each article is shown as the \
            latest report that includes it saw it. An unreadable or non-report file is named on \
            standard error and skipped; the page is built from the rest and the exit code is 2.

            Example:
              copydesk lint --format json -o reports/monday.json articles/
              copydesk dashboard reports/*.json --output reports/dashboard.html
            """)

    @Argument(help: "Saved JSON reports from 'copydesk lint --format json'.")
    var reports: [String] = []

    @Option(name: [.short, .long], help: "Write the page to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: "Report order for the trend: mtime (file modification time) or given.")
    var order: String = "mtime"

    @Option(help: "The page's title.")
    var title: String = "copydesk dashboard"

    func validate() throws {
        if reports.isEmpty {
            throw ValidationError("give at least one JSON report, e.g. copydesk dashboard report.json")
        }
        if !["mtime", "given"].contains(order) {
            throw ValidationError("--order \(order): expected one of mtime, given")
        }
        if let output, let input = reports.first(where: { OutputFile.sameFile($0, output) }) {
            throw ValidationError("--output \(output) is an input report (\(input)); choose another file")
        }
    }

    func run() async throws {
        var inputs: [DashboardInput] = []
        var failed = false
        for path in reports {
            do {
                inputs.append(try Self.load(path))
            } catch {
                Console.err("copydesk: error: \(error.description)")
                failed = true
            }
        }
        guard !inputs.isEmpty else {
            Console.err("copydesk: error: \(DashboardError.noReports.description)")
            throw ExitCode(2)
        }
        let page = DashboardRenderer(title: title, sortsByDate: order == "mtime").render(inputs)
        if let output {
            do {
                try OutputFile.write(page, to: output)
            } catch {
                Console.err("copydesk: error: \(error.description)")
                throw ExitCode(2)
            }
        } else {
            Console.out(page)
        }
        if failed { throw ExitCode(2) }
    }

    /// Reads and decodes one report; its date is the file's modification time.
    static func load(_ path: String) throws(DashboardError) -> DashboardInput {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path, reason: Self.reason(for: path) ?? error.localizedDescription)
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let date = attributes?[.modificationDate] as? Date
        return try DashboardInput.decode(data, name: path, date: date)
    }

    /// A plain reason for the common failures: a missing file, a folder, no permission.
    private static func reason(for path: String) -> String? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return "no such file" }
        if isFolder.boolValue { return "is a folder; give the JSON report files" }
        return FileManager.default.isReadableFile(atPath: path) ? nil : "permission denied"
    }
}
