#ifndef COPYDESK_REPORT_BYTES_H
#define COPYDESK_REPORT_BYTES_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/// The escape of `"`, `\\` or a control character (`byte`) at `out`, as JSONEncoder writes it
/// (`\b \f \n \r \t`, else `\u00xx` in lowercase hex); its length.
static inline size_t copydesk_json_escape(uint8_t byte, uint8_t *out) {
    out[0] = '\\';
    switch (byte) {
    case '"': case '\\': out[1] = byte; return 2;
    case 0x08: out[1] = 'b'; return 2;
    case 0x0C: out[1] = 'f'; return 2;
    case 0x0A: out[1] = 'n'; return 2;
    case 0x0D: out[1] = 'r'; return 2;
    case 0x09: out[1] = 't'; return 2;
    default: {
        static const char hex[] = "0123456789abcdef";
        out[1] = 'u';
        out[2] = '0';
        out[3] = '0';
        out[4] = (uint8_t)hex[byte >> 4];
        out[5] = (uint8_t)hex[byte & 0x0F];
        return 6;
    }
    }
}

/// `bytes[start..<count]` at `out`, each escaped where it needs to be; how many bytes that took.
static inline size_t copydesk_json_escaped_bytes(const uint8_t *bytes, size_t start, size_t count, uint8_t *out) {
    size_t written = 0;
    for (size_t index = start; index < count; index++) {
        uint8_t byte = bytes[index];
        if (byte < 0x20 || byte == '"' || byte == '\\') {
            written += copydesk_json_escape(byte, out + written);
        } else {
            out[written++] = byte;
        }
    }
    return written;
}

#if defined(__SSE2__)
/// One bit a byte of `chunk` (bit i for byte i): set where the byte needs escaping in JSON
/// (a control character, `"` or `\\`).
static inline unsigned copydesk_json_escape_mask(__m128i chunk) {
    __m128i quote = _mm_cmpeq_epi8(chunk, _mm_set1_epi8('"'));
    __m128i backslash = _mm_cmpeq_epi8(chunk, _mm_set1_epi8('\\'));
    // A byte at most 0x1F is its minimum with 0x1F.
    __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(chunk, _mm_set1_epi8(0x1F)), chunk);
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(quote, backslash), control));
}
#endif

/// The `count` bytes at `bytes` quoted and escaped as a JSON string at `out`, which has room for
/// `2 + 6 * count` bytes (the worst case); how many bytes that took. Nothing is read outside the
/// bytes given, nor written outside that room.
///
/// Sixteen bytes are tested at a time (SSE2: three comparisons and one mask): a chunk is stored
/// whole, and where one of its bytes needs escaping, the bytes before it are kept, its escape is
/// written and the next chunk starts after it. The last bytes of a string of sixteen or more are
/// the string's last chunk read again (stored where it ends when it needs no escape, so the
/// bytes of it written before are written again as they were); a shorter string's bytes are
/// read as two overlapping halves of eight or four bytes. Without SSE2, byte by byte.
__attribute__((always_inline)) static inline size_t copydesk_json_quoted(const uint8_t *bytes, size_t count, uint8_t *out) {
    out[0] = '"';
    size_t written = 1;
#if defined(__SSE2__)
    size_t index = 0;
    if (count >= 16) {
        while (index + 16 <= count) {
            __m128i chunk = _mm_loadu_si128((const __m128i *)(bytes + index));
            _mm_storeu_si128((__m128i *)(out + written), chunk);
            unsigned mask = copydesk_json_escape_mask(chunk);
            if (mask == 0) {
                written += 16;
                index += 16;
            } else {
                unsigned clean = (unsigned)__builtin_ctz(mask);
                written += clean;
                index += clean;
                written += copydesk_json_escape(bytes[index], out + written);
                index += 1;
            }
        }
        if (index < count) {
            __m128i last = _mm_loadu_si128((const __m128i *)(bytes + count - 16));
            if (copydesk_json_escape_mask(last) == 0) {
                size_t rest = count - index;
                _mm_storeu_si128((__m128i *)(out + written + rest - 16), last);
                written += rest;
            } else {
                written += copydesk_json_escaped_bytes(bytes, index, count, out + written);
            }
        }
    } else if (count >= 4) {
        // Two overlapping halves: the first and the last eight bytes (or four).
        uint64_t low, high;
        size_t half = count >= 8 ? 8 : 4;
        if (half == 8) {
            memcpy(&low, bytes, 8);
            memcpy(&high, bytes + count - 8, 8);
        } else {
            uint32_t low32, high32;
            memcpy(&low32, bytes, 4);
            memcpy(&high32, bytes + count - 4, 4);
            low = low32;
            high = high32;
            // Lanes past the four bytes are zeros: mask them off below.
        }
        unsigned mask = copydesk_json_escape_mask(_mm_set_epi64x((long long)high, (long long)low));
        if (half == 4) mask &= 0x0F0F;
        if (mask == 0) {
            if (half == 8) {
                memcpy(out + written, &low, 8);
                memcpy(out + written + count - 8, &high, 8);
            } else {
                uint32_t low32 = (uint32_t)low, high32 = (uint32_t)high;
                memcpy(out + written, &low32, 4);
                memcpy(out + written + count - 4, &high32, 4);
            }
            written += count;
        } else {
            written += copydesk_json_escaped_bytes(bytes, 0, count, out + written);
        }
    } else {
        written += copydesk_json_escaped_bytes(bytes, 0, count, out + written);
    }
#else
    written += copydesk_json_escaped_bytes(bytes, 0, count, out + written);
#endif
    out[written] = '"';
    return written + 1;
}

/// `copydesk_json_quoted` out of line, for tests.
size_t copydesk_json_quoted_for_tests(const uint8_t *bytes, size_t count, uint8_t *out);

#endif
