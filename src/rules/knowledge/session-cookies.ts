// Cookie names that carry a sign-in: frameworks' defaults and the words apps use for their own. Only
// such a cookie running out explains a 401; an analytics cookie's lifetime says nothing about it.
const DEFAULT_NAMES = [
  'connect.sid', // Express (express-session)
  'phpsessid', // PHP
  'jsessionid', // Java servlet containers
  'asp.net_sessionid', // ASP.NET
  '.aspxauth', // ASP.NET forms authentication
  '.aspnetcore.cookies', // ASP.NET Core cookie authentication
  'laravel_session', // Laravel
  'sessionid', // Django
  'session', // Flask
  'sid',
];

/** `_myapp_session` (Rails), `auth_token`, `remember_user_token` (Devise), `next-auth.session-token`... */
const SESSION_WORDS = /sess|auth|token|login|remember|jwt|identity|sso/i;

const DEFAULTS: ReadonlySet<string> = new Set(DEFAULT_NAMES);

export function isSessionCookieName(name: string): boolean {
  return DEFAULTS.has(name.toLowerCase()) || SESSION_WORDS.test(name);
}
