// Reads the inspected tab's network log as DevTools records it and keeps every 401/407 with its
// diagnosis. Runs in the panel only: the raw entries (headers with credentials, the body excerpt) stay
// in this page's memory; nothing is stored, logged or sent anywhere (docs/design.md, Privacy rules).
import type { Diagnosis } from '../rules/types';
import { diagnoseEntry } from '../har/diagnose-entry';
import type { HarVisibility } from '../har/detect-sanitized';
import { withFetchedBody } from '../har/fetched-body';
import { headerValue, num, str } from '../har/har-fields';
import { createHarContextTracker, type HarContextTracker } from '../har/har-context';
import type { HarEntry, HarPage } from '../har/har-types';
import { resourceTypeOf } from '../har/resource-type';
import type { DevtoolsNetwork, NetworkRequest } from './devtools-api';
import { settle } from './devtools-api';
import { readContent } from './read-content';

export interface Refusal {
  /** Order of arrival, from 1. */
  seq: number;
  /** The entry as DevTools gave it, with the body cut to the excerpt the rules read (no reader function). */
  entry: HarEntry;
  diagnosis: Diagnosis;
}

export interface CollectorState {
  /** Oldest first. */
  refusals: readonly Refusal[];
  preserveLog: boolean;
}

export interface RefusalCollector {
  subscribe(listener: (state: CollectorState) => void): () => void;
  setPreserveLog(preserve: boolean): void;
  clear(): void;
}

export interface CollectorOptions {
  /**
   * Chromium's network log keeps only the first attempt of a request retried with what was typed into
   * a login prompt (detect-sanitized.ts): said on such refusals. DevTools' own log is never sanitized.
   */
  chromium: boolean;
}

export function createRefusalCollector(network: DevtoolsNetwork, options: CollectorOptions): RefusalCollector {
  const visibility: HarVisibility = { chromium: options.chromium, headersRemoved: false };
  let tracker: HarContextTracker = createHarContextTracker([]);
  let state: CollectorState = { refusals: [], preserveLog: false };
  let seq = 0;
  let pageUrl: string | undefined;
  const listeners = new Set<(state: CollectorState) => void>();
  const publish = (next: CollectorState): void => {
    state = next;
    for (const listener of listeners) listener(state);
  };
  // Bodies arrive asynchronously; one queue keeps each entry's context to the entries before it.
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (work: () => Promise<void> | void): void => {
    queue = queue.then(work).catch((error: unknown) => console.error('why401: a network entry failed', error));
  };

  const take = async (request: NetworkRequest): Promise<void> => {
    const status = num(request.response?.status);
    if (status === 401 || status === 407) {
      const { content, encoding } = await readContent(request);
      const { getContent: _reader, ...plain } = request;
      const entry = withFetchedBody(plain, content, encoding);
      const diagnosis = diagnoseEntry(entry, tracker, visibility, tracker.pageUrlOf(entry) ?? pageUrl);
      publish({ ...state, refusals: [...state.refusals, { seq: ++seq, entry, diagnosis }] });
    }
    if (isMainDocument(request)) pageUrl = str(request.request.url) ?? pageUrl;
    tracker.observe(request);
  };

  // getHAR's answer may already hold a request whose onRequestFinished is queued behind it: seen once.
  const fromLog = new Set<string>();
  const identity = (entry: HarEntry): string =>
    `${String(entry.startedDateTime)} ${String(entry.request.method)} ${String(entry.request.url)}`;
  network.onRequestFinished.addListener((request) =>
    enqueue(() => (fromLog.size > 0 && fromLog.delete(identity(request)) ? undefined : take(request))),
  );
  network.onNavigated.addListener((url) =>
    enqueue(() => {
      pageUrl = url;
      if (!state.preserveLog) publish({ ...state, refusals: [] });
    }),
  );
  // A panel shown after the page's first requests reads DevTools' log so far (it holds everything since
  // DevTools opened, or since the last navigation unless DevTools preserves its log).
  const getHAR = network.getHAR;
  if (getHAR)
    enqueue(async () => {
      const [log] = await settle((callback) => getHAR.call(network, callback));
      const har = (log ?? {}) as { entries?: unknown; pages?: unknown };
      if (Array.isArray(har.pages)) tracker = createHarContextTracker(har.pages as HarPage[]);
      if (!Array.isArray(har.entries)) return;
      for (const entry of har.entries as NetworkRequest[]) {
        fromLog.add(identity(entry));
        await take(entry);
      }
    });

  return {
    subscribe(listener) {
      listeners.add(listener);
      listener(state);
      return () => listeners.delete(listener);
    },
    setPreserveLog(preserveLog) {
      publish({ ...state, preserveLog });
    },
    clear() {
      enqueue(() => publish({ ...state, refusals: [] }));
    },
  };
}

function isMainDocument(entry: HarEntry): boolean {
  return (
    resourceTypeOf(str(entry._resourceType), headerValue(entry.request.headers, 'sec-fetch-dest')) === 'main_frame'
  );
}
