// Not part of the crash guard proper: it shares the guard's module because both look after the
// temporary output files (the guard removes them on a crash; this moves them into place).
#define _GNU_SOURCE
#include "CrashGuard.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#if defined(__linux__)
#include <linux/fs.h>
#include <sys/syscall.h>
#endif

int copydesk_replace_file(const char *temporary, const char *path) {
#if defined(__linux__) && defined(SYS_renameat2) && defined(RENAME_EXCHANGE)
    struct stat target;
    if (lstat(path, &target) == 0 && S_ISREG(target.st_mode)) {
        // Swap the two names in one step: `path` names the new file at once, `temporary` the old
        // one, which goes next. A rename over an existing file makes ext4 (auto_da_alloc) write
        // the new file's data out before the rename returns: 60-90 ms for a 146 MB report here,
        // against about 20 ms to unlink the old file after a swap.
        if (syscall(SYS_renameat2, AT_FDCWD, temporary, AT_FDCWD, path, RENAME_EXCHANGE) == 0) {
            unlink(temporary);
            return 0;
        }
        // EINVAL (a filesystem without the swap), ENOSYS (an old kernel), or the file went
        // away meanwhile: a plain rename decides.
    }
#endif
    return rename(temporary, path);
}
