// Sizes shared by the rule module and everything that feeds it, declared once. A second public
// entry of src/rules beside index.ts: data only, so the page's content scripts can import it
// without the rule module.

/**
 * How much of a response body anyone reads, captures, sends or scans, in characters: enough for every
 * known error message, small enough to send often and to scan in microseconds.
 */
export const BODY_EXCERPT_LIMIT = 8_192;
