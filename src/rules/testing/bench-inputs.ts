// Pathological WWW-Authenticate values for the parser's linear-time test and the project's benchmark.
// Each shape targets one path of the scanner that a careless implementation makes quadratic
// (rescanning, backtracking regexes, string building in loops, unbounded output).

/** `unit` repeated (and cut) to exactly `bytes` UTF-16 code units, after `prefix`. */
function fill(prefix: string, unit: string, bytes: number): string {
  const room = Math.max(0, bytes - prefix.length);
  return (prefix + unit.repeat(Math.ceil(room / unit.length))).slice(0, Math.max(bytes, 0));
}

/** The pathological shapes, each `bytes` characters long (ASCII shapes: also `bytes` bytes). */
export function pathologicalHeaders(bytes: number): Array<{ name: string; value: string }> {
  const shapes: Array<[name: string, prefix: string, unit: string]> = [
    ['quotes', '', '"'],
    ['backslashes', '', '\\'],
    ['commas', '', ','],
    ['equals', '', '='],
    ['spaces-and-tabs', '', ' \t'],
    ['a-equals', '', 'a='],
    ['a-equals-space', 'Basic ', 'a= '],
    ['a-comma', '', 'a, '],
    ['words', '', 'a '],
    ['unterminated-realm', 'Basic realm="', 'x'],
    ['escaped-quotes-in-realm', 'Basic realm="', '\\"'],
    ['unquoted-words', 'Basic realm=x', ' x'],
    ['many-params', 'Basic ', 'a=b, '],
    ['many-challenges', '', 'Basic realm="x", '],
    ['space-separated-params', 'Bearer ', 'error="x" '],
    ['token68-padding', 'Negotiate YII', '='],
    ['long-token', 'Negotiate ', 'YIIBAgYGKwYBBQUC'],
    ['quote-comma', 'Basic realm=', '",'],
    ['non-ascii', 'Basic realm=', 'ä€'],
  ];
  return shapes.map(([name, prefix, unit]) => ({ name, value: fill(prefix, unit, bytes) }));
}
