import type { EvidenceSource, Message } from '../../rules/types';

/** Short machine-readable form for JSON output: `header:www-authenticate`, `claim:exp`, `history:<url>`. */
export function sourceId(source: EvidenceSource): string {
  switch (source.kind) {
    case 'header':
      return `header:${source.name.toLowerCase()}`;
    case 'claim':
      return `claim:${source.name}`;
    case 'history':
      return `history:${source.url}`;
    default:
      return source.kind;
  }
}

/** Human-readable form, as a message of the `report_source_*` family. */
export function sourceMessage(source: EvidenceSource): Message {
  switch (source.kind) {
    case 'header':
      return { key: 'report_source_header', params: [{ code: source.name }] };
    case 'claim':
      return { key: 'report_source_claim', params: [{ code: source.name }] };
    case 'history':
      return { key: 'report_source_history', params: [{ code: source.url }, { time: source.at }] };
    default:
      return { key: `report_source_${source.kind}` };
  }
}
