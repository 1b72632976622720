// History: what an earlier response of the same site tells about a later refusal (docs/design.md, Facts:
// site history). The one place that turns an observed response into history, for the worker and the
// CLI alike, so no caller can keep a raw URL by forgetting to redact it (a token in the query of an
// earlier success once reached storage that way).
import type { DiagnoseContext, EarlierResponse } from '../types';
import { maskSecrets, redactUrl } from '../redact/mask-secrets';

/** Server header values are kept short: they only tell one machine from another. */
const SERVER_MAX_LENGTH = 100;

/**
 * History safe to store and show, from an earlier response as observed (its URL may carry secrets: a
 * query, a fragment, a token in the path): the URL redacted, the Server header masked and trimmed.
 */
export function earlierResponse(observed: EarlierResponse): EarlierResponse {
  const out: EarlierResponse = { url: redactUrl(observed.url), status: observed.status, at: observed.at };
  if (observed.serverIp !== undefined) out.serverIp = observed.serverIp;
  if (observed.server !== undefined) out.server = maskSecrets(observed.server, SERVER_MAX_LENGTH);
  if (observed.fromCache === true) out.fromCache = true;
  if (observed.credentials !== undefined) out.credentials = { ...observed.credentials };
  return out;
}

/**
 * The context with every URL and text it carries redacted. diagnose() runs it on whatever it is given,
 * so evidence quoting history (its URL, its Server header) never carries a caller's raw value.
 */
export function safeContext(context: DiagnoseContext): DiagnoseContext {
  if (context.lastSuccess === undefined && context.cookieLifetimes === undefined) return context;
  const out: DiagnoseContext = { ...context };
  if (context.lastSuccess !== undefined) out.lastSuccess = earlierResponse(context.lastSuccess);
  // Cookie names are shown in evidence: cleaned and bounded like the request's own.
  if (context.cookieLifetimes !== undefined) {
    out.cookieLifetimes = context.cookieLifetimes
      .slice(0, MAX_LIFETIMES)
      .map((c) => ({ name: sanitizeName(c.name), expiresAt: c.expiresAt }));
  }
  return out;
}

const MAX_LIFETIMES = 50;

// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL_CHARACTERS = /[\x00-\x1f\x7f]/g;

function sanitizeName(name: string): string {
  return String(name).replace(CONTROL_CHARACTERS, '').slice(0, 100);
}
