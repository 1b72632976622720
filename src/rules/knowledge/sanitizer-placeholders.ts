// What HAR sanitizers and log scrubbers put where a secret was: a word in brackets (`[REDACTED]`,
// `[sanitized]`, `[FILTERED]`, Google's `[... redacted]`), a row of `x` or `*`, or a hash of the value
// (har-sanitizer's `hash` mode writes a SHA-256 in hex). Such a value says a credential went and nothing
// about its shape: reading it as a credential would call a fine token malformed.

/** A scrubber's word, alone or in brackets, optionally with a label (`[authorization redacted]`). */
const WORD =
  /^[[<({]?\s{0,2}(?:[\w-]{1,40}\s{1,2})?(?:redacted|sanitized|sanitised|filtered|removed|hidden|masked|omitted|scrubbed|censored|obfuscated)(?:\s{1,2}[\w-]{1,40})?\s{0,2}[\])>}]?$/i;

/** `xxx`, `XXXXXXXX`, `***`, `•••`, `###`: a row of one mask character. */
const ROW = /^(?:x{3,}|\*{3,}|•{3,}|#{3,}|_{3,}|\.{3,}|…+)$/i;

/**
 * A labelled hash (`sha256:…`, `md5=…`), or bare hex of SHA-256's or SHA-512's length. Not 32 or 40 hex
 * digits: Django REST framework and GitHub's classic tokens are 40 hex digits, many opaque tokens 32.
 */
const HASH = /^(?:(?:sha-?(?:1|224|256|384|512)|md5|hash)[:=-][0-9a-f]{16,128}|[0-9a-f]{64}|[0-9a-f]{128})$/i;

/** A placeholder word or mask row (no hashes): safe to recognise anywhere. */
export function isPlaceholderWord(value: string): boolean {
  const v = value.trim();
  return v.length <= 100 && (WORD.test(v) || ROW.test(v));
}

/**
 * A sanitizer's stand-in for a credential. Bare hex of a digest's length counts only where a real value
 * of that form would be odd: `hashes` is set by the caller for a credential behind a token scheme or a
 * whole Authorization value (real API keys of exactly 64 hex digits exist, so an API key is not judged
 * by this).
 */
export function isSanitizerPlaceholder(value: string, options: { hashes: boolean }): boolean {
  const v = value.trim();
  if (v === '') return false;
  return isPlaceholderWord(v) || (options.hashes && HASH.test(v));
}
