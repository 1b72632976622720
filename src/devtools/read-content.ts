import type { NetworkRequest } from './devtools-api';
import { settle } from './devtools-api';

export interface FetchedBody {
  content: string | undefined;
  /** `base64` when Chrome did not decode the body as text; otherwise the body is text. */
  encoding: string | undefined;
}

/**
 * The body of a finished request, the way each browser gives it: Chrome calls back with
 * `(content, encoding)`; Firefox resolves `[content, mimeType]` and says `base64` in the entry's
 * `response.content.encoding` (recorded in test/fixtures/devtools/). An entry that already carries `response.content.text` (Firefox's `getHAR`) needs
 * no call.
 */
export async function readContent(request: NetworkRequest): Promise<FetchedBody> {
  const text = request.response.content?.text;
  if (typeof text === 'string') return { content: text, encoding: stringOr(request.response.content?.encoding) };
  const getContent = request.getContent;
  if (typeof getContent !== 'function') return { content: undefined, encoding: undefined };
  const args = await settle((callback) => getContent.call(request, callback));
  const [first, second] = args;
  // Firefox marks a body it hands over as base64 in the entry itself (`response.content.encoding`).
  const entryEncoding = stringOr(request.response.content?.encoding);
  if (Array.isArray(first)) return { content: stringOr(first[0]), encoding: entryEncoding };
  return { content: stringOr(first), encoding: stringOr(second) || entryEncoding };
}

function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
