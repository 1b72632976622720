// POSIX single quotes take everything literally except `'` itself, which is closed, escaped and
// reopened (`'\''`). Control characters are removed first so a pasted command is one visible line.
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function shellQuote(value: string): string {
  return `'${value.replace(CONTROLS, '').replaceAll("'", `'\\''`)}'`;
}
