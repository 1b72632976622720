// The panel's refusals as a HAR document: what "Export these refusals" hands to the sanitizer
// (`sanitizeHar` in src/har/sanitize/, wired into the panel's toolbar after that lands). The entries are
// raw, as DevTools gave them, with bodies cut to the excerpt: they hold credentials, so this document
// must never leave the panel except through the sanitizer.
import type { HarEntry } from '../har/har-types';
import type { Refusal } from './refusal-collector';

export interface RefusalsHar {
  log: { version: '1.2'; creator: { name: string; version: string }; pages: []; entries: HarEntry[] };
}

export function refusalsHar(refusals: readonly Refusal[], version: string): RefusalsHar {
  return {
    log: {
      version: '1.2',
      creator: { name: 'Why401 DevTools panel', version },
      pages: [],
      entries: refusals.map((refusal) => structuredClone(refusal.entry)),
    },
  };
}
