// examples/expired-jwt.har with a planted secret: the JWT's signature (in the Authorization header and
// in the page's script that sent it) becomes a token no other file holds, so finding it in a sanitized
// copy means a secret got through.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const CANARY = 'Why401PlantedCanary-9f2c41d7';

export function canaryHarText(): string {
  const text = readFileSync(resolve(process.cwd(), 'examples/expired-jwt.har'), 'utf8');
  const planted = text.replaceAll('CANARY-c2lnbmF0dXJl', CANARY);
  if (!planted.includes(CANARY)) throw new Error('the example no longer holds the signature to replace');
  return planted;
}
