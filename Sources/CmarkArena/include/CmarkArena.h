#ifndef COPYDESK_CMARK_ARENA_H
#define COPYDESK_CMARK_ARENA_H

#include <cmark-gfm.h>

/// A bump allocator for one cmark-gfm parse on the calling thread.
///
/// cmark-gfm allocates every node, buffer and list of a document one by one and frees them
/// one by one (a real Markdown file: millions of calls). `copydesk_arena_begin` starts an arena
/// on the calling thread and returns the allocator to hand to `cmark_parser_new_with_mem`;
/// everything the parser, its extensions and the document allocate comes from large chunks.
/// `copydesk_arena_end` then releases all of it at once: the parser and the document are not
/// freed with `cmark_parser_free` / `cmark_node_free` (nothing of theirs may be used after it).
///
/// cmark-gfm's own arena (`cmark_get_arena_mem_allocator`) is one arena for the whole process,
/// so two threads parsing at once would share it; this one is per thread. Parses on one thread
/// do not nest. `free` gives memory back only for the latest allocation; `realloc` grows the
/// latest allocation in place. Built with AddressSanitizer (the fuzz targets), it returns NULL
/// and the caller parses with cmark's own allocator, so the sanitizer sees cmark's memory.
cmark_mem *copydesk_arena_begin(void);

/// Releases everything allocated since `copydesk_arena_begin` on this thread (one chunk is
/// kept for the next parse).
void copydesk_arena_end(void);

/// Bytes taken from chunks by the current arena on this thread (for tests).
size_t copydesk_arena_used(void);

/// How many threads have ended since the process started whose arena's spare chunk (kept
/// between parses) was freed as they ended (for tests).
size_t copydesk_arena_spares_freed(void);

/// One cmark-gfm parse at a time (`cmark_parser_feed` and `cmark_parser_finish`): cmark-gfm
/// switches its extensions' special inline characters on and off in a table shared by the
/// whole process, so parses on two threads at once can miss extension syntax.
void copydesk_cmark_parse_lock(void);
void copydesk_cmark_parse_unlock(void);

/// Asks the process's allocator to give the free pages it keeps for reuse back to the system:
/// jemalloc's `arena.<all>.purge` when jemalloc is the allocator (the copydesk binary links it
/// on Linux), nothing otherwise. Returns whether it did. A parse too large for the arena frees
/// its tree (about twelve bytes per source byte) node by node, and jemalloc would keep those
/// pages resident while the checks allocate elsewhere.
int copydesk_release_free_pages(void);

/// The literal of `node` as `cmark_node_get_literal` gives it (NULL for a node without one), and
/// its length in `length`, read in place in the node: `cmark_node_get_literal` copies a text
/// node's literal into a new NUL-terminated string the first time it is asked (most text nodes
/// are a few words, and the copy cost more than reading them). The bytes stay valid as long as
/// the tree, and are not NUL-terminated. Without cmark-gfm's private headers, or with a library
/// of another version than theirs, it is `cmark_node_get_literal` and `strlen`.
const unsigned char *copydesk_node_literal(cmark_node *node, size_t *length);

/// `copydesk_node_literal`, with the node's `cmark_node_get_start_line` in `line` and
/// `cmark_node_get_start_column` in `column`: read from the node in one call (a text node's
/// three questions were three calls into the library).
const unsigned char *copydesk_text_node(cmark_node *node, int *line, int *column, size_t *length);
/// `MarkdownNesting.firstTooDeep`: the first node in document order (from `document`, a tree's
/// root) deeper than `limit` levels, a level being a node with children, read by the node links
/// in place in cmark's nodes (each link read through the library was a call). 1 with the node's
/// start line and column in `line` and `column`, 0 when there is none, -1 when the nodes cannot
/// be read in place (no private headers, or a library of another version than theirs).
int copydesk_first_too_deep(cmark_node *document, long limit, int *line, int *column);

/// `SourceAligner.locateVerbatim`: where `literal` (`length` bytes, not empty) first aligns
/// with `source` (`count` bytes) from `from` on, before `limit`, as one piece of the same bytes,
/// or -1 when it does not or cannot tell. -1 when the literal holds an `&` or, with `escapes`,
/// a backslash; else the first offset from `from` that holds the literal's first byte, an `&`
/// or (with `escapes`) a backslash, when the literal's bytes stand there.
long copydesk_locate_verbatim(const unsigned char *source, size_t count, size_t from, size_t limit,
                              const unsigned char *literal, size_t length, int escapes);

/// The first offset below `length` where `source`'s byte is not `literal`'s, or is `&` or (with
/// `escapes`) a backslash; `length` when there is none (`SourceAligner`'s verbatim runs),
/// sixteen bytes at a time with SSE2.
size_t copydesk_verbatim_run(const unsigned char *source, const unsigned char *literal, size_t length, int escapes);

/// The UTF-8 scalars that start in `bytes[start..<end]` (its bytes that are no continuation
/// byte, 10xxxxxx): `LineIndex.scalarCount`, sixteen bytes at a time with SSE2, the last ones
/// (and a range under sixteen bytes) read in the sixteen bytes that end at `end` when `end` is
/// at least 16.
size_t copydesk_scalar_count(const unsigned char *bytes, size_t start, size_t end);

/// The first offset in `bytes[start..<end]` holding a byte of 0x80 or above (no ASCII), or
/// `end`: sixty-four or sixteen bytes at a time with SSE2, the last ones read in the sixteen
/// that end at `end` when `end` is at least 16 (`PositionCursor`'s ASCII stretch of a line).
size_t copydesk_ascii_end(const unsigned char *bytes, size_t start, size_t end);

/// The offsets where the lines of `bytes` start: 0, and the offset after every line feed, in
/// order (`LineIndex.lineStarts`), thirty-two bytes at a time with SSE2. Writes the first `room`
/// of them to `starts` and returns how many there are (more than `room`: the rest were not
/// written).
size_t copydesk_line_starts(const unsigned char *bytes, size_t count, long *starts, size_t room);

/// The first offset at or after `from` in `text` (`length` bytes) holding `.`, `?`, `!` or
/// 0xE2 (the lead byte of `…`), or `length`: sixteen bytes at a time with SSE2
/// (`SentenceSegmenter.nextCandidate`).
size_t copydesk_next_sentence_candidate(const unsigned char *text, size_t length, size_t from);

/// Whether collapsing whitespace leaves `bytes` (`length`, valid UTF-8) as they are
/// (`WhitespaceCollapsing.isCollapsed`): no tab, `\n` or `\r`, no no-break space (C2 A0), no
/// space at either end, no two spaces in a row; sixteen bytes at a time with SSE2, each against
/// the sixteen that start one byte before it.
int copydesk_is_collapsed(const unsigned char *bytes, size_t length);

/// Whether `text` may hold what cmark-gfm's autolink extension links: bit 1 set when it holds
/// an `@` (an e-mail address), bit 2 when it holds `www.` or `://` (a web address), bit 4 when
/// it holds `[` or `]` (which open and close the text where it links no web address). A cheap
/// test for every text node; the rules themselves are in `ExtendedAutolinks`.
int copydesk_autolink_hint(const unsigned char *text, size_t length);

/// `copydesk_locate_verbatim(source, count, from, limit, literal, length, 1)` for a literal
/// without an autolink hint, found in one pass over its bytes: the first offset from `from` on
/// that holds the literal's first byte, an `&` or a backslash, when the literal (`length`
/// bytes, not empty) is the bytes of `source` (`count` bytes) there, before `limit`, and holds
/// none of `&`, `\`, `@`, `/`, `[`, `]` and two `w` in a row; else -1, also when it cannot tell
/// without reading past the literal's memory page or the source. Such a literal has no
/// `copydesk_autolink_hint` (0): most text nodes of a Markdown file.
long copydesk_plain_text_at(const unsigned char *source, size_t count, size_t from, size_t limit,
                            const unsigned char *literal, size_t length);

/// The offset of the first byte of `text` (`length` bytes) that is `\` `(` `)` `<` `"` or `'`
/// (what changes anything in a link destination outside quotes and `<…>`), or `length`:
/// sixteen bytes at a time with SSE2.
size_t copydesk_destination_markup(const unsigned char *text, size_t length);

/// The offset of the first byte of `text` (`length` bytes) where `QuickMarkdown` stops reading
/// a block's text as plain bytes, or `length`: a line break, `\r`, a tab, `\`, a backtick, `&`,
/// `<`, `*`, `_`, `[`, `]`, `!`, `~`, `|`, `@`, the `:` of `://` and the first `w` of `www.`
/// (both within `text`); sixteen bytes at a time with SSSE3 (or SSE2).
size_t copydesk_quick_text_stop(const unsigned char *text, size_t length);

/// Whether the character starting at `text` (UTF-8, `length` bytes from there) may stand in a
/// host name as cmark-gfm's autolink extension reads one: a valid character that is neither
/// white space nor punctuation (cmark's own Unicode tables).
int copydesk_is_host_character(const unsigned char *text, size_t length);

/// What in `text` (`length` bytes of Markdown) the syntax of cmark-gfm's footnotes (the
/// `CMARK_OPT_FOOTNOTES` option) and of its `table`, `strikethrough` and `tasklist` extensions
/// may need; a bit that is not set means that option or extension cannot change the tree parsed
/// from `text` (none of the bytes its syntax starts with are there), so the parse may do without
/// it: each costs cmark-gfm a walk of the whole tree or a test of every line or inline.
#define COPYDESK_SYNTAX_FOOTNOTES 1
#define COPYDESK_SYNTAX_TABLE 2
#define COPYDESK_SYNTAX_STRIKETHROUGH 4
#define COPYDESK_SYNTAX_TASKLIST 8
int copydesk_markdown_syntax(const unsigned char *text, size_t length);

/// `copydesk_markdown_syntax(text, length) & COPYDESK_SYNTAX_FOOTNOTES` (0 or 1), without
/// looking for the other extensions' bytes: the quick Markdown reader asks only this, at an
/// article's first footnote definition.
int copydesk_markdown_footnotes(const unsigned char *text, size_t length);

/// Whether `text` has a `[` followed by an entity that decodes to `^` (`[&#94;`, `[&#x5E;`,
/// `[&Hat;`, leading zeros allowed). cmark-gfm 0.29.0.gfm.6 takes such a bracket for the start
/// of a footnote reference and copies its label from the one-byte decoded `^` for the length of
/// the source label: it reads past that allocation, and the bytes it finds come out as text
/// (`[^` and garbage). A source with one is parsed without the footnotes option.
int copydesk_caret_entity_label(const unsigned char *text, size_t length);

#endif
