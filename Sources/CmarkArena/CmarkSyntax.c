#include "CmarkArena.h"

#include <string.h>

/// A test of one occurrence of a byte: `at` is where it stands in `text`, which ends at `end`.
typedef int (*occurrence_test)(const unsigned char *text, const unsigned char *at, const unsigned char *end);

/// Whether some occurrence of `byte` in `text` passes `test` (found with `memchr`).
static int holds(const unsigned char *text, size_t length, unsigned char byte, occurrence_test test) {
    const unsigned char *end = text + length;
    const unsigned char *found = text;
    while (found < end && (found = memchr(found, byte, (size_t)(end - found))) != NULL) {
        if (test(text, found, end)) return 1;
        found += 1;
    }
    return 0;
}

/// `&#` or `&H`: an entity that may decode to `^` (`&#94;`, `&#x5e;`, `&Hat;`).
static int may_decode_to_caret(const unsigned char *text, const unsigned char *at, const unsigned char *end) {
    (void)text;
    return at + 1 < end && (at[1] == '#' || at[1] == 'H');
}

/// `:-` or `-:`.
static int is_by_dash(const unsigned char *text, const unsigned char *at, const unsigned char *end) {
    return (at > text && at[-1] == '-') || (at + 1 < end && at[1] == '-');
}

/// `[ ]`, `[x]` or `[X]`.
static int is_task_box(const unsigned char *text, const unsigned char *at, const unsigned char *end) {
    (void)text;
    return at + 2 < end && at[2] == ']' && (at[1] == ' ' || at[1] == 'x' || at[1] == 'X');
}

/// Whether the entity starting at `at` (a `&`) decodes to `^`: `&Hat;`, `&#94;` or `&#x5e;`, with
/// any leading zeros and either case of `x` and of the hex digit.
static int is_caret_entity(const unsigned char *at, const unsigned char *end) {
    if (end - at >= 5 && memcmp(at, "&Hat;", 5) == 0) return 1;
    if (end - at < 2 || at[1] != '#') return 0;
    const unsigned char *p = at + 2;
    int hex = p < end && (*p == 'x' || *p == 'X');
    if (hex) p += 1;
    while (p < end && *p == '0') p += 1;
    if (hex) return end - p >= 3 && p[0] == '5' && (p[1] == 'e' || p[1] == 'E') && p[2] == ';';
    return end - p >= 3 && p[0] == '9' && p[1] == '4' && p[2] == ';';
}

/// An entity that decodes to `^` right after a `[` (found by its `&`, much rarer than `[`).
static int opens_with_caret_entity(const unsigned char *text, const unsigned char *at, const unsigned char *end) {
    return at > text && at[-1] == '[' && is_caret_entity(at, end);
}

int copydesk_caret_entity_label(const unsigned char *text, size_t length) {
    if (text == NULL || length == 0) return 0;
    return holds(text, length, '&', opens_with_caret_entity);
}

int copydesk_markdown_footnotes(const unsigned char *text, size_t length) {
    if (text == NULL || length == 0) return 0;
    // `^` starts a footnote; an entity can decode to one, and cmark-gfm reads `[` then a text
    // node `^` as the start of a footnote reference.
    return memchr(text, '^', length) != NULL || holds(text, length, '&', may_decode_to_caret);
}

int copydesk_markdown_syntax(const unsigned char *text, size_t length) {
    int syntax = 0;
    if (text == NULL || length == 0) return 0;
    if (copydesk_markdown_footnotes(text, length)) syntax |= COPYDESK_SYNTAX_FOOTNOTES;
    // A table's delimiter row: cells split by `|`, or one cell of dashes without one (`:--`,
    // `--:`; dashes alone under a paragraph are a setext heading's underline, read first).
    if (memchr(text, '|', length) != NULL || holds(text, length, ':', is_by_dash)) syntax |= COPYDESK_SYNTAX_TABLE;
    if (memchr(text, '~', length) != NULL) syntax |= COPYDESK_SYNTAX_STRIKETHROUGH;
    if (holds(text, length, '[', is_task_box)) syntax |= COPYDESK_SYNTAX_TASKLIST;
    return syntax;
}
