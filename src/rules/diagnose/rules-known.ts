// Matches from the knowledge tables (src/rules/response): a known product's own words are direct evidence.
import type { EvidenceSource, KnownSignal } from '../types';
import { type Rule, WEIGHT, candidate, msg } from './candidate';

export const knownSignalRules: Rule = (facts) =>
  facts.signals.known.map((k) => candidate(k.cause, WEIGHT.decisive - 1, 'direct', knownMessage(k), knownSource(k), {
    // "Search further with the framework's name" (seed article): the product is the search term.
    developer: [msg('adv_developer_search_product', k.product)],
    owner: [msg('adv_owner_search_product', k.product)],
  }));

function knownMessage(k: KnownSignal) {
  if (k.where === 'header') return msg('ev_known_header', k.product, { code: `${k.header ?? ''}: ${k.excerpt}` });
  if (k.where === 'status-text') return msg('ev_known_status_text', k.product, { code: k.excerpt });
  return msg('ev_known_body', k.product, { code: k.excerpt });
}

function knownSource(k: KnownSignal): EvidenceSource {
  if (k.where === 'header') return { kind: 'header', name: (k.header ?? '').toLowerCase() };
  if (k.where === 'status-text') return { kind: 'status' };
  return { kind: 'body' };
}
