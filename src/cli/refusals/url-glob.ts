// `--url GLOB`: `*` is any run of characters (slashes too), `?` is one character, everything else
// is literal; the glob matches the whole URL, so `*/api/*` finds every API call and
// `https://app.example.com/*` one origin. The URL is the redacted one the output shows.

export function compileUrlGlob(glob: string): RegExp {
  let source = '';
  for (const ch of glob) {
    if (ch === '*') source += '.*';
    else if (ch === '?') source += '.';
    else source += ch.replace(/[\\^$.|+()[\]{}/-]/g, '\\$&');
  }
  // `s`: a `*` also crosses the (already unlikely) line break; `u`: `?` is one character, not one UTF-16 unit.
  return new RegExp(`^${source}$`, 'su');
}
