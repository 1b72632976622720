// Records a case and writes its HAR plus the sanitized copy Chrome exports by default.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { fixtureName } from './fixture-paths';
import type { RealServerCase, ServerInstance } from './real-server-case';
import { recordCase } from './record-har';
import { sanitizeHar, type RecordedHar } from './sanitize-har';

export interface RecordedPaths {
  har: string;
  sanitized: string;
}

export async function recordFixture<S extends ServerInstance>(
  browser: Browser,
  serverName: string,
  server: S,
  testCase: RealServerCase<S>,
  dir: string,
): Promise<RecordedPaths> {
  const name = fixtureName(serverName, testCase.name);
  const paths = { har: join(dir, name), sanitized: join(dir, 'sanitized', name) };
  mkdirSync(join(dir, 'sanitized'), { recursive: true });
  await recordCase(browser, server, testCase, paths.har);
  const har = JSON.parse(readFileSync(paths.har, 'utf8')) as RecordedHar;
  // Pretty-printed, so a re-recording shows as a readable diff.
  writeFileSync(paths.har, `${JSON.stringify(har, null, 2)}\n`);
  writeFileSync(paths.sanitized, `${JSON.stringify(sanitizeHar(har), null, 2)}\n`);
  return paths;
}
