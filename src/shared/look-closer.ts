// "Look closer" (Chrome only): for one reload of one tab, the worker listens with `extraHeaders`, which
// shows what Chrome otherwise hides from webRequest: CORS preflights, the request `Cookie` header, the
// response `Set-Cookie` headers and the responses of requests that fail CORS. Asking for it always
// costs every page (npm run bench: 1.30–1.37× over no extension), so it is never on by default and
// always ends: when the reloaded page has settled, when the tab navigates away, or after 2 minutes.
// This is the stored contract between the worker (writer) and the popup (reader).

/** The longest a look lasts, whatever happens. */
export const LOOK_CLOSER_MAX_MS = 120_000;
/** After the reloaded page's load event, the look waits this long with no request on the tab, then ends. */
export const LOOK_CLOSER_SETTLE_MS = 3_000;
/** What one look keeps at most; the rest is counted. */
export const MAX_SIGHTINGS = 40;

/** One `Set-Cookie` seen: the cookie's name and its attributes (never its value). */
export interface SetCookieShape {
  name: string;
  /** Attributes as sent, each `Name` or `Name=value` (`Secure`, `SameSite=None`, `Max-Age=0`, `Path=/`). */
  attributes: string[];
}

/** A response the look saw that Chrome hides without `extraHeaders`, or that carries cookies. */
export interface Sighting {
  /** Redacted like every stored URL. */
  url: string;
  method: string;
  status: number;
  /** An `OPTIONS` request with `Access-Control-Request-Method`: a CORS preflight. */
  preflight: boolean;
  /** Names of the cookies the request carried (from its `Cookie` header). */
  cookieNames: string[];
  setCookies: SetCookieShape[];
}

export type LookEndReason = 'settled' | 'navigated' | 'deadline';

export interface LookCloserSession {
  tabId: number;
  startedAt: number;
  /** The latest end: `startedAt + LOOK_CLOSER_MAX_MS`. */
  deadline: number;
  /** The request id of the reload the look started (its redirect hops keep it). */
  reloadRequestId?: string;
  /** When the reloaded page fired its load event. */
  loadedAt?: number;
  endedAt?: number;
  endReason?: LookEndReason;
  sightings: Sighting[];
  /** Sightings not kept beyond MAX_SIGHTINGS. */
  moreSightings: number;
}

/** The sessions, one per tab that was looked at (tab id as a string key). */
export type LookCloserSessions = Record<string, LookCloserSession>;

function isSession(value: unknown): value is LookCloserSession {
  if (typeof value !== 'object' || value === null) return false;
  const session = value as Partial<LookCloserSession>;
  return (
    typeof session.tabId === 'number' &&
    typeof session.startedAt === 'number' &&
    typeof session.deadline === 'number' &&
    Array.isArray(session.sightings)
  );
}

export function parseSessions(stored: unknown): LookCloserSessions {
  if (typeof stored !== 'object' || stored === null) return {};
  return Object.fromEntries(Object.entries(stored).filter(([, session]) => isSession(session))) as LookCloserSessions;
}

/** Whether the look is still listening at `now` (the worker ends it; a dead worker's look ends by the clock). */
export function isLooking(session: LookCloserSession | undefined, now: number): boolean {
  return session !== undefined && session.endedAt === undefined && now < session.deadline;
}
