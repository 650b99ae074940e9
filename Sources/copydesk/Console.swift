import Foundation
import Pipeline

enum CopydeskVersion {
    static let current = Pipeline.version
}

/// The only place that writes to the terminal.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Colour when stdout is a terminal, NO_COLOR is unset and TERM is not dumb.
    static func wantsColor(_ mode: ColorMode) -> Bool {
        switch mode {
        case .always: return true
        case .never: return false
        case .auto:
            let environment = ProcessInfo.processInfo.environment
            if environment["NO_COLOR"].map({ !$0.isEmpty }) == true { return false }
            if environment["TERM"] == "dumb" { return false }
            return isatty(STDOUT_FILENO) == 1
        }
    }
}

enum ColorMode: String, CaseIterable, Sendable {
    case auto, always, never
}
