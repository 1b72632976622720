// Attaches a 401/407 body excerpt, read by a content script in the page, to the refusal the worker
// observed at onHeadersReceived. A refusal is diagnosed once, when its batch is written (tab-store.ts):
// a body (and the credentials the page set, for a fetch/XHR) reported before that goes into that one
// diagnosis; one reported later re-runs it and re-files the stored record (users see something even
// when no body ever comes).
import type { DiagnoseContext, Diagnosis, Exchange } from '../rules/types';
import type { PageCredentials } from '../shared/page-credentials';
import { browser, type Runtime } from '../shared/browser';
import { parseResponseBody, type ResponseBodyMessage } from '../shared/messages';
import { comparableUrl, RecentRefusals, type BodyReport, type RefusalKey } from './body-match';
import { diagnoseWithPage } from './page-request-side';
import { readBodiesSetting } from './read-bodies';
import { replaceDiagnosis } from './tab-store';

/** What diagnosing needs. Holds the raw Exchange (maybe secrets) and body: memory only, ≤ 10 s. */
export interface PreparedRefusal {
  exchange: Exchange;
  context: DiagnoseContext;
  /** The body excerpt, once the page reported it. */
  body?: string;
  /** The credentials the page set on a fetch/XHR, by shape, once the page reported or was asked. */
  credentials?: PageCredentials | null;
  /** The diagnosis filed, once made. */
  filed?: Diagnosis;
}

/** Diagnoses the refusal with what is known of it now; the excerpt goes only into diagnose(), which masks what it keeps. */
export function diagnoseOnce(refusal: PreparedRefusal): Diagnosis {
  const { exchange, context, body, credentials } = refusal;
  const seen = body === undefined ? exchange : { ...exchange, responseBody: body };
  return (refusal.filed = diagnoseWithPage(seen, context, credentials));
}

/** Each entry resolves once the refusal is queued for storage (undefined if it is not filed). */
const recent = new RecentRefusals<Promise<PreparedRefusal | undefined>>();

/**
 * Called synchronously in onHeadersReceived, before any await: the page may read the body and report
 * it faster than the worker diagnoses, and a report that finds no entry is dropped.
 */
export function expectBody(key: RefusalKey): (prepared: PreparedRefusal | undefined) => void {
  let settle: (prepared: PreparedRefusal | undefined) => void = () => undefined;
  const ready = new Promise<PreparedRefusal | undefined>((resolve) => (settle = resolve));
  recent.add(key, ready, Date.now());
  return settle;
}

export function forgetTabBodies(tabId: number): void {
  recent.forgetTab(tabId);
}

/** Only this extension's content scripts, from inside a tab, may report; never a page of ours, never a command. */
function fromContentScript(sender: Runtime.MessageSender, report: ResponseBodyMessage): number | undefined {
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0 || sender.id !== browser.runtime.id) return undefined;
  if (typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(''))) return undefined;
  // A document reports itself: it must be the frame that sent the message.
  if (
    report.source === 'document' &&
    (typeof sender.url !== 'string' || comparableUrl(sender.url) !== comparableUrl(report.url))
  )
    return undefined;
  return tabId;
}

/**
 * The body report and the webRequest event travel on different channels, and on a busy machine the
 * report can come first (seen in Firefox under load). An unmatched report waits a little for its
 * refusal; few may wait at once, so a page flooding us with invented reports only loses its own.
 */
const MATCH_RETRY_MS = 100;
const MATCH_RETRIES = 20;
const MAX_WAITING_REPORTS = 50;
let waitingReports = 0;

async function claimWhenObserved(key: BodyReport): Promise<Promise<PreparedRefusal | undefined> | undefined> {
  const first = recent.claim(key, Date.now());
  if (first || waitingReports >= MAX_WAITING_REPORTS) return first;
  waitingReports++;
  try {
    for (let attempt = 0; attempt < MATCH_RETRIES; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, MATCH_RETRY_MS));
      const claimed = recent.claim(key, Date.now());
      if (claimed) return claimed;
    }
    return undefined;
  } finally {
    waitingReports--;
  }
}

async function attach(tabId: number, report: ResponseBodyMessage): Promise<void> {
  const isDocument = report.source === 'document';
  const pending = await claimWhenObserved({
    tabId,
    url: report.url,
    method: report.method,
    status: report.status,
    isDocument,
  });
  if (!pending) return;
  // The content script already honours the setting; checked again so a page cannot talk its way past it.
  if (!(await readBodiesSetting())) return;
  const prepared = await pending;
  if (!prepared) return;
  // An empty excerpt (a refusal without a body, reported for its credentials) is no body.
  prepared.body = report.excerpt || undefined;
  prepared.credentials = report.credentials;
  const before = prepared.filed;
  // Not diagnosed yet: its batch, not yet written, diagnoses it with the body.
  if (before) await replaceDiagnosis(tabId, before, diagnoseOnce(prepared));
}

export function onBodyMessage(message: unknown, sender: Runtime.MessageSender): undefined {
  const report = parseResponseBody(message);
  if (!report) return undefined;
  const tabId = fromContentScript(sender, report);
  if (tabId === undefined) return undefined;
  attach(tabId, report).catch((error: unknown) =>
    console.error('why401: attaching a body failed', error instanceof Error ? error.message : 'unknown error'),
  );
  return undefined;
}
