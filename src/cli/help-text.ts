// Usage text: developer-facing and about option names, so it stays in English here rather than
// in the message catalog.
export const HELP_TEXT = `why401 - explain why a web request was answered 401 or 407

Usage:
  why401 diagnose FILE|- [--audience visitor|developer|owner] [--json | --markdown] [--no-color]
  why401 parse [--json] VALUE...
  why401 help | --help
  why401 --version

Commands:
  diagnose   Read a HAR file (as exported by browser DevTools) or one exchange in HAR-entry JSON
             ({"request": {...}, "response": {...}}) and explain every 401/407 response in it.
             Use - to read standard input.
  parse      Parse WWW-Authenticate / Proxy-Authenticate values (one argument per header line)
             and print the challenges.

Options:
  --audience WHO  Advice for a visitor, developer (default) or owner of the site.
  --json          Machine-readable output (schema: src/cli/json-output.ts).
  --markdown      A Markdown report for a support ticket (diagnose only).
  --no-color      No ANSI colours (also off when NO_COLOR is set or output is not a terminal).
  -h, --help      Show this help.
  -V, --version   Show the version.

No secret value (token, password, API key, cookie value) is ever printed.
Exit status: 0 done, 2 usage or input error, 1 internal error.
`;
