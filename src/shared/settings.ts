// User settings kept in storage.local (they survive restarts; nothing secret lives here). One typed
// place for their keys and defaults, read by the worker, the content scripts and (later) the popup.

export interface Settings {
  /**
   * Read the body of 401/407 responses in the page (the server's own words: "jwt expired", "Bad
   * credentials"). On by default: without it, body-only causes show as what the headers alone tell.
   */
  readBodies: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = { readBodies: true };

export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>;

/** Whatever storage holds (old versions, hand edits), typed: a wrong type falls back to the default. */
export function parseSettings(stored: Record<string, unknown>): Settings {
  return { readBodies: typeof stored.readBodies === 'boolean' ? stored.readBodies : DEFAULT_SETTINGS.readBodies };
}

/** The slice of `storage.local` settings need, so content scripts can pass `chrome.storage.local` without the polyfill. */
export interface SettingsArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
}

export async function readSettings(area: SettingsArea): Promise<Settings> {
  try {
    return parseSettings(await area.get(SETTING_KEYS));
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}
