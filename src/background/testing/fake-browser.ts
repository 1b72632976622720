// A fake of the few browser APIs the worker's storage and request code use, for unit tests: storage.session with
// asynchronous answers (as in a real browser, where each call is a round trip) and a badge recorder.
export interface FakeBrowser {
  storage: {
    session: {
      get(key: string | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(key: string): Promise<void>;
    };
    /** Settings, read by key (a test writes `local` directly). */
    local: { get(key: string): Promise<Record<string, unknown>> };
  };
  action: {
    setBadgeText(details: { tabId: number; text: string }): Promise<void>;
    setBadgeBackgroundColor(): Promise<void>;
    setTitle(details: { tabId: number; title: string }): Promise<void>;
  };
  i18n: { getMessage(key: string, substitutions?: string[]): string };
  tabs: { get(tabId: number): Promise<{ url?: string }> };
  /** Chrome's shape: no `getBrowserInfo`, so the worker takes the Chrome paths. */
  runtime: { id: string; getURL(path: string): string };
  /** The cookie jar holds nothing; a test replaces `getAll` to delay or shape the answer. */
  cookies: { getAll(details: { url: string }): Promise<Array<{ name: string }>> };
  /** What a test inspects. */
  session: Map<string, unknown>;
  local: Map<string, unknown>;
  localReads: number;
  reads: number;
  writes: number;
  badges: Map<number, string>;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

export function createFakeBrowser(): FakeBrowser {
  const session = new Map<string, unknown>();
  const badges = new Map<number, string>();
  const local = new Map<string, unknown>();
  const fake: FakeBrowser = {
    session,
    local,
    localReads: 0,
    badges,
    reads: 0,
    writes: 0,
    storage: {
      session: {
        async get(key) {
          await tick();
          fake.reads++;
          if (key === null) return Object.fromEntries(session);
          return session.has(key) ? { [key]: structuredClone(session.get(key)) } : {};
        },
        async set(items) {
          await tick();
          fake.writes++;
          for (const [key, value] of Object.entries(items)) session.set(key, structuredClone(value));
        },
        async remove(key) {
          await tick();
          session.delete(key);
        },
      },
      local: {
        async get(key) {
          await tick();
          fake.localReads++;
          return local.has(key) ? { [key]: local.get(key) } : {};
        },
      },
    },
    action: {
      async setBadgeText({ tabId, text }) {
        badges.set(tabId, text);
      },
      async setBadgeBackgroundColor() {},
      async setTitle() {},
    },
    i18n: { getMessage: (key) => key },
    tabs: { get: async () => ({ url: 'https://app.example.com/' }) },
    runtime: { id: 'why401', getURL: (path) => `chrome-extension://why401/${path}` },
    cookies: { getAll: async () => [] },
  };
  return fake;
}
