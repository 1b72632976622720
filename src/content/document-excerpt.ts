// A page or frame that was itself answered 401/407 (an error page, a proxy's notice): its text is in
// the document. The navigation timing entry tells the status, so a normal page costs one lookup.
import { BODY_EXCERPT_LIMIT } from '../rules/limits';

export interface DocumentRefusal {
  url: string;
  status: 401 | 407;
}

/** The document's own status when it is 401/407; undefined for every other page (and where unknown). */
export function documentRefusal(): DocumentRefusal | undefined {
  const [entry] = performance.getEntriesByType('navigation') as Array<
    PerformanceNavigationTiming & { responseStatus?: number }
  >;
  const status = entry?.responseStatus;
  if (status !== 401 && status !== 407) return undefined;
  return { url: entry?.name || location.href, status };
}

/** The markup of an HTML/XML page (what the rules search, login forms included); the text of anything else. */
export function documentExcerpt(doc: Document): string {
  const markup = /html|xml/i.test(doc.contentType) ? doc.documentElement?.outerHTML : doc.body?.textContent;
  return (markup ?? '').slice(0, BODY_EXCERPT_LIMIT);
}
