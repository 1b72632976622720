import { describe, expect, it } from 'vitest';
import type { CredentialFacts } from '../../rules/types';
import { curlCommand } from './curl-command';
import { shellQuote } from './shell-quote';
import { sampleFacts } from './testing/sample-diagnosis';

const none: CredentialFacts = { apiKeys: [], cookieNames: [], dpopProof: false };

function withCredentials(credentials: Partial<CredentialFacts>, request: Parameters<typeof sampleFacts>[0] = {}) {
  const facts = sampleFacts({ url: 'https://api.example.com/v1/me', ...request });
  return { ...facts, credentials: { ...none, ...credentials } };
}

describe('curlCommand', () => {
  it.each<[string, ReturnType<typeof withCredentials>, string]>([
    ['no credentials', withCredentials({}), "curl -i -X 'GET' 'https://api.example.com/v1/me'"],
    [
      'bearer',
      withCredentials({ authorization: { scheme: 'Bearer', length: 10, problems: [] } }),
      "curl -i -X 'GET' 'https://api.example.com/v1/me' -H 'Authorization: Bearer <token>'",
    ],
    [
      'basic as -u',
      withCredentials({ authorization: { scheme: 'Basic', length: 10, problems: [] } }),
      "curl -i -X 'GET' 'https://api.example.com/v1/me' -u '<user>:<password>'",
    ],
    [
      'digest',
      withCredentials({ authorization: { scheme: 'Digest', length: 10, problems: [] } }),
      "curl -i -X 'GET' 'https://api.example.com/v1/me' --digest -u '<user>:<password>'",
    ],
    [
      'negotiate',
      withCredentials({ authorization: { scheme: 'Negotiate', length: 10, problems: [] } }),
      "curl -i -X 'GET' 'https://api.example.com/v1/me' --negotiate -u ':'",
    ],
    [
      'no scheme',
      withCredentials({ authorization: { scheme: '', length: 10, problems: ['no-scheme'] } }),
      "curl -i -X 'GET' 'https://api.example.com/v1/me' -H 'Authorization: <credentials>'",
    ],
    [
      'api key header, query key skipped',
      withCredentials({
        apiKeys: [
          { carrier: 'header', name: 'X-API-Key', length: 3, problems: [] },
          { carrier: 'query', name: 'key', length: 3, problems: [] },
        ],
      }),
      "curl -i -X 'GET' 'https://api.example.com/v1/me' -H 'X-API-Key: <api-key>'",
    ],
    [
      'cookies by name',
      withCredentials({ cookieNames: ['sid', 'csrf'] }),
      "curl -i -X 'GET' 'https://api.example.com/v1/me' -H 'Cookie: sid=<value>; csrf=<value>'",
    ],
    [
      'proxy basic',
      withCredentials({ proxyAuthorization: { scheme: 'Basic', length: 10, problems: [] } }),
      "curl -i -X 'GET' 'https://api.example.com/v1/me' -x '<proxy-url>' --proxy-user '<user>:<password>'",
    ],
    [
      'dpop',
      withCredentials({ authorization: { scheme: 'DPoP', length: 10, problems: [] }, dpopProof: true }),
      "curl -i -X 'GET' 'https://api.example.com/v1/me' -H 'Authorization: DPoP <token>' -H 'DPoP: <dpop-proof>'",
    ],
    [
      'redacted query needs -g',
      withCredentials({}, { url: 'https://a.example/?key=[redacted]' }),
      "curl -i -g -X 'GET' 'https://a.example/?key=[redacted]'",
    ],
    [
      'quote in URL escaped',
      withCredentials({}, { url: "https://a.example/it's" }),
      "curl -i -X 'GET' 'https://a.example/it'\\''s'",
    ],
    [
      'preflight',
      withCredentials({}, { method: 'OPTIONS', isPreflight: true, initiator: 'https://app.example' }),
      "curl -i -X 'OPTIONS' 'https://api.example.com/v1/me' -H 'Origin: https://app.example' -H 'Access-Control-Request-Method: <method>'",
    ],
  ])('%s', (_name, facts, expected) => {
    expect(curlCommand(facts)).toBe(expected);
  });

  it('keeps a hostile cookie name inside its quotes', () => {
    const cmd = curlCommand(withCredentials({ cookieNames: ["x'; rm -rf ~; echo '"] }));
    expect(cmd).toBe(
      "curl -i -X 'GET' 'https://api.example.com/v1/me' -H 'Cookie: x'\\''; rm -rf ~; echo '\\''=<value>'",
    );
  });
});

describe('shellQuote', () => {
  it.each<[string, string]>([
    ['plain', "'plain'"],
    ["it's", "'it'\\''s'"],
    ['new\nline', "'newline'"],
    ['$(id) `id`', "'$(id) `id`'"],
  ])('%j', (input, expected) => {
    expect(shellQuote(input)).toBe(expected);
  });
});
