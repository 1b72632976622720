// Does an HTML body contain a login form? A `<form>` holding an `<input type="password">` is what
// both an app's sign-in page and a network's captive portal look like. Bounded: looks at the first
// LOGIN_SCAN_LIMIT characters and at most MAX_FORMS forms, with indexOf only.

export const LOGIN_SCAN_LIMIT = 32 * 1024;
const MAX_FORMS = 32;
const PASSWORD_INPUT = /\btype\s{0,4}=\s{0,4}["']?password\b/;

export function hasLoginForm(body: string | undefined): boolean {
  if (!body) return false;
  const html = body.slice(0, LOGIN_SCAN_LIMIT).toLowerCase();
  let from = 0;
  for (let n = 0; n < MAX_FORMS; n++) {
    const start = html.indexOf('<form', from);
    if (start < 0) return false;
    const close = html.indexOf('</form', start);
    const end = close < 0 ? html.length : close;
    if (PASSWORD_INPUT.test(html.slice(start, end))) return true;
    if (close < 0) return false;
    from = close + 6;
  }
  return false;
}
