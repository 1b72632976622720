import { BODY_EXCERPT_LIMIT } from '../rules/limits';
import type { HarEntry } from './har-types';

/**
 * DevTools hands a network entry over without its body (`devtools.network.onRequestFinished`): the body
 * comes separately from `entry.getContent()`, as text or base64 (Chromium says `base64` for bodies it
 * did not decode as text; Firefox gives text). This puts it where a HAR file has it, cut to what
 * entry-to-exchange.ts reads (BODY_EXCERPT_LIMIT characters, or the base64 that decodes to them), so
 * the rest of a large body is never kept.
 */
export function withFetchedBody(entry: HarEntry, content: unknown, encoding: unknown): HarEntry {
  if (typeof content !== 'string' || content === '') return entry;
  const base64 = encoding === 'base64';
  const text = content.slice(0, base64 ? Math.ceil(BODY_EXCERPT_LIMIT / 3) * 4 : BODY_EXCERPT_LIMIT);
  return {
    ...entry,
    response: {
      ...entry.response,
      content: { ...entry.response.content, text, ...(base64 ? { encoding: 'base64' } : {}) },
    },
  };
}
