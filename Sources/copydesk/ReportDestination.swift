import Foundation
import Reporting

/// Where a report goes: standard output, written as it is made, or an `--output` file,
/// written whole or not at all (a temporary file moved into place at `commit`; a device or a pipe
/// is written straight through).
final class ReportDestination {
    let output: ReportOutput
    private let pending: OutputFile.Pending?

    /// `progress` is erased before anything reaches standard output, so lines do not mix.
    init(path: String?, progress: ProgressLine?) throws(OutputFile.Failure) {
        if let path {
            let pending = try OutputFile.Pending(path: path)
            self.pending = pending
            output = pending.output
        } else {
            pending = nil
            output = ReportOutput(descriptor: STDOUT_FILENO, name: "standard output")
            if let progress { output.beforeFlush = { progress.erase() } }
        }
    }

    /// Flushes standard output, or puts the finished file in place.
    func commit() throws(OutputFile.Failure) {
        if let pending {
            try pending.commit()
        } else {
            do {
                try output.flush()
            } catch {
                throw OutputFile.Failure(description: error.description)
            }
        }
    }

    /// Leaves an `--output` file as it was; what reached standard output stays there.
    func discard() {
        pending?.discard()
    }
}

extension Error {
    /// The error's own message.
    var message: String { String(describing: self) }
}
