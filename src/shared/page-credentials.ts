// What the page's own fetch/XHR wrapper saw of a refused request's credentials, by shape only (the rule
// module's AuthorizationShape and ApiKeyShape, never a value). It lets the worker leave `onSendHeaders`
// off for fetch/XHR while bodies are read (every listener costs every request: docs/benchmarks.md).
// Built in the page's MAIN world, so it is untrusted: the relay (src/content/channel.ts) only passes on
// bounded plain data of this shape.
import type { ApiKeyShape, AuthorizationShape } from '../rules/types';

export interface PageCredentials {
  /** The Authorization header the page set, described; absent when it set none. */
  authorization?: AuthorizationShape;
  /** API keys in known header carriers (query keys the worker reads from the URL itself). */
  apiKeys: ApiKeyShape[];
  /** A DPoP proof header was set (RFC 9449 §4). */
  dpopProof: boolean;
}

/**
 * Plain JSON data of bounded size: strings up to 200 characters, at most 30 items per level, 6 levels
 * (credentials > authorization > token > jwt > claims > aud).
 */
function isBoundedData(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.length <= 200;
  if (typeof value === 'number' || typeof value === 'boolean') return true;
  if (depth > 5 || typeof value !== 'object' || value === null) return false;
  const items = Array.isArray(value) ? value : Object.values(value);
  return items.length <= 30 && items.every((item) => isBoundedData(item, depth + 1));
}

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

export function parsePageCredentials(value: unknown): PageCredentials | undefined {
  if (!isBoundedData(value)) return undefined;
  const v = value as Record<string, unknown>;
  const auth = v.authorization as AuthorizationShape | undefined;
  if (auth !== undefined && (typeof auth.scheme !== 'string' || !isStrings(auth.problems))) return undefined;
  if (!Array.isArray(v.apiKeys) || typeof v.dpopProof !== 'boolean') return undefined;
  return {
    ...(auth ? { authorization: auth } : {}),
    apiKeys: v.apiKeys as ApiKeyShape[],
    dpopProof: v.dpopProof,
  };
}
