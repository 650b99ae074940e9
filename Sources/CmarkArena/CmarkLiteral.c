#include "CmarkArena.h"

#include <stdint.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#ifndef __has_feature
#define __has_feature(feature) 0
#endif

// cmark-gfm installs its private headers (libcmark-gfm-dev: /usr/include/cmark-gfm/), the node
// layout of the library installed with them. Where they are missing, the literal is copied by
// `cmark_node_get_literal` as before.
#if __has_include(<cmark-gfm/node.h>) && __has_include(<cmark-gfm_version.h>)
#include <cmark-gfm/node.h>
#include <cmark-gfm_version.h>
#define COPYDESK_NODE_LAYOUT 1
#else
#define COPYDESK_NODE_LAYOUT 0
#endif

const unsigned char *copydesk_node_literal(cmark_node *node, size_t *length) {
#if COPYDESK_NODE_LAYOUT
    // The layout is that of the headers: read in place only when the library running is the
    // version they came with.
    if (cmark_version() == CMARK_GFM_VERSION) {
        const cmark_chunk *chunk;
        switch (node->type) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_HTML_INLINE:
        case CMARK_NODE_CODE:
        case CMARK_NODE_HTML_BLOCK:
            chunk = &node->as.literal;
            break;
        case CMARK_NODE_CODE_BLOCK:
            chunk = &node->as.code.literal;
            break;
        default:
            chunk = NULL;
            break;
        }
        if (chunk != NULL) {
            // An empty chunk may have no data; `cmark_node_get_literal` then gives "".
            *length = chunk->data != NULL && chunk->len > 0 ? (size_t)chunk->len : 0;
            return *length > 0 ? chunk->data : (const unsigned char *)"";
        }
    }
#endif
    const char *literal = cmark_node_get_literal(node);
    *length = literal != NULL ? strlen(literal) : 0;
    return (const unsigned char *)literal;
}

const unsigned char *copydesk_text_node(cmark_node *node, int *line, int *column, size_t *length) {
#if COPYDESK_NODE_LAYOUT
    if (cmark_version() == CMARK_GFM_VERSION && node->type == CMARK_NODE_TEXT) {
        *line = node->start_line;
        *column = node->start_column;
        // As `copydesk_node_literal` reads a text node's.
        const cmark_chunk *chunk = &node->as.literal;
        *length = chunk->data != NULL && chunk->len > 0 ? (size_t)chunk->len : 0;
        return *length > 0 ? chunk->data : (const unsigned char *)"";
    }
#endif
    *line = cmark_node_get_start_line(node);
    *column = cmark_node_get_start_column(node);
    return copydesk_node_literal(node, length);
}

int copydesk_first_too_deep(cmark_node *document, long limit, int *line, int *column) {
#if COPYDESK_NODE_LAYOUT
    if (document == NULL || cmark_version() != CMARK_GFM_VERSION) return -1;
    // The walk of `MarkdownNesting.walkedFirstTooDeep`, step for step.
    cmark_node *node = document;
    long depth = 0;
    for (;;) {
        if (node->first_child != NULL) {
            depth += 1;
            if (depth > limit) {
                *line = node->start_line;
                *column = node->start_column;
                return 1;
            }
            node = node->first_child;
            continue;
        }
        // No children: on to the next node, climbing out of the levels that end here.
        for (;;) {
            if (node == document) return 0;
            if (node->next != NULL) {
                node = node->next;
                break;
            }
            if (node->parent == NULL) return 0;
            node = node->parent;
            depth -= 1;
        }
    }
#else
    (void)document;
    (void)limit;
    (void)line;
    (void)column;
    return -1;
#endif
}

#if defined(__SSE2__)
/// The bits of the sixteen `bytes` that are `&` or `slash` (the backslash, or `&` again).
static inline unsigned markup_bits(__m128i bytes, __m128i amp, __m128i slash) {
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(bytes, amp), _mm_cmpeq_epi8(bytes, slash)));
}
#endif

/// Whether `text` (`length` bytes) holds `&`, or `\` when `escapes` is set.
static int holds_markup(const unsigned char *text, size_t length, int escapes) {
    const unsigned char backslash = escapes ? '\\' : '&';
    size_t index = 0;
#if defined(__SSE2__)
    const __m128i amp = _mm_set1_epi8('&');
    const __m128i slash = _mm_set1_epi8((char)backslash);
    for (; index + 16 <= length; index += 16) {
        __m128i bytes = _mm_loadu_si128((const __m128i *)(text + index));
        if (markup_bits(bytes, amp, slash) != 0) return 1;
    }
    if (index == length) return 0;
    if (length >= 16) {
        // The last sixteen bytes, some of them tested already.
        __m128i bytes = _mm_loadu_si128((const __m128i *)(text + length - 16));
        return markup_bits(bytes, amp, slash) != 0;
    }
#if !defined(__SANITIZE_ADDRESS__) && !__has_feature(address_sanitizer)
    // A short text: sixteen bytes read from it when they stay on its memory page (the bytes
    // past its end are read, never used).
    if (((uintptr_t)text & 4095) <= 4096 - 16) {
        __m128i bytes = _mm_loadu_si128((const __m128i *)text);
        unsigned found = markup_bits(bytes, amp, slash);
        return (found & ((1u << length) - 1)) != 0;
    }
#endif
#endif
    for (; index < length; index++) {
        if (text[index] == '&' || text[index] == backslash) return 1;
    }
    return 0;
}

long copydesk_locate_verbatim(const unsigned char *source, size_t count, size_t from, size_t limit,
                              const unsigned char *literal, size_t length, int escapes) {
    if (length == 0 || limit > count || holds_markup(literal, length, escapes)) return -1;
    const unsigned char first = literal[0];
    const unsigned char backslash = escapes ? '\\' : first;
    size_t position = from;
    while (position < limit && source[position] != first && source[position] != '&' && source[position] != backslash)
        position++;
    if (position + length > limit || memcmp(source + position, literal, length) != 0) return -1;
    return (long)position;
}

size_t copydesk_verbatim_run(const unsigned char *source, const unsigned char *literal, size_t length, int escapes) {
    // Without escapes, `&` stands for the backslash: tested twice.
    const unsigned char backslash = escapes ? '\\' : '&';
    size_t index = 0;
#if defined(__SSE2__)
    const __m128i amp = _mm_set1_epi8('&');
    const __m128i slash = _mm_set1_epi8((char)backslash);
    for (; index + 16 <= length; index += 16) {
        __m128i here = _mm_loadu_si128((const __m128i *)(source + index));
        __m128i text = _mm_loadu_si128((const __m128i *)(literal + index));
        unsigned stop = ((unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(here, text)) ^ 0xFFFFu) |
                        markup_bits(here, amp, slash);
        if (stop != 0) return index + (size_t)__builtin_ctz(stop);
    }
#endif
    for (; index < length; index++) {
        unsigned char byte = source[index];
        if (byte != literal[index] || byte == '&' || byte == backslash) return index;
    }
    return length;
}

size_t copydesk_scalar_count(const unsigned char *bytes, size_t start, size_t end) {
    if (end <= start) return 0;
#if defined(__SSE2__)
    if (end >= 16) {
        // Sixteen zero bytes, then sixteen 0xFF: from `lanes + r` on, sixteen bytes whose last
        // `r` are 0xFF.
        static const unsigned char lanes[32] = {0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,
                                                0,    0,    0,    0,    0,    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                                                0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
        // A byte is no continuation byte when, signed, it is above 0xBF (-65): 0x00-0x7F and 0xC0-0xFF.
        const __m128i continuationMax = _mm_set1_epi8((char)0xBF);
        // Per lane, the scalars counted (0xFF from the comparison taken away: one added), summed
        // before a lane could pass 255.
        __m128i counts = _mm_setzero_si128();
        size_t total = 0;
        size_t index = start;
        size_t blocks = (end - start) / 16;
        while (blocks > 0) {
            size_t run = blocks < 255 ? blocks : 254;
            blocks -= run;
            const unsigned char *block = bytes + index;
            const unsigned char *runEnd = block + 16 * run;
            index += 16 * run;
            for (; block < runEnd; block += 16)
                counts = _mm_sub_epi8(counts, _mm_cmpgt_epi8(_mm_loadu_si128((const __m128i *)block), continuationMax));
            if (blocks > 0) {
                __m128i sums = _mm_sad_epu8(counts, _mm_setzero_si128());
                total += (size_t)_mm_cvtsi128_si32(sums) + (size_t)_mm_extract_epi16(sums, 4);
                counts = _mm_setzero_si128();
            }
        }
        if (index < end) {
            // The last `end - index` bytes, in the sixteen that end at `end`.
            __m128i block = _mm_loadu_si128((const __m128i *)(bytes + end - 16));
            __m128i keep = _mm_loadu_si128((const __m128i *)(lanes + (end - index)));
            counts = _mm_sub_epi8(counts, _mm_and_si128(keep, _mm_cmpgt_epi8(block, continuationMax)));
        }
        __m128i sums = _mm_sad_epu8(counts, _mm_setzero_si128());
        return total + (size_t)_mm_cvtsi128_si32(sums) + (size_t)_mm_extract_epi16(sums, 4);
    }
#endif
    size_t count = 0;
    for (size_t index = start; index < end; index++) count += (bytes[index] & 0xC0) != 0x80;
    return count;
}

size_t copydesk_ascii_end(const unsigned char *bytes, size_t start, size_t end) {
    size_t index = start;
#if defined(__SSE2__)
    // Sixty-four bytes a step while none is above 0x7F (most lines), then sixteen.
    for (; index + 64 <= end; index += 64) {
        const __m128i *at = (const __m128i *)(bytes + index);
        __m128i any = _mm_or_si128(_mm_or_si128(_mm_loadu_si128(at), _mm_loadu_si128(at + 1)),
                                   _mm_or_si128(_mm_loadu_si128(at + 2), _mm_loadu_si128(at + 3)));
        if (_mm_movemask_epi8(any) != 0) break;
    }
    for (; index + 16 <= end; index += 16) {
        unsigned high = (unsigned)_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(bytes + index)));
        if (high != 0) return index + (size_t)__builtin_ctz(high);
    }
    if (index < end && end >= 16) {
        // The last bytes, in the sixteen that end at `end` (those before `index` shifted out).
        size_t base = end - 16;
        unsigned high = (unsigned)_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(bytes + base))) >> (index - base);
        return high != 0 ? index + (size_t)__builtin_ctz(high) : end;
    }
#endif
    for (; index < end; index++)
        if (bytes[index] >= 0x80) return index;
    return end;
}

#if defined(__SSE2__)
/// The line feeds among the thirty-two bytes at `at`, as bits.
static inline unsigned line_feeds(const unsigned char *at) {
    const __m128i lineFeed = _mm_set1_epi8('\n');
    __m128i low = _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)at), lineFeed);
    __m128i high = _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(at + 16)), lineFeed);
    return (unsigned)_mm_movemask_epi8(low) | (unsigned)_mm_movemask_epi8(high) << 16;
}
#endif

/// Writes the line start after each line feed in `feeds` (bits for the bytes from `index` on),
/// the first `room` of all found so far; the count found so far.
static inline size_t write_line_starts(unsigned feeds, size_t index, long *starts, size_t found, size_t room) {
    if (found + 32 <= room) {
        // Room for all of them: no check a line.
        for (; feeds != 0; feeds &= feeds - 1) starts[found++] = (long)(index + (size_t)__builtin_ctz(feeds) + 1);
        return found;
    }
    for (; feeds != 0; feeds &= feeds - 1) {
        if (found < room) starts[found] = (long)(index + (size_t)__builtin_ctz(feeds) + 1);
        found++;
    }
    return found;
}

size_t copydesk_line_starts(const unsigned char *bytes, size_t count, long *starts, size_t room) {
    if (room > 0) starts[0] = 0;
    size_t found = 1;
    size_t index = 0;
#if defined(__SSE2__)
    // Thirty-two bytes a step (lines are tens of bytes: most steps hold one line feed or none),
    // then the last bytes in the thirty-two that end at `count` (those before `index` shifted out).
    for (; index + 32 <= count; index += 32) {
        unsigned feeds = line_feeds(bytes + index);
        if (feeds != 0) found = write_line_starts(feeds, index, starts, found, room);
    }
    if (index < count && count >= 32) {
        unsigned feeds = line_feeds(bytes + count - 32) >> (index - (count - 32));
        return write_line_starts(feeds, index, starts, found, room);
    }
#endif
    for (; index < count; index++) {
        if (bytes[index] != '\n') continue;
        if (found < room) starts[found] = (long)(index + 1);
        found++;
    }
    return found;
}

#if defined(__SSE2__)
/// The bits of the sixteen bytes at `at` that collapsing would change, each read with the byte
/// before it (at `at - 1`, which must be readable): a tab, `\n` or `\r`, a space after a space,
/// the A0 of a no-break space.
static inline unsigned collapsible_block(const unsigned char *at) {
    __m128i block = _mm_loadu_si128((const __m128i *)at);
    __m128i before = _mm_loadu_si128((const __m128i *)(at - 1));
    __m128i breaks = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(block, _mm_set1_epi8('\t')), _mm_cmpeq_epi8(block, _mm_set1_epi8('\n'))),
        _mm_cmpeq_epi8(block, _mm_set1_epi8('\r')));
    __m128i space = _mm_set1_epi8(' ');
    __m128i pairs = _mm_or_si128(
        _mm_and_si128(_mm_cmpeq_epi8(block, space), _mm_cmpeq_epi8(before, space)),
        _mm_and_si128(
            _mm_cmpeq_epi8(block, _mm_set1_epi8((char)0xA0)), _mm_cmpeq_epi8(before, _mm_set1_epi8((char)0xC2))));
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(breaks, pairs));
}
#endif

int copydesk_is_collapsed(const unsigned char *bytes, size_t length) {
    if (length == 0) return 1;
    if (bytes[0] == ' ' || bytes[length - 1] == ' ') return 0;
    if (bytes[0] == '\t' || bytes[0] == '\n' || bytes[0] == '\r') return 0;
    // From the second byte on, each byte with the one before it.
    size_t index = 1;
#if defined(__SSE2__)
    if (length >= 17) {
        for (; index + 16 <= length; index += 16) {
            if (collapsible_block(bytes + index) != 0) return 0;
        }
        // The last sixteen bytes (some read again): a byte loop over up to fifteen cost about
        // ten instructions a byte.
        return index == length || collapsible_block(bytes + length - 16) == 0;
    }
#endif
    for (; index < length; index++) {
        unsigned char byte = bytes[index];
        unsigned char before = bytes[index - 1];
        if (byte == '\t' || byte == '\n' || byte == '\r') return 0;
        if (byte == ' ' && before == ' ') return 0;
        if (byte == 0xA0 && before == 0xC2) return 0;
    }
    return 1;
}

#if defined(__SSE2__)
/// The bits of the bytes at `text` (sixteen) that are `.`, `?`, `!` or 0xE2.
static inline unsigned sentence_candidate_block(const unsigned char *text) {
    __m128i bytes = _mm_loadu_si128((const __m128i *)text);
    __m128i found = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('.')), _mm_cmpeq_epi8(bytes, _mm_set1_epi8('?'))),
        _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('!')), _mm_cmpeq_epi8(bytes, _mm_set1_epi8((char)0xE2))));
    return (unsigned)_mm_movemask_epi8(found);
}
#endif

size_t copydesk_next_sentence_candidate(const unsigned char *text, size_t length, size_t from) {
    size_t index = from;
#if defined(__SSE2__)
    for (; index + 16 <= length; index += 16) {
        unsigned mask = sentence_candidate_block(text + index);
        if (mask != 0) return index + (size_t)__builtin_ctz(mask);
    }
    if (index >= length) return length;
    if (length >= 16) {
        // The last sixteen bytes, those before `index` left out.
        unsigned mask = sentence_candidate_block(text + length - 16) >> (index - (length - 16));
        return mask != 0 ? index + (size_t)__builtin_ctz(mask) : length;
    }
#endif
    for (; index < length; index++) {
        unsigned char byte = text[index];
        if (byte == '.' || byte == '?' || byte == '!' || byte == 0xE2) return index;
    }
    return length;
}
