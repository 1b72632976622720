// Where each case's kept HAR lives.
import { join, resolve } from 'node:path';

export const FIXTURE_DIR = resolve(import.meta.dirname, '../fixtures/real-servers');
export const SANITIZED_DIR = join(FIXTURE_DIR, 'sanitized');

export function fixtureName(serverName: string, caseName: string): string {
  return `${serverName}-${caseName}.har`;
}
