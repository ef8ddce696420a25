/**
 * What one document may demand. Beyond these, `proofread` throws an `InputError` and the
 * CLI reports the file as 未检查 (exit 2): a pathological input is refused in a bounded
 * time and memory instead of hanging a pre-publish hook. The checks are on the input
 * itself, never on the machine, so a file gets the same answer alone and on a worker
 * thread (only the time limit depends on the machine's speed).
 */

/** Characters (UTF-16 units) of one document: ten times the longest 公文 bulletin seen, ~10 s of checking. */
export const MAX_INPUT_CHARS = 10_000_000;

/** Bytes the CLI reads of one file or of standard input (three bytes per Chinese character in UTF-8). */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;

/**
 * Nesting levels of Markdown containers (block quotes, lists) on one line, and of
 * HTML elements: the parsers recurse per level, and Markdown's cost grows with the
 * square of it. Real pages stay under 30.
 */
export const MAX_MARKDOWN_DEPTH = 100;
export const MAX_HTML_DEPTH = 1000;

/** A run of emphasis delimiters (`*`, `_`, `~`, in any mix): the Markdown parser's time grows with its square. */
export const MAX_DELIMITER_RUN = 100;

/** Time for one document, checked between the parser and each rule. */
export const MAX_MILLISECONDS = 60_000;

/** Heap of one worker thread (CLI and proofreadMany): a document within the limits stays well below it. */
export const MAX_WORKER_HEAP_MB = 1536;
