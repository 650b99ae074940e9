#include "CmarkArena.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/// Allocations and chunk data are aligned to 16 bytes; each allocation is preceded by a
/// 16-byte header holding its size (for realloc).
enum { ALIGNMENT = 16, HEADER = 16, CHUNK_SIZE = 256 * 1024 };

typedef struct chunk {
    struct chunk *previous;
    size_t capacity;
    size_t used;
    size_t padding;  // keeps the data after the header 16-byte aligned
} chunk;

static _Thread_local chunk *current;
/// The chunk kept between parses on this thread (not in `current`'s list).
static _Thread_local chunk *spare;
/// The latest allocation: the only one `free` and `realloc` can change in place.
static _Thread_local unsigned char *latest;
static _Thread_local size_t taken;

static size_t rounded(size_t size) { return (size + (ALIGNMENT - 1)) & ~(size_t)(ALIGNMENT - 1); }

static unsigned char *data(chunk *block) { return (unsigned char *)(block + 1); }

static size_t stored_size(void *pointer) { return *(size_t *)((unsigned char *)pointer - HEADER); }

static void out_of_memory(void) {
    // cmark-gfm's own allocator aborts the same way.
    fprintf(stderr, "[cmark] arena allocation failed - aborting\n");
    abort();
}

static void *allocate(size_t size) {
    if (size > SIZE_MAX / 2) out_of_memory();
    size_t total = HEADER + rounded(size);
    if (current == NULL || current->capacity - current->used < total) {
        chunk *block;
        if (spare != NULL && total <= spare->capacity) {
            block = spare;
            spare = NULL;
        } else {
            size_t capacity = total > CHUNK_SIZE ? total : CHUNK_SIZE;
            block = malloc(sizeof(chunk) + capacity);
            if (block == NULL) out_of_memory();
            block->capacity = capacity;
        }
        block->used = 0;
        block->previous = current;
        current = block;
    }
    unsigned char *pointer = data(current) + current->used + HEADER;
    *(size_t *)(pointer - HEADER) = size;
    current->used += total;
    taken += total;
    latest = pointer;
    return pointer;
}

static void *arena_calloc(size_t count, size_t size) {
    if (size != 0 && count > SIZE_MAX / size) out_of_memory();
    void *pointer = allocate(count * size);
    memset(pointer, 0, count * size);
    return pointer;
}

static void *arena_realloc(void *pointer, size_t size) {
    if (pointer == NULL) return allocate(size);
    size_t old = stored_size(pointer);
    if (pointer == latest) {
        size_t oldTotal = rounded(old);
        size_t newTotal = rounded(size);
        if (size <= SIZE_MAX / 2 && current->capacity - current->used + oldTotal >= newTotal) {
            current->used = current->used - oldTotal + newTotal;
            taken = taken - oldTotal + newTotal;
            *(size_t *)((unsigned char *)pointer - HEADER) = size;
            return pointer;
        }
    }
    void *moved = allocate(size);
    memcpy(moved, pointer, old < size ? old : size);
    return moved;
}

static void arena_free(void *pointer) {
    if (pointer == NULL || pointer != latest) return;
    size_t total = HEADER + rounded(stored_size(pointer));
    current->used -= total;
    taken -= total;
    latest = NULL;
}

static cmark_mem allocator = {arena_calloc, arena_realloc, arena_free};

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define COPYDESK_ARENA_UNDER_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define COPYDESK_ARENA_UNDER_ASAN 1
#endif

cmark_mem *copydesk_arena_begin(void) {
#ifdef COPYDESK_ARENA_UNDER_ASAN
    // Under AddressSanitizer (the fuzz builds) cmark allocates with malloc, so the sanitizer
    // sees every node and buffer it hands out.
    return NULL;
#else
    copydesk_arena_end();
    return &allocator;
#endif
}

void copydesk_arena_end(void) {
    while (current != NULL) {
        chunk *previous = current->previous;
        if (current->capacity == CHUNK_SIZE && spare == NULL) {
            spare = current;
        } else {
            free(current);
        }
        current = previous;
    }
    latest = NULL;
    taken = 0;
}

size_t copydesk_arena_used(void) { return taken; }

static pthread_mutex_t parse_lock = PTHREAD_MUTEX_INITIALIZER;

void copydesk_cmark_parse_lock(void) { pthread_mutex_lock(&parse_lock); }

void copydesk_cmark_parse_unlock(void) { pthread_mutex_unlock(&parse_lock); }

#if defined(__linux__)
/// jemalloc's control interface, when jemalloc is linked (a weak reference: NULL otherwise).
extern int mallctl(const char *name, void *old, size_t *old_length, void *new, size_t new_length)
    __attribute__((weak));

int copydesk_release_free_pages(void) {
    if (mallctl == NULL) return 0;
    // 4096 is MALLCTL_ARENAS_ALL: every arena.
    return mallctl("arena.4096.purge", NULL, NULL, NULL, 0) == 0;
}
#else
int copydesk_release_free_pages(void) { return 0; }
#endif
