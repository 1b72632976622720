// ISOLATED-world content script (document_start, every frame). Reads the `readBodies` setting, tells
// the MAIN-world wrapper (main-world.ts) whether to read bodies, checks what it reports and forwards
// it to the worker; and, when this document was itself answered 401/407, sends its text once parsed.
// Uses the browser's own `browser`/`chrome` namespace (no polyfill: this runs in every frame).
import { parseCredentialsQuery, type CredentialsQuery, type ResponseBodyMessage } from '../shared/messages';
import type { PageCredentials } from '../shared/page-credentials';
import { BODY_EXCERPT_LIMIT } from '../rules/limits';
import { READ_BODIES_ITEM, readItem, type ReadableArea } from '../shared/storage-items';
import { ASK_EVENT, CONFIG_EVENT, HELLO_EVENT, REPORT_EVENT, SHAPE_EVENT, parseReport, parseShape } from './channel';
import { documentExcerpt, documentRefusal } from './document-excerpt';

interface ExtensionApi {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(
        listener: (message: unknown, sender: unknown, respond: (answer: unknown) => void) => true | undefined,
      ): void;
    };
  };
  storage: { local: ReadableArea };
}

const api = ((globalThis as { browser?: ExtensionApi }).browser ?? (globalThis as { chrome?: ExtensionApi }).chrome) as
  ExtensionApi | undefined;

function forward(message: ResponseBodyMessage): void {
  try {
    // The worker answers nothing; a failure (extension reloaded, worker asleep) loses one excerpt.
    api?.runtime.sendMessage(message).catch(() => undefined);
  } catch {
    // the extension context is gone
  }
}

function isHttpUrl(url: string): boolean {
  return /^https?:\/\//i.test(url) && url.length <= 8_192;
}

/** Tells the wrapper what to do; returns the token its reports carry when bodies are read. */
function startRelay(read: boolean): string | undefined {
  const token = crypto.randomUUID();
  const config = JSON.stringify({ token, read });
  const announce = (): void => void window.dispatchEvent(new CustomEvent(CONFIG_EVENT, { detail: config }));
  // Either script may run first: answer the wrapper's hello, and announce once now.
  window.addEventListener(HELLO_EVENT, announce);
  announce();
  if (!read) return undefined;
  window.addEventListener(REPORT_EVENT, (event) => {
    const report = parseReport((event as CustomEvent<unknown>).detail, token);
    if (!report || !isHttpUrl(report.url) || report.excerpt.length > BODY_EXCERPT_LIMIT) return;
    forward({
      type: 'response-body',
      source: report.source,
      url: report.url,
      method: report.method,
      status: report.status as 401 | 407,
      excerpt: report.excerpt,
      ...(report.credentials ? { credentials: report.credentials } : {}),
    });
  });
  return token;
}

/**
 * The worker's question about a request the browser holds (src/shared/messages.ts, CredentialsQuery).
 * The wrapper answers during the ask's own dispatch (events are synchronous), so this answers at once.
 */
function askWrapper(query: CredentialsQuery, token: string): PageCredentials | { preflight: string } | undefined {
  let shape: PageCredentials | { preflight: string } | undefined;
  const take = (event: Event): void => void (shape = parseShape((event as CustomEvent<unknown>).detail, token));
  window.addEventListener(SHAPE_EVENT, take);
  try {
    window.dispatchEvent(
      new CustomEvent(ASK_EVENT, { detail: JSON.stringify({ url: query.url, method: query.method }) }),
    );
  } finally {
    window.removeEventListener(SHAPE_EVENT, take);
  }
  return shape;
}

function sendDocument(): void {
  const refusal = documentRefusal();
  if (!refusal || !isHttpUrl(refusal.url)) return;
  const excerpt = documentExcerpt(document);
  if (excerpt)
    forward({
      type: 'response-body',
      source: 'document',
      url: refusal.url,
      method: 'GET',
      status: refusal.status,
      excerpt,
    });
}

async function main(): Promise<void> {
  if (!api) return;
  const started = readItem(api.storage.local, READ_BODIES_ITEM).then(startRelay);
  // Listening before the setting is read: a page's first requests can be refused, and asked about,
  // before that read answers. The answer then waits for it (`true`: the reply comes later).
  api.runtime.onMessage.addListener((message, _sender, respond) => {
    const query = parseCredentialsQuery(message);
    if (!query) return undefined;
    void started.then(
      (token) => respond((token !== undefined && askWrapper(query, token)) || null),
      () => respond(null),
    );
    return true;
  });
  const readBodies = (await started) !== undefined;
  if (!readBodies || !documentRefusal()) return;
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', sendDocument, { once: true });
  else sendDocument();
}

main().catch(() => undefined);
