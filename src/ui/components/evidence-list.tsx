import type { Evidence } from '../../rules/types';
import { sourceMessage } from '../../shared/report/evidence-source';
import { tm } from '../i18n/t';
import { RichText } from './rich-text';

/** Each fact with where it came from: "token expired 3 hr 12 min before the request — claim `exp`". */
export function EvidenceList({ evidence }: { evidence: readonly Evidence[] }) {
  if (evidence.length === 0) return null;
  return (
    <ul class="evidence">
      {evidence.map((item, index) => (
        <li key={index}>
          <RichText text={tm(item.message)} />{' '}
          <span class="source">
            (<RichText text={tm(sourceMessage(item.source))} />)
          </span>
        </li>
      ))}
    </ul>
  );
}
