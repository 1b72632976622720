// Message keys are checked at compile time (typecheck is part of npm test): each `@ts-expect-error`
// below fails the typecheck if a misspelt key ever compiles again.
import { describe, expect, it } from 'vitest';
import { msg } from './causes/candidate';

describe('message keys', () => {
  it('a rule can only name a key of the English catalogue', () => {
    expect(msg('ev_no_credentials')).toEqual({ key: 'ev_no_credentials' });
    // @ts-expect-error a key that is not in src/locales/en/rules.json
    expect(msg('ev_no_such_message').key).toBe('ev_no_such_message');
  });
});
