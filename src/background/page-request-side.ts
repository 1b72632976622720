// A refused fetch/XHR whose request headers the worker did not take (onSendHeaders is off for them while
// bodies are read: api-headers.ts) gets its request side from the page's wrapper instead: the credentials
// the page set, by shape (src/shared/page-credentials.ts). The browser's own additions stay as they were:
// cookies come from the jar as for every refusal, and a cached Basic/Digest/Negotiate answer is invisible
// to the page, so where such a challenge was made and the page set no Authorization, nothing is claimed.
import { diagnoseFacts, isBrowserAnsweredScheme, takeFacts } from '../rules';
import type { DiagnoseContext, Diagnosis, Exchange } from '../rules/types';
import type { PageCredentials } from '../shared/page-credentials';

export function diagnoseWithPage(
  exchange: Exchange,
  context: DiagnoseContext,
  page: PageCredentials | null | undefined,
): Diagnosis {
  const facts = takeFacts(exchange);
  const { challenges, credentials, request } = facts;
  // Proxy-Authorization is the browser's, never the page's: it stays unknown (a 407 is judged by it).
  if (
    page &&
    request.seen?.side === 'not-seen' &&
    (page.authorization || !challenges.some((challenge) => isBrowserAnsweredScheme(challenge.scheme)))
  ) {
    if (page.authorization) credentials.authorization = page.authorization;
    credentials.apiKeys.unshift(...page.apiKeys);
    credentials.dpopProof = page.dpopProof;
    request.seen = {
      ...request.seen,
      side: 'complete',
      authorization: page.authorization ? 'present' : 'absent',
      // As takeFacts reads a request it saw: the cookies inferred from the jar, or none.
      cookies: credentials.cookieNames.length > 0 ? 'present' : 'absent',
    };
  }
  return diagnoseFacts(facts, context);
}
