// Usage text: developer-facing and about option names, so it stays in English here rather than
// in the message catalog. It names no source file: the installed CLI has none to show.
export const HELP_TEXT = `why401 - explain why a web request was answered 401 or 407

Usage:
  why401 diagnose FILE... [--audience visitor|developer|owner] [--json | --markdown]
                  [--status 401|407] [--url GLOB] [--cause ID] [--limit N] [--no-group] [--no-color]
  why401 sanitize FILE [-o OUT] [--quiet]
  why401 parse [--json] VALUE...
  why401 open FILE
  why401 help | --help
  why401 --version

Commands:
  diagnose   Read HAR files (as exported by browser DevTools) or exchanges in HAR-entry JSON
             ({"request": {...}, "response": {...}}) and explain every 401/407 response in them.
             Use - to read standard input. With several files, each gets a heading.
  sanitize   Write a copy of a HAR (or exchange) that can be shared: every token, password, API key
             and cookie value replaced by a placeholder that keeps only its shape (length, JWT
             expiry and scope, Basic well-formed or not), so 'why401 diagnose' still explains it.
             Use - to read standard input. The placeholder format is versioned and documented
             in docs/sanitized-har.md.
  parse      Parse WWW-Authenticate / Proxy-Authenticate values (one argument per header line)
             and print the challenges.
  open       Say where the HAR workbench page is (it ships with why401) and that FILE is to be
             dropped on it: the page shows the diagnosis in a browser, nothing uploaded.

Options for diagnose:
  --audience WHO  Advice for a visitor, developer (default) or owner of the site.
  --json          Machine-readable output: one object per refused entry, indices from 0
                  (a versioned schema, described in the CLI's README).
  --markdown      A Markdown report for a support ticket.
  --status CODE   Only refusals with this status (401 or 407).
  --url GLOB      Only refusals whose URL matches; * is any text, ? one character, and the glob
                  must match the whole URL, e.g. '*/api/*'.
  --cause ID      Only refusals whose most likely cause is ID, e.g. credentials-expired.
                  --status, --url and --cause may be repeated or take a comma-separated list.
  --limit N       Print the first N groups of refusals (N entries with --no-group).
  --no-group      Print every refused entry. By default identical refusals (same most likely
                  cause, method and URL with ids and query values ignored) are printed once,
                  with a count and their entry numbers.
  --no-color      No ANSI colours. Colour is on only for a terminal, and NO_COLOR, FORCE_COLOR
                  and TERM=dumb are respected.

Options for sanitize:
  -o, --output OUT  Write the sanitized HAR to OUT (written whole, then renamed into place)
                    instead of standard output.
  -q, --quiet       No summary of what was removed on standard error.

  -h, --help      Show this help.
  -V, --version   Show the version.

Entries are numbered from 1, in file order (--json indices count from 0).
No secret value (token, password, API key, cookie value) is ever printed.
Exit status: 0 done, 2 usage or input error (with several files: any file unreadable),
1 internal error.
`;
