#include "CmarkArena.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#ifndef __has_feature
#define __has_feature(feature) 0
#endif

/// Allocations and chunk data are aligned to 16 bytes; each allocation is preceded by a
/// 16-byte header holding its size (for realloc).
///
/// cmark allocates everything with `calloc` (nodes) or `realloc` (buffers), a few hundred
/// thousand calls per Markdown file, so both are a few instructions on their usual path: the
/// thread's arena is one thread-local struct, and the next allocation goes at `next` while it
/// fits before `limit`. Zeroing is done ahead in blocks rather than allocation by allocation:
/// the bytes from `dirty` (the furthest `next` has been in the chunk) to `zeroed` are known to
/// be zero, so a `calloc` placed there needs no `memset` of its own.
enum {
    ALIGNMENT = 16,
    HEADER = 16,
    CHUNK_SIZE = 256 * 1024,
    /// Bytes zeroed at a time ahead of `dirty`: one `memset` that stays a vector loop (glibc
    /// switches to `rep stosb` above 2 KB).
    ZERO_AHEAD = 2048,
};

typedef struct chunk {
    struct chunk *previous;
    size_t capacity;
    size_t used;
    size_t padding;  // keeps the data after the header 16-byte aligned
} chunk;

typedef struct arena_state {
    /// Where the next allocation's header goes in `current`, and the end of its data (both NULL
    /// when there is no chunk).
    unsigned char *next;
    unsigned char *limit;
    /// The furthest `next` has been in `current`: bytes before it may have been written.
    unsigned char *dirty;
    /// Bytes from `dirty` up to here are zero (never before `dirty`).
    unsigned char *zeroed;
    /// The latest allocation: the only one `free` and `realloc` can change in place.
    unsigned char *latest;
    chunk *current;
    /// The chunk kept between parses on this thread (not in `current`'s list).
    chunk *spare;
    /// Bytes taken from the chunks before `current`.
    size_t taken_before;
} arena_state;

/// Initial-exec: the arena is reached with one load from the thread pointer (the library is
/// linked into the executable, never loaded later with dlopen).
static _Thread_local arena_state arena __attribute__((tls_model("initial-exec")));

static size_t rounded(size_t size) { return (size + (ALIGNMENT - 1)) & ~(size_t)(ALIGNMENT - 1); }

static unsigned char *data(chunk *block) { return (unsigned char *)(block + 1); }

static size_t stored_size(void *pointer) { return *(size_t *)((unsigned char *)pointer - HEADER); }

__attribute__((noreturn, noinline, cold)) static void out_of_memory(void) {
    // cmark-gfm's own allocator aborts the same way.
    fprintf(stderr, "[cmark] arena allocation failed - aborting\n");
    abort();
}

/// Makes room for `total` bytes (header included) in a new current chunk: the spare, or a new one.
__attribute__((noinline)) static void next_chunk(arena_state *state, size_t total) {
    if (state->current != NULL) {
        state->current->used = (size_t)(state->next - data(state->current));
        state->taken_before += state->current->used;
    }
    chunk *block;
    if (state->spare != NULL && total <= state->spare->capacity) {
        block = state->spare;
        state->spare = NULL;
    } else {
        size_t capacity = total > CHUNK_SIZE ? total : CHUNK_SIZE;
        block = malloc(sizeof(chunk) + capacity);
        if (block == NULL) out_of_memory();
        block->capacity = capacity;
    }
    block->used = 0;
    block->previous = state->current;
    state->current = block;
    state->next = data(block);
    state->limit = data(block) + block->capacity;
    state->dirty = state->next;
    state->zeroed = state->next;
}

/// Moves `dirty` on to `end` (past it), and `zeroed` with it when it was not further yet.
static inline void grow_dirty(arena_state *state, unsigned char *end) {
    state->dirty = end;
    if (end > state->zeroed) state->zeroed = end;
}

/// Takes `size` bytes (not zeroed) at `next`: room has been made for them.
static inline unsigned char *take_here(arena_state *state, size_t size) {
    unsigned char *header = state->next;
    *(size_t *)header = size;
    state->next = header + HEADER + rounded(size);
    if (state->next > state->dirty) grow_dirty(state, state->next);
    state->latest = header + HEADER;
    return header + HEADER;
}

/// Takes `size` bytes (not zeroed) in a new chunk when the current one has no room for them.
__attribute__((noinline)) static unsigned char *take_slowly(arena_state *state, size_t size) {
    if (size > SIZE_MAX / 2) out_of_memory();
    size_t total = HEADER + rounded(size);
    if ((size_t)(state->limit - state->next) < total) next_chunk(state, total);
    return take_here(state, size);
}

/// Takes `size` bytes (not zeroed) at the end of the current chunk, or in a new one.
static inline unsigned char *take(arena_state *state, size_t size) {
    if (size <= SIZE_MAX / 2 && HEADER + rounded(size) <= (size_t)(state->limit - state->next)) {
        return take_here(state, size);
    }
    return take_slowly(state, size);
}

/// Zeroes the `size` bytes at `pointer` that are not known to be zero, and the bytes up to
/// `ZERO_AHEAD` after them that are not either; `dirty` has not moved past them yet.
static void zero(arena_state *state, unsigned char *pointer, size_t size) {
    unsigned char *end = pointer + size;
    // Bytes before `dirty`: given back by `free` or a shrinking `realloc`, then taken again.
    if (pointer < state->dirty) memset(pointer, 0, (size_t)((end < state->dirty ? end : state->dirty) - pointer));
    // Bytes from `dirty` to `zeroed` are zero; those from `zeroed` on are not known to be.
    unsigned char *from = state->zeroed;
    if (from < end) {
        size_t length = (size_t)(end - from) > ZERO_AHEAD ? (size_t)(end - from) : ZERO_AHEAD;
        size_t room = (size_t)(state->limit - from);
        if (length > room) length = room;
        memset(from, 0, length);
        state->zeroed = from + length;
    }
}

/// `calloc` when the bytes at `dirty` are not known to be zero, or there is no room.
__attribute__((noinline)) static void *calloc_slowly(arena_state *state, size_t size) {
    if (size > SIZE_MAX / 2) out_of_memory();
    size_t total = HEADER + rounded(size);
    if ((size_t)(state->limit - state->next) < total) next_chunk(state, total);
    zero(state, state->next + HEADER, size);
    return take_here(state, size);
}

static void *arena_calloc(size_t count, size_t size) {
    size_t bytes;
    if (__builtin_mul_overflow(count, size, &bytes)) out_of_memory();
    arena_state *state = &arena;
    unsigned char *header = state->next;
    // Usually: taken at `dirty`, within the bytes known to be zero (they end before `limit`).
    if (header == state->dirty && bytes <= SIZE_MAX / 2 &&
        HEADER + rounded(bytes) <= (size_t)(state->zeroed - header)) {
        unsigned char *end = header + HEADER + rounded(bytes);
        *(size_t *)header = bytes;
        state->next = end;
        state->dirty = end;
        state->latest = header + HEADER;
        return header + HEADER;
    }
    return calloc_slowly(state, bytes);
}

/// `realloc` of an allocation that cannot stay where it is: a copy at the end.
__attribute__((noinline)) static void *moved(arena_state *state, void *pointer, size_t size) {
    size_t old = stored_size(pointer);
    unsigned char *copy = take(state, size);
    memcpy(copy, pointer, old < size ? old : size);
    return copy;
}

static void *arena_realloc(void *pointer, size_t size) {
    arena_state *state = &arena;
    if (pointer == NULL) return take(state, size);
    // The latest allocation grows or shrinks in place while it fits.
    if (pointer == state->latest && size <= SIZE_MAX / 2 &&
        rounded(size) <= (size_t)(state->limit - (unsigned char *)pointer)) {
        unsigned char *end = (unsigned char *)pointer + rounded(size);
        state->next = end;
        if (end > state->dirty) grow_dirty(state, end);
        *(size_t *)((unsigned char *)pointer - HEADER) = size;
        return pointer;
    }
    return moved(state, pointer, size);
}

static void arena_free(void *pointer) {
    arena_state *state = &arena;
    if (pointer == NULL || pointer != state->latest) return;
    state->next = (unsigned char *)pointer - HEADER;
    state->latest = NULL;
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

/// A thread-local variable has no destructor of its own: the spare chunk is freed, when its
/// thread ends, by a thread-specific key's destructor, which still runs on that thread.
static pthread_key_t spare_key;
static pthread_once_t spare_key_once = PTHREAD_ONCE_INIT;
static _Thread_local int spare_registered;

/// Spare chunks freed as their threads ended (for tests).
static size_t spares_freed;

static void free_spare(void *unused) {
    (void)unused;
    arena_state *state = &arena;
    if (state->spare == NULL) return;
    free(state->spare);
    state->spare = NULL;
    __atomic_fetch_add(&spares_freed, 1, __ATOMIC_RELAXED);
}

size_t copydesk_arena_spares_freed(void) { return __atomic_load_n(&spares_freed, __ATOMIC_RELAXED); }

static void make_spare_key(void) { (void)pthread_key_create(&spare_key, free_spare); }

/// Makes sure this thread's spare chunk is freed when the thread ends (once per thread).
__attribute__((noinline, cold)) static void register_spare(void) {
    pthread_once(&spare_key_once, make_spare_key);
    // Any value but NULL: the key's destructor runs only for threads that set one.
    if (pthread_setspecific(spare_key, &spare_registered) == 0) spare_registered = 1;
}

void copydesk_arena_end(void) {
    arena_state *state = &arena;
    while (state->current != NULL) {
        chunk *previous = state->current->previous;
        if (state->current->capacity == CHUNK_SIZE && state->spare == NULL) {
            state->spare = state->current;
            if (!spare_registered) register_spare();
        } else {
            free(state->current);
        }
        state->current = previous;
    }
    state->next = NULL;
    state->limit = NULL;
    state->dirty = NULL;
    state->zeroed = NULL;
    state->latest = NULL;
    state->taken_before = 0;
}

size_t copydesk_arena_used(void) {
    arena_state *state = &arena;
    if (state->current == NULL) return 0;
    return state->taken_before + (size_t)(state->next - data(state->current));
}

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

/// Whether `text[index..<index + 16]` holds an `@`, a `/`, two `w` in a row (reading one byte
/// further), `[` or `]`: what every match `copydesk_autolink_hint` looks for holds. Sixteen bytes at a time
/// with SSE2 where there is SSE2.
static int may_hold_autolink(const unsigned char *text) {
#if defined(__SSE2__)
    __m128i bytes = _mm_loadu_si128((const __m128i *)text);
    __m128i next = _mm_loadu_si128((const __m128i *)(text + 1));
    __m128i w = _mm_set1_epi8('w');
    __m128i brackets = _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('[')), _mm_cmpeq_epi8(bytes, _mm_set1_epi8(']')));
    __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('@')),
                                            _mm_cmpeq_epi8(bytes, _mm_set1_epi8('/'))),
                               _mm_or_si128(_mm_and_si128(_mm_cmpeq_epi8(bytes, w), _mm_cmpeq_epi8(next, w)), brackets));
    return _mm_movemask_epi8(hit) != 0;
#else
    for (int index = 0; index < 16; index++) {
        unsigned char byte = text[index];
        if (byte == '@' || byte == '/' || (byte == 'w' && text[index + 1] == 'w') || byte == '[' || byte == ']') return 1;
    }
    return 0;
#endif
}

/// The bit of `copydesk_autolink_hint` for what starts at `text[index]` (0 for nothing).
static inline int autolink_hint_at(const unsigned char *text, size_t index, size_t length) {
    unsigned char byte = text[index];
    if (byte == '@') return 1;
    if (byte == '[' || byte == ']') return 4;
    if (byte == ':' && index + 3 < length && text[index + 1] == '/' && text[index + 2] == '/') return 2;
    if (byte == 'w' && index + 3 < length && text[index + 1] == 'w' && text[index + 2] == 'w' && text[index + 3] == '.')
        return 2;
    return 0;
}

#if defined(__SSE2__)
/// The bits of `autolink_hint_at` for the sixteen offsets of `text` from 0, all at once (reading
/// 19 bytes): an offset counts for `@` and brackets where its bit is set in `any`, and for `://`
/// and `www.` where it is set in `web` (where three bytes follow it in the text).
static inline int autolink_hint_block(const unsigned char *text, unsigned any, unsigned web) {
    __m128i b0 = _mm_loadu_si128((const __m128i *)text);
    __m128i b1 = _mm_loadu_si128((const __m128i *)(text + 1));
    __m128i b2 = _mm_loadu_si128((const __m128i *)(text + 2));
    __m128i b3 = _mm_loadu_si128((const __m128i *)(text + 3));
    unsigned at = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(b0, _mm_set1_epi8('@'))) & any;
    unsigned brackets = (unsigned)_mm_movemask_epi8(
                            _mm_or_si128(_mm_cmpeq_epi8(b0, _mm_set1_epi8('[')), _mm_cmpeq_epi8(b0, _mm_set1_epi8(']')))) &
                        any;
    __m128i scheme = _mm_and_si128(_mm_cmpeq_epi8(b0, _mm_set1_epi8(':')),
                                   _mm_and_si128(_mm_cmpeq_epi8(b1, _mm_set1_epi8('/')), _mm_cmpeq_epi8(b2, _mm_set1_epi8('/'))));
    __m128i w = _mm_set1_epi8('w');
    __m128i www = _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(b0, w), _mm_cmpeq_epi8(b1, w)),
                                _mm_and_si128(_mm_cmpeq_epi8(b2, w), _mm_cmpeq_epi8(b3, _mm_set1_epi8('.'))));
    unsigned links = (unsigned)_mm_movemask_epi8(_mm_or_si128(scheme, www)) & web;
    return (at != 0) | (links != 0) << 1 | (brackets != 0) << 2;
}
#endif

int copydesk_autolink_hint(const unsigned char *text, size_t length) {
    // Most text nodes hold none of these: ruled out sixteen bytes at a time (a short node
    // through a padded copy), and read byte by byte only from the block that may. The last
    // byte is read only as the one after a block (an `@`, `/` or `w` there starts no link) and
    // on its own for a bracket.
    size_t index = 0;
    if (length < 17) {
#if defined(__SSE2__) && !defined(__SANITIZE_ADDRESS__) && !__has_feature(address_sanitizer)
        // Nineteen bytes read from `text` on, when they stay on its memory page: the bytes past
        // the end are read, never used (their offsets' bits are not asked for).
        if (((uintptr_t)text & 4095) <= 4096 - 19) {
            __m128i bytes = _mm_loadu_si128((const __m128i *)text);
            __m128i next = _mm_loadu_si128((const __m128i *)(text + 1));
            __m128i w = _mm_set1_epi8('w');
            __m128i hit = _mm_or_si128(
                _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('@')), _mm_cmpeq_epi8(bytes, _mm_set1_epi8('/'))),
                _mm_or_si128(_mm_and_si128(_mm_cmpeq_epi8(bytes, w), _mm_cmpeq_epi8(next, w)),
                             _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('[')),
                                          _mm_cmpeq_epi8(bytes, _mm_set1_epi8(']')))));
            if ((_mm_movemask_epi8(hit) & ((1 << length) - 1)) == 0) return 0;
            return autolink_hint_block(text, (1u << length) - 1, length > 3 ? (1u << (length - 3)) - 1 : 0);
        } else
#endif
        {
            unsigned char padded[17] = {0};
            memcpy(padded, text, length);
            if (!may_hold_autolink(padded)) return 0;
        }
    } else {
        while (index + 17 <= length && !may_hold_autolink(text + index)) index += 16;
        if (index + 17 > length) {
            if (!may_hold_autolink(text + length - 17) && text[length - 1] != '[' && text[length - 1] != ']') return 0;
            index = length - 17;
        }
        // A `:` just before the block.
        if (index > 0) index -= 1;
    }
    int found = 0;
#if defined(__SSE2__)
    // From the first block that may hold one on, every offset is asked, sixteen at a time
    // while nineteen bytes are left (the bytes before it start nothing).
    for (; index + 19 <= length && found != 7; index += 16) found |= autolink_hint_block(text + index, 0xFFFF, 0xFFFF);
#endif
    for (; index < length && found != 7; index++) found |= autolink_hint_at(text, index, length);
    return found;
}

#if defined(__SSE2__)
/// For the sixteen bytes at `literal` (reading seventeen) and those at `source`: the offsets
/// where the literal's byte is not the source's or is `&`, `\`, `@`, `/`, `[` or `]` (bits 0-15),
/// and those where it is a `w` with a `w` after it (bits 16-31).
static inline unsigned plain_text_block(const unsigned char *literal, const unsigned char *source) {
    __m128i text = _mm_loadu_si128((const __m128i *)literal);
    __m128i next = _mm_loadu_si128((const __m128i *)(literal + 1));
    __m128i here = _mm_loadu_si128((const __m128i *)source);
    __m128i w = _mm_set1_epi8('w');
    __m128i markup = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(text, _mm_set1_epi8('&')), _mm_cmpeq_epi8(text, _mm_set1_epi8('\\'))),
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(text, _mm_set1_epi8('@')), _mm_cmpeq_epi8(text, _mm_set1_epi8('/'))),
                     _mm_or_si128(_mm_cmpeq_epi8(text, _mm_set1_epi8('[')), _mm_cmpeq_epi8(text, _mm_set1_epi8(']')))));
    unsigned bad = (unsigned)_mm_movemask_epi8(markup) | ((unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(text, here)) ^ 0xFFFFu);
    unsigned ww = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(text, w), _mm_cmpeq_epi8(next, w)));
    return bad | ww << 16;
}

/// Whether the bytes up to `end` (excluded) can be read, the last byte of the memory known to
/// be there being `last`: before it, or on its memory page.
static inline int readable_to(const unsigned char *end, const unsigned char *last) {
    return end <= last + 1 || ((uintptr_t)(end - 1) >> 12) == ((uintptr_t)last >> 12);
}
#endif

long copydesk_plain_text_at(const unsigned char *source, size_t count, size_t from, size_t limit,
                            const unsigned char *literal, size_t length) {
    if (length == 0 || limit > count) return -1;
#if defined(__SSE2__) && !defined(__SANITIZE_ADDRESS__) && !__has_feature(address_sanitizer)
    // Where `copydesk_locate_verbatim` tries the literal (with escapes): the first byte from
    // `from` on that is its first, an `&` or a backslash.
    const unsigned char first = literal[0];
    while (from < limit && source[from] != first && source[from] != '&' && source[from] != '\\') from++;
    if (from > limit || length > limit - from) return -1;
    const unsigned char *at = source + from;
    const unsigned char *last = literal + length - 1;
    if (length < 16) {
        // Seventeen bytes of the literal and sixteen of the source read, those past the
        // literal's end left out.
        if (!readable_to(literal + 17, last) || from + 16 > count) return -1;
        unsigned found = plain_text_block(literal, at);
        unsigned lanes = (1u << length) - 1;
        return (found & lanes) == 0 && (found >> 16 & lanes >> 1) == 0 ? (long)from : -1;
    }
    size_t index = 0;
    for (; index + 16 <= length; index += 16) {
        if (index + 16 == length && !readable_to(literal + length + 1, last)) return -1;
        unsigned found = plain_text_block(literal + index, at + index);
        // The pair at the last byte is no pair when the literal ends there.
        unsigned pairs = index + 16 == length ? 0x7FFFu : 0xFFFFu;
        if ((found & 0xFFFF) != 0 || (found >> 16 & pairs) != 0) return -1;
    }
    if (index < length) {
        // The last bytes, in the sixteen that end the literal (those before, tested again).
        if (!readable_to(literal + length + 1, last)) return -1;
        unsigned found = plain_text_block(literal + length - 16, at + length - 16);
        if ((found & 0xFFFF) != 0 || (found >> 16 & 0x7FFFu) != 0) return -1;
    }
    return (long)from;
#else
    (void)source;
    (void)literal;
    return -1;
#endif
}

#if defined(__SSE2__)
/// The bits of the bytes at `text` (sixteen) that `copydesk_destination_markup` stops at.
static inline unsigned destination_markup_block(const unsigned char *text) {
    __m128i bytes = _mm_loadu_si128((const __m128i *)text);
    // `(` and `)` differ in their lowest bit only: tested together with that bit set.
    __m128i found = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\\')),
                     _mm_cmpeq_epi8(_mm_or_si128(bytes, _mm_set1_epi8(1)), _mm_set1_epi8(')'))),
        _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('<')),
                     _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('"')), _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\'')))));
    return (unsigned)_mm_movemask_epi8(found);
}
#endif

size_t copydesk_destination_markup(const unsigned char *text, size_t length) {
    size_t index = 0;
#if defined(__SSE2__)
    for (; index + 16 <= length; index += 16) {
        unsigned mask = destination_markup_block(text + index);
        if (mask != 0) return index + (size_t)__builtin_ctz(mask);
    }
    if (index == length) return length;
#if !defined(__SANITIZE_ADDRESS__) && !__has_feature(address_sanitizer)
    // The last few bytes: sixteen read from there when they stay on its memory page (the bytes
    // past the end are read, never used), else one by one below.
    if (((uintptr_t)(text + index) & 4095) <= 4096 - 16) {
        unsigned mask = destination_markup_block(text + index) & ((1u << (length - index)) - 1);
        return mask != 0 ? index + (size_t)__builtin_ctz(mask) : length;
    }
#endif
#endif
    for (; index < length; index++) {
        unsigned char byte = text[index];
        if (byte == '\\' || byte == '(' || byte == ')' || byte == '<' || byte == '"' || byte == '\'') return index;
    }
    return length;
}

#if defined(__SSE2__)
/// The bits of the sixteen offsets from `text` (reading nineteen bytes) where
/// `copydesk_quick_text_stop` stops.
static inline unsigned quick_text_stop_block(const unsigned char *text) {
    __m128i b0 = _mm_loadu_si128((const __m128i *)text);
    __m128i b1 = _mm_loadu_si128((const __m128i *)(text + 1));
    __m128i b2 = _mm_loadu_si128((const __m128i *)(text + 2));
    __m128i b3 = _mm_loadu_si128((const __m128i *)(text + 3));
#define QUICK_IS(bytes, c) _mm_cmpeq_epi8(bytes, _mm_set1_epi8(c))
    __m128i breaks = _mm_or_si128(_mm_or_si128(QUICK_IS(b0, '\n'), QUICK_IS(b0, '\r')),
                                  _mm_or_si128(QUICK_IS(b0, '\t'), QUICK_IS(b0, '\\')));
    __m128i code = _mm_or_si128(_mm_or_si128(QUICK_IS(b0, '`'), QUICK_IS(b0, '&')),
                                _mm_or_si128(QUICK_IS(b0, '<'), QUICK_IS(b0, '*')));
    __m128i brackets = _mm_or_si128(_mm_or_si128(QUICK_IS(b0, '_'), QUICK_IS(b0, '[')),
                                    _mm_or_si128(QUICK_IS(b0, ']'), QUICK_IS(b0, '!')));
    __m128i rest = _mm_or_si128(_mm_or_si128(QUICK_IS(b0, '~'), QUICK_IS(b0, '|')), QUICK_IS(b0, '@'));
    __m128i scheme = _mm_and_si128(QUICK_IS(b0, ':'), _mm_and_si128(QUICK_IS(b1, '/'), QUICK_IS(b2, '/')));
    __m128i www = _mm_and_si128(_mm_and_si128(QUICK_IS(b0, 'w'), QUICK_IS(b1, 'w')),
                                _mm_and_si128(QUICK_IS(b2, 'w'), QUICK_IS(b3, '.')));
#undef QUICK_IS
    __m128i all = _mm_or_si128(_mm_or_si128(_mm_or_si128(breaks, code), _mm_or_si128(brackets, rest)),
                               _mm_or_si128(scheme, www));
    return (unsigned)_mm_movemask_epi8(all);
}
#endif

#if defined(__SSE2__) && (defined(__clang__) || defined(__GNUC__))
#include <cpuid.h>
#include <tmmintrin.h>

/// Whether the processor has SSSE3 (`pshufb`): 1 or 0, -1 until asked.
static int quick_text_ssse3 = -1;

/// `copydesk_quick_text_stop` over the sixteen-byte blocks, with SSSE3: each byte's class is
/// looked up by its two nibbles (`pshufb`; a byte is a stop when the bit of its high nibble is
/// in the entry of its low nibble), `:` and `w` among them; a `:` or `w` is a stop only as the
/// start of `://` or `www.`, tested on the bytes. Gives where the blocks end when no stop is in
/// them (`*end`), the offset of the stop otherwise.
__attribute__((target("ssse3"))) static size_t quick_text_stop_ssse3(const unsigned char *text, size_t length,
                                                                      size_t *end) {
    // High nibbles 0, 2, 3, 4, 5, 6, 7 are bits 0 to 6; each low nibble's entry holds the bits
    // of the high nibbles that make a stop with it: \t \n \r; ! & *; : <; @; [ \\ ] _; `; w | ~.
    const __m128i low = _mm_setr_epi8(0x28, 0x02, 0, 0, 0, 0, 0x02, 0x40, 0, 0x01, 0x07, 0x10, 0x54, 0x11, 0x40, 0x10);
    const __m128i high = _mm_setr_epi8(0x01, 0, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0, 0, 0, 0, 0, 0, 0, 0);
    const __m128i nibble = _mm_set1_epi8(0x0F);
    size_t index = 0;
    // The first stop among the bytes of the block at `base` whose bits `keep` holds, if any.
#define QUICK_SSSE3_STOPS(base, keep)                                                                                  \
    do {                                                                                                               \
        __m128i bytes = _mm_loadu_si128((const __m128i *)(text + (base)));                                             \
        __m128i classes = _mm_and_si128(_mm_shuffle_epi8(low, _mm_and_si128(bytes, nibble)),                           \
                                        _mm_shuffle_epi8(high, _mm_and_si128(_mm_srli_epi16(bytes, 4), nibble)));      \
        unsigned mask = ((unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(classes, _mm_setzero_si128())) ^ 0xFFFFu) & (keep); \
        while (mask != 0) {                                                                                            \
            size_t at = (base) + (size_t)__builtin_ctz(mask);                                                          \
            switch (text[at]) {                                                                                        \
            case ':':                                                                                                  \
                if (at + 2 < length && text[at + 1] == '/' && text[at + 2] == '/') return at;                          \
                break;                                                                                                 \
            case 'w':                                                                                                  \
                if (at + 3 < length && text[at + 1] == 'w' && text[at + 2] == 'w' && text[at + 3] == '.') return at;   \
                break;                                                                                                 \
            default:                                                                                                   \
                return at;                                                                                             \
            }                                                                                                          \
            mask &= mask - 1;                                                                                          \
        }                                                                                                              \
    } while (0)
    for (; index + 16 <= length; index += 16) QUICK_SSSE3_STOPS(index, 0xFFFFu);
    // The last bytes, in the sixteen that end at `length` (the bits of those before `index`, read
    // already, cleared): the byte loop over up to fifteen cost about ten instructions a byte.
    if (index < length && length >= 16) {
        size_t base = length - 16;
        QUICK_SSSE3_STOPS(base, 0xFFFFu << (index - base));
        index = length;
    }
#undef QUICK_SSSE3_STOPS
    *end = index;
    return length;
}
#endif

size_t copydesk_quick_text_stop(const unsigned char *text, size_t length) {
    size_t index = 0;
#if defined(__SSE2__) && (defined(__clang__) || defined(__GNUC__))
    int ssse3 = __atomic_load_n(&quick_text_ssse3, __ATOMIC_RELAXED);
    if (ssse3 < 0) {
        unsigned a = 0, b = 0, c = 0, d = 0;
        ssse3 = __get_cpuid(1, &a, &b, &c, &d) && (c & bit_SSSE3) != 0;
        __atomic_store_n(&quick_text_ssse3, ssse3, __ATOMIC_RELAXED);
    }
    if (ssse3) {
        size_t end = 0;
        size_t found = quick_text_stop_ssse3(text, length, &end);
        if (found < length) return found;
        index = end;
    }
#endif
#if defined(__SSE2__)
    for (; index + 19 <= length; index += 16) {
        unsigned mask = quick_text_stop_block(text + index);
        if (mask != 0) return index + (size_t)__builtin_ctz(mask);
    }
#endif
    for (; index < length; index++) {
        switch (text[index]) {
        case '\n': case '\r': case '\t': case '\\': case '`': case '&': case '<': case '*':
        case '_': case '[': case ']': case '!': case '~': case '|': case '@':
            return index;
        case ':':
            if (index + 2 < length && text[index + 1] == '/' && text[index + 2] == '/') return index;
            break;
        case 'w':
            if (index + 3 < length && text[index + 1] == 'w' && text[index + 2] == 'w' && text[index + 3] == '.')
                return index;
            break;
        default:
            break;
        }
    }
    return length;
}

// cmark-gfm's own UTF-8 reading and Unicode classes (utf8.h, not among the headers read here).
extern int cmark_utf8proc_iterate(const uint8_t *str, int32_t str_len, int32_t *dst);
extern int cmark_utf8proc_is_space(int32_t uc);
extern int cmark_utf8proc_is_punctuation(int32_t uc);

int copydesk_is_host_character(const unsigned char *text, size_t length) {
    int32_t character;
    if (cmark_utf8proc_iterate(text, (int32_t)length, &character) < 0) return 0;
    return !cmark_utf8proc_is_space(character) && !cmark_utf8proc_is_punctuation(character);
}
