#ifndef COPYDESK_CRASH_GUARD_H
#define COPYDESK_CRASH_GUARD_H

/// What a user sees when copydesk itself crashes (a Swift trap in a check, a bad memory read).
///
/// A release build traps without a word: the shell says "Illegal instruction" at best, and the
/// temporary file of an `--output` is left beside it. With the guard installed, a fatal signal
/// (SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT) first writes a line naming the file the
/// crashing thread was linting (if it was linting one) and asks for a report, removes the temporary output files in
/// flight, then goes on as the signal would have without the guard (the previous handler or
/// the default: the process ends by the signal, so CI sees it failed). Everything the handler
/// does is async-signal-safe: fixed buffers, `write`, `unlink`, `sigaction`, `raise`.

/// Installs the handlers; call once, first thing. Does nothing the second time.
void copydesk_crash_guard_install(void);

/// Marks `path` as being linted until `copydesk_crash_guard_leave` with the slot returned
/// (-1 when every slot is taken: the path is then not named). Paths longer than the slot are
/// cut short with "...". Any thread.
int copydesk_crash_guard_enter(const char *path);
void copydesk_crash_guard_leave(int slot);

/// Puts a temporary file on the list a crash removes, until `copydesk_crash_guard_forget_file`
/// with the slot returned (-1 when the list is full). Any thread.
int copydesk_crash_guard_add_file(const char *path);
void copydesk_crash_guard_forget_file(int slot);

/// The paths marked now, joined by ", " into `buffer` (for tests); returns their count.
int copydesk_crash_guard_marked(char *buffer, int capacity);

/// Moves the temporary file `temporary` to `path`, replacing what `path` named, in one step
/// (readers of `path` see the old file or the new one, never neither): 0, or -1 with errno set.
/// When `path` is a regular file (Linux), the two names are swapped (`renameat2` with
/// `RENAME_EXCHANGE`) and the old file, now at `temporary`, is unlinked; otherwise, or where the
/// filesystem cannot swap, `rename`. Unlike `rename` on ext4, the swap does not write the new
/// file's data to disk first: a power cut soon after can leave `path` empty, as it can for a
/// file written where none was. Defined in ReplaceFile.c.
int copydesk_replace_file(const char *temporary, const char *path);

#endif
