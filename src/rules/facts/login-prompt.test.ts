import { describe, expect, it } from 'vitest';
import type { Header } from '../types';
import { loginPromptMayHaveAnswered } from './login-prompt';

const h = (name: string, value: string): Header => ({ name, value });

describe('loginPromptMayHaveAnswered', () => {
  it.each<[string, number, Header[], Header[], boolean]>([
    ['401 Basic, nothing sent', 401, [], [h('WWW-Authenticate', 'Basic realm="x"')], true],
    [
      '401 Digest among others, nothing sent',
      401,
      [],
      [h('WWW-Authenticate', 'Bearer, Digest realm="x", nonce="n"')],
      true,
    ],
    [
      '401 Basic, Authorization sent by the page',
      401,
      [h('Authorization', 'Basic dTpw')],
      [h('WWW-Authenticate', 'Basic')],
      false,
    ],
    ['401 Bearer only: no prompt', 401, [], [h('WWW-Authenticate', 'Bearer realm="api"')], false],
    ['401 without a challenge: no prompt', 401, [], [], false],
    ['407, no Proxy-Authorization', 407, [], [h('Proxy-Authenticate', 'Basic realm="proxy"')], true],
    [
      '407 with Proxy-Authorization',
      407,
      [h('Proxy-Authorization', 'Basic dTpw')],
      [h('Proxy-Authenticate', 'Basic')],
      false,
    ],
  ])('%s -> %s', (_name, status, request, response, expected) => {
    expect(loginPromptMayHaveAnswered(status, request, response)).toBe(expected);
  });
});
