import type { AuthorizationShape, Facts } from '../../rules/types';
import { shellQuote } from './shell-quote';

// Reproduces the request from Facts. Facts never hold secret values, so every secret becomes a
// placeholder the reader fills in; the URL is already redacted (query secrets are `[redacted]`).

/** `curl -i -X GET 'https://…' -H 'Authorization: Bearer <token>'`, one line, safely quoted. */
export function curlCommand(facts: Facts): string {
  const { request, credentials } = facts;
  const args = ['curl', '-i'];
  // `[redacted]` and `{…}` would be read as curl URL globs; -g takes the URL literally.
  if (/[[\]{}]/.test(request.url)) args.push('-g');
  args.push('-X', shellQuote(request.method || 'GET'), shellQuote(request.url));
  if (credentials.authorization) args.push(...authorizationArgs(credentials.authorization));
  if (credentials.proxyAuthorization) args.push(...proxyArgs(credentials.proxyAuthorization));
  for (const key of credentials.apiKeys) {
    if (key.carrier === 'header') args.push('-H', shellQuote(`${key.name}: <api-key>`));
  }
  if (credentials.cookieNames.length > 0) {
    const pairs = credentials.cookieNames.map((name) => `${name}=<value>`).join('; ');
    args.push('-H', shellQuote(`Cookie: ${pairs}`));
  }
  if (credentials.dpopProof) args.push('-H', shellQuote('DPoP: <dpop-proof>'));
  if (request.isPreflight) {
    args.push('-H', shellQuote(`Origin: ${request.initiator ?? '<origin>'}`));
    args.push('-H', shellQuote('Access-Control-Request-Method: <method>'));
  }
  return args.join(' ');
}

function authorizationArgs(auth: AuthorizationShape): string[] {
  // curl speaks these schemes itself, which reproduces the handshake better than a fixed header.
  switch (auth.scheme.toLowerCase()) {
    case 'basic':
      return ['-u', shellQuote('<user>:<password>')];
    case 'digest':
      return ['--digest', '-u', shellQuote('<user>:<password>')];
    case 'ntlm':
      return ['--ntlm', '-u', shellQuote('<user>:<password>')];
    case 'negotiate':
      return ['--negotiate', '-u', shellQuote(':')];
    default:
      return ['-H', shellQuote(`Authorization: ${headerValue(auth)}`)];
  }
}

function proxyArgs(auth: AuthorizationShape): string[] {
  const proxy = ['-x', shellQuote('<proxy-url>')];
  if (auth.scheme.toLowerCase() === 'basic') return [...proxy, '--proxy-user', shellQuote('<user>:<password>')];
  return [...proxy, '-H', shellQuote(`Proxy-Authorization: ${headerValue(auth)}`)];
}

function headerValue(auth: AuthorizationShape): string {
  if (auth.scheme === '') return '<credentials>';
  const placeholder =
    auth.scheme.toLowerCase() === 'bearer' || auth.scheme.toLowerCase() === 'dpop' ? '<token>' : '<credentials>';
  return `${auth.scheme} ${placeholder}`;
}
