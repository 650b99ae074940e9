#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver entry point (SwiftPM hides libFuzzer's own main on Linux).
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));
