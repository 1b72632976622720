import { formatChallenge, parseChallenges } from '../rules/index';
import type { CliIo } from './io';
import { sanitizeText } from '../shared/i18n/sanitize-text';

/** `why401 parse [--json] VALUE...`: one argument per WWW-Authenticate field line. */
export function parseCommand(options: { values: string[]; json: boolean }, io: CliIo): number {
  const challenges = parseChallenges(options.values);
  if (options.json) {
    const out = challenges.map((c) => ({ scheme: c.scheme, params: c.params, token68: c.token68 }));
    io.stdout.write(`${JSON.stringify(out)}\n`);
  } else if (challenges.length === 0) {
    io.stdout.write('No challenges found.\n');
  } else {
    for (const c of challenges) io.stdout.write(`${sanitizeText(formatChallenge(c), 10_000)}\n`);
  }
  return 0;
}
