/** Default cap for masked text: the body excerpt budget in docs/design.md (2,000 characters). */
export const DEFAULT_MAX_LENGTH = 2000;

/**
 * Cuts `text` to at most `maxLength` UTF-16 code units, ending in `…` when it was cut.
 * Never splits a surrogate pair, so the result is always well-formed.
 */
export function truncate(text: string, maxLength: number = DEFAULT_MAX_LENGTH): string {
  const max = Number.isFinite(maxLength) && maxLength >= 1 ? Math.floor(maxLength) : DEFAULT_MAX_LENGTH;
  if (text.length <= max) return text;
  let cut = max - 1;
  const last = text.charCodeAt(cut - 1);
  if (cut > 0 && last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut)}…`;
}
