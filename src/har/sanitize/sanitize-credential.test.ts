import { describe, expect, it } from 'vitest';
import { describeAuthorization, findApiKeys } from '../../rules/index';
import { sanitizeApiKey, sanitizeAuthorization } from './sanitize-credential';
import { restoreText } from './restore-entry';

const b64 = (text: string) => Buffer.from(text).toString('base64');
const b64url = (text: string) => Buffer.from(text).toString('base64url');
const JWT = `${b64url('{"alg":"RS256","typ":"JWT","kid":"CANARYkid"}')}.${b64url(
  '{"sub":"CANARYsub","iss":"https://login.example.com/","aud":["api","web"],"scope":"read write","exp":1700000000,"nbf":1699990000,"iat":1699990000,"email":"CANARY@example.com"}',
)}.CANARYsig0123456789`;
const NOW = Date.parse('2023-11-14T23:00:00Z');

describe('sanitizeAuthorization: read back, the same shape; the secret gone', () => {
  it.each([
    ['Bearer opaque', 'Bearer CANARYopaque0123456789abcdef', 'CANARYopaque'],
    ['Bearer JWT with claims', `Bearer ${JWT}`, 'CANARY'],
    [
      'Bearer JWE (5 parts)',
      `Bearer ${b64url('{"alg":"RSA-OAEP","enc":"A256GCM"}')}.CANARYk.CANARYiv.CANARYct.CANARYtag`,
      'CANARY',
    ],
    ['Bearer two-part JWT', 'Bearer eyJhbGciOiJIUzI1NiJ9.CANARYpayload', 'CANARY'],
    ['Bearer undecodable JWT', 'Bearer eyJCANARYnotjson.CANARYx.CANARYy', 'CANARY'],
    ['Basic user:password', `Basic ${b64('CANARYuser:CANARYpass')}`, b64('CANARYuser:CANARYpass')],
    ['Basic without colon', `Basic ${b64('CANARYonly')}`, b64('CANARYonly')],
    ['Basic empty password', `Basic ${b64('CANARYuser:')}`, b64('CANARYuser:')],
    ['Basic not base64', 'Basic CANARY!!not-base64', 'CANARY'],
    ['quoted token', 'Bearer "CANARYquoted0123"', 'CANARYquoted'],
    ['whole value quoted', '"Bearer CANARYwhole0123"', 'CANARYwhole'],
    ['double scheme', 'Bearer Bearer CANARYdouble0123', 'CANARYdouble'],
    ['whitespace inside', 'Bearer CANARYa b0123', 'CANARYa'],
    ['no scheme', 'CANARYbare0123456789abcdefghij', 'CANARYbare'],
    ['non-ASCII', 'Bearer CANARYé0123', 'CANARY'],
    ['64 hex digits', `Bearer ${'ab12'.repeat(16)}`, 'ab12ab12'],
    [
      'Digest',
      'Digest username="CANARYuser", realm="r", nonce="abc", uri="/x", response="CANARYresp", nc=00000002, cnonce="CANARYc"',
      'CANARY',
    ],
    [
      'AWS SigV4',
      'AWS4-HMAC-SHA256 Credential=CANARYAKIA/20240101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=CANARYsig',
      'CANARY',
    ],
  ])('%s', (_name, value, secret) => {
    const sanitized = sanitizeAuthorization(value);
    expect(sanitized).not.toContain(secret);
    expect(describeAuthorization(restoreText(sanitized), NOW)).toEqual(describeAuthorization(value, NOW));
  });

  it.each([
    ['Bearer undefined'],
    ['Bearer null'],
    ['Bearer [object Object]'],
    ['Bearer '],
    ['Basic [REDACTED]'],
    ['Bearer xxx'],
  ])('%s is evidence, not a secret: kept', (value) => {
    expect(sanitizeAuthorization(value)).toBe(value);
  });

  it('keeps the JWT claims a diagnosis reads, and neither the subject nor the key id nor other claims', () => {
    const sanitized = sanitizeAuthorization(`Bearer ${JWT}`);
    expect(sanitized).toMatch(/exp=1700000000/);
    expect(sanitized).toMatch(/scope=read\.write/);
    expect(sanitized).toMatch(/sub=1/);
    expect(sanitized).not.toMatch(/CANARY|email|kid/);
  });

  it('never keeps a Basic user name, only whether there is one', () => {
    const sanitized = sanitizeAuthorization(`Basic ${b64('alice:secret')}`);
    expect(sanitized).toBe('Basic [why401:v1:basic:len=16:b64=1:colon=1:user=1:pass=1:pad=0]');
    expect(atob(restoreText(sanitized).slice(6))).not.toContain('alice');
  });
});

describe('sanitizeApiKey', () => {
  it.each([
    ['plain', 'CANARYkey0123456789'],
    ['quoted', '"CANARYkey0123"'],
    ['spaces inside', 'CANARY key'],
  ])('%s: same shape read back, the key gone', (_name, value) => {
    const sanitized = sanitizeApiKey('X-API-Key', value);
    expect(sanitized).not.toContain('CANARY');
    expect(findApiKeys([{ name: 'X-API-Key', value: restoreText(sanitized) }], '')).toEqual(
      findApiKeys([{ name: 'X-API-Key', value }], ''),
    );
  });
});
