#include "CrashGuard.h"

#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <unistd.h>

// Slots: a path is copied into a free slot, then the slot is published; the handler reads
// published slots only. A slot is claimed by a compare-and-swap from FREE to CLAIMED.
enum { FREE = 0, CLAIMED = 1, PUBLISHED = 2 };
enum { PATH_SLOTS = 64, FILE_SLOTS = 16, PATH_BYTES = 1024 };

struct slot {
    _Atomic int state;
    char path[PATH_BYTES];
};

static struct slot linting[PATH_SLOTS];
// The slot of the file this thread is linting: a fault is handled on the thread that made it,
// so the handler names that file alone.
static _Thread_local int current = -1;
static struct slot temporaries[FILE_SLOTS];

static const int guarded[] = {SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT};
enum { GUARDED = sizeof guarded / sizeof guarded[0] };
static struct sigaction previous[GUARDED];
static atomic_flag installed = ATOMIC_FLAG_INIT;
static atomic_flag reported = ATOMIC_FLAG_INIT;

static int claim(struct slot *slots, int count, const char *path) {
    for (int index = 0; index < count; index++) {
        int expected = FREE;
        if (atomic_compare_exchange_strong(&slots[index].state, &expected, CLAIMED)) {
            size_t length = strlen(path);
            if (length >= PATH_BYTES) {
                // Cut short, keeping the end (the file's own name) after "...".
                memcpy(slots[index].path, "...", 3);
                memcpy(slots[index].path + 3, path + length - (PATH_BYTES - 4), PATH_BYTES - 4);
                slots[index].path[PATH_BYTES - 1] = 0;
            } else {
                memcpy(slots[index].path, path, length + 1);
            }
            atomic_store(&slots[index].state, PUBLISHED);
            return index;
        }
    }
    return -1;
}

static void release(struct slot *slots, int count, int index) {
    if (index >= 0 && index < count) atomic_store(&slots[index].state, FREE);
}

int copydesk_crash_guard_enter(const char *path) {
    int slot = claim(linting, PATH_SLOTS, path);
    current = slot;
    return slot;
}

void copydesk_crash_guard_leave(int slot) {
    if (current == slot) current = -1;
    release(linting, PATH_SLOTS, slot);
}
int copydesk_crash_guard_add_file(const char *path) { return claim(temporaries, FILE_SLOTS, path); }
void copydesk_crash_guard_forget_file(int slot) { release(temporaries, FILE_SLOTS, slot); }

// Appends `text` to `buffer` (NUL-terminated, never past `capacity`); returns the new length.
static int append(char *buffer, int length, int capacity, const char *text) {
    while (*text && length < capacity - 1) buffer[length++] = *text++;
    buffer[length] = 0;
    return length;
}

int copydesk_crash_guard_marked(char *buffer, int capacity) {
    int length = 0, count = 0;
    if (capacity > 0) buffer[0] = 0;
    for (int index = 0; index < PATH_SLOTS; index++) {
        if (atomic_load(&linting[index].state) != PUBLISHED) continue;
        if (count > 0) length = append(buffer, length, capacity, ", ");
        length = append(buffer, length, capacity, linting[index].path);
        count += 1;
    }
    return count;
}

static const char *describe(int number) {
    switch (number) {
    case SIGILL: return "SIGILL (a failed safety check in copydesk's code)";
    case SIGTRAP: return "SIGTRAP (a failed safety check in copydesk's code)";
    case SIGSEGV: return "SIGSEGV (a bad memory access)";
    case SIGBUS: return "SIGBUS (a bad memory access)";
    case SIGFPE: return "SIGFPE (an arithmetic error)";
    case SIGABRT: return "SIGABRT (an abort)";
    default: return "a fatal signal";
    }
}

static void write_all(const char *text, int length) {
    while (length > 0) {
        ssize_t written = write(STDERR_FILENO, text, (size_t)length);
        if (written <= 0) return;
        text += written;
        length -= (int)written;
    }
}

static void on_fatal_signal(int number, siginfo_t *info, void *context) {
    (void)context;
    // Only the first crashing thread reports. Every guarded signal is blocked while a handler
    // runs, so a fault in the handler itself ends the process instead of coming back here; a
    // second thread that crashes meanwhile waits for the first one to end the process.
    if (!atomic_flag_test_and_set(&reported)) {
        static char message[PATH_BYTES + 1024];
        int capacity = (int)sizeof message;
        // The crashing thread's file; a crash on another thread (the report writer's, say) is
        // not that of the files being linted meanwhile, so none is named then.
        const char *path = NULL;
        if (current >= 0 && atomic_load(&linting[current].state) == PUBLISHED) path = linting[current].path;
        int length = append(message, 0, capacity, "copydesk: internal error: ");
        length = append(message, length, capacity, describe(number));
        if (path) {
            length = append(message, length, capacity, " while linting ");
            length = append(message, length, capacity, path);
        }
        length = append(
            message, length, capacity,
            "\ncopydesk: this is a bug in copydesk, not a problem in the article; the run stopped and its report "
            "is incomplete (output files were left as they were). Please report it with ");
        length = append(message, length, capacity, path ? "that file.\n" : "the command you ran.\n");
        write_all(message, length);
        for (int index = 0; index < FILE_SLOTS; index++) {
            if (atomic_load(&temporaries[index].state) == PUBLISHED) unlink(temporaries[index].path);
        }
    } else {
        for (;;) pause();
    }
    // As without the guard: the previous handler (or the default action) takes the signal.
    for (int index = 0; index < GUARDED; index++) {
        if (guarded[index] == number) sigaction(number, &previous[index], NULL);
    }
    // A fault (a trap instruction, a bad access) happens again when the handler returns, with
    // its own context for whatever handles it next. A signal that was sent (abort, kill) or a
    // breakpoint trap, which resumes after the instruction, is raised again instead; it is
    // blocked until the handler returns.
    if (number == SIGTRAP || info == NULL || info->si_code <= 0) raise(number);
}

void copydesk_crash_guard_install(void) {
    if (atomic_flag_test_and_set(&installed)) return;
    for (int index = 0; index < GUARDED; index++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_sigaction = on_fatal_signal;
        action.sa_flags = SA_SIGINFO;
        sigemptyset(&action.sa_mask);
        for (int other = 0; other < GUARDED; other++) sigaddset(&action.sa_mask, guarded[other]);
        sigaction(guarded[index], &action, &previous[index]);
    }
}
