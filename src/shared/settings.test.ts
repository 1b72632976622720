import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, readSettings } from './settings';

describe('settings', () => {
  it('reads bodies by default', () => {
    expect(DEFAULT_SETTINGS.readBodies).toBe(true);
    expect(parseSettings({})).toEqual({ readBodies: true });
  });

  it('keeps a stored boolean and ignores a value of the wrong type', () => {
    expect(parseSettings({ readBodies: false })).toEqual({ readBodies: false });
    expect(parseSettings({ readBodies: 'no' })).toEqual({ readBodies: true });
  });

  it('falls back to the defaults when storage fails', async () => {
    await expect(readSettings({ get: () => Promise.reject(new Error('gone')) })).resolves.toEqual({ readBodies: true });
    await expect(readSettings({ get: async (keys) => Object.fromEntries(keys.map((key) => [key, false])) })).resolves.toEqual({ readBodies: false });
  });
});
