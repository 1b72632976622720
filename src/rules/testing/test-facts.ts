// Test helper: a neutral Facts object (a 401 to a fetch with nothing sent) with deep-ish overrides.
import type { Challenge, CredentialFacts, Facts, RequestFacts, ResponseFacts, ResponseSignals } from '../types';
import { noSignals } from '../facts/response/inspect-response';

export const T0 = Date.UTC(2025, 0, 15, 12, 0, 0);

export interface FactsOverrides {
  request?: Partial<RequestFacts>;
  response?: Partial<ResponseFacts>;
  challenges?: Challenge[];
  proxyChallenges?: Challenge[];
  credentials?: Partial<CredentialFacts>;
  signals?: Partial<ResponseSignals>;
}

export function makeFacts(o: FactsOverrides = {}): Facts {
  return {
    request: {
      url: 'https://api.example.com/v1/items',
      origin: 'https://api.example.com',
      host: 'api.example.com',
      method: 'GET',
      resourceType: 'fetch',
      startedAt: T0,
      isPreflight: false,
      headerNames: [],
      ...o.request,
    },
    response: { status: 401, statusText: 'Unauthorized', fromCache: false, headers: [], ...o.response },
    challenges: o.challenges ?? [],
    proxyChallenges: o.proxyChallenges ?? [],
    credentials: { apiKeys: [], cookieNames: [], dpopProof: false, ...o.credentials },
    signals: { ...noSignals(), ...o.signals },
  };
}

export function ch(scheme: string, params: Array<[string, string]> = [], token68: string | null = null): Challenge {
  return { scheme, params, token68 };
}
