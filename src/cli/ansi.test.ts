import { describe, expect, it } from 'vitest';
import { wantsColor } from './ansi';

describe('wantsColor', () => {
  it.each<[string, boolean, boolean, Record<string, string>, boolean]>([
    ['a terminal', true, false, {}, true],
    ['a pipe', false, false, {}, false],
    ['--no-color', true, true, {}, false],
    ['--no-color beats FORCE_COLOR', true, true, { FORCE_COLOR: '1' }, false],
    ['NO_COLOR', true, false, { NO_COLOR: '1' }, false],
    ['NO_COLOR empty is ignored', true, false, { NO_COLOR: '' }, true],
    ['TERM=dumb', true, false, { TERM: 'dumb' }, false],
    ['TERM=xterm-256color', true, false, { TERM: 'xterm-256color' }, true],
    ['FORCE_COLOR=1 on a pipe', false, false, { FORCE_COLOR: '1' }, true],
    ['FORCE_COLOR=2 on a pipe', false, false, { FORCE_COLOR: '2' }, true],
    ['FORCE_COLOR=3 on a pipe', false, false, { FORCE_COLOR: '3' }, true],
    ['FORCE_COLOR empty on a pipe', false, false, { FORCE_COLOR: '' }, true],
    ['FORCE_COLOR=true on a pipe', false, false, { FORCE_COLOR: 'true' }, true],
    ['FORCE_COLOR=0 on a terminal', true, false, { FORCE_COLOR: '0' }, false],
    ['FORCE_COLOR=false on a terminal', true, false, { FORCE_COLOR: 'false' }, false],
    ['FORCE_COLOR beats NO_COLOR (as in Node)', false, false, { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
    ['FORCE_COLOR beats TERM=dumb', false, false, { FORCE_COLOR: '1', TERM: 'dumb' }, true],
  ])('%s', (_name, isTTY, noColorFlag, env, expected) => {
    expect(wantsColor({ isTTY, noColorFlag, env })).toBe(expected);
  });
});
