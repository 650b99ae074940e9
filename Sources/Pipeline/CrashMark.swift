import CrashGuard
import Foundation

/// Names a file in copydesk's crash message while it is linted (CrashGuard.h): a user who hits
/// a bug in a check learns which article to send, not just "Illegal instruction".
struct CrashMark {
    /// The guard's slot, or -1 when every slot is taken (the file is then not named).
    let slot: Int32

    init(_ path: String) {
        // Lent in place (a native string's UTF-8 ends with a NUL): handed over as a `String`,
        // the path was copied into a new array (`utf8CString`) and freed, about 400
        // instructions a file.
        slot = path.withCString { copydesk_crash_guard_enter($0) }
        if let trigger = Self.testTrigger, !trigger.isEmpty, path.hasSuffix(trigger) {
            preconditionFailure("COPYDESK_TEST_CRASH_ON: a crash on \(path), for copydesk's own tests")
        }
    }

    func end() { copydesk_crash_guard_leave(slot) }

    /// `COPYDESK_TEST_CRASH_ON=NAME` makes linting a file whose path ends with NAME crash, so
    /// the end-to-end tests can see what a user sees when a check traps. Read once.
    static let testTrigger: String? = getenv("COPYDESK_TEST_CRASH_ON").map { String(cString: $0) }
}
