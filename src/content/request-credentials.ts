// The credentials a page set on a refused fetch/XHR, described by the rule module's own inspection
// (scheme, length, tell-tale values, JWT claims) so that only the shape leaves the page's MAIN world:
// never a value. With this the worker needs no `onSendHeaders` for fetch/XHR while bodies are read.
import { describeAuthorization, findApiKeys } from '../rules';
import type { PageCredentials } from '../shared/page-credentials';

/** `headers`: name/value pairs as the page set them, in order. `requestTime`: epoch ms, judges JWT exp/nbf/iat. */
export function describePageCredentials(headers: Array<[string, string]>, requestTime: number): PageCredentials {
  const list = headers.map(([name, value]) => ({ name, value }));
  const valueOf = (wanted: string) => list.find((header) => header.name.toLowerCase() === wanted)?.value;
  const authorization = valueOf('authorization');
  return {
    ...(authorization !== undefined ? { authorization: describeAuthorization(authorization, requestTime) } : {}),
    // Query keys are the worker's to find: it has the URL as the browser sent it.
    apiKeys: findApiKeys(list, ''),
    dpopProof: (valueOf('dpop') ?? '').trim() !== '',
  };
}
