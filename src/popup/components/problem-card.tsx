import type { Audience } from '../../rules/types';
import { causeSummaryKey, causeTitleKey } from '../../shared/report/cause-title';
import { requestSideNote } from '../../shared/report/request-side-note';
import type { ObservationRecord } from '../../shared/storage-schema';
import type { RunAction } from '../actions';
import { t, tm } from '../i18n/t';
import { AdviceList } from './advice-list';
import { CardActions } from './card-actions';
import { EvidenceList } from './evidence-list';
import { OtherCauses } from './other-causes';
import { RequestLine } from './request-line';

interface Props {
  record: ObservationRecord;
  audience: Audience;
  now: number;
  run: RunAction;
}

/** One distinct problem. Visitors get plain words first; the technical part waits behind "Details". */
export function ProblemCard({ record, audience, now, run }: Props) {
  const [top, ...others] = record.diagnosis.causes;
  if (!top) return null;
  // What the worker did not see (its onSendHeaders missed): said before any evidence is weighed.
  const note = requestSideNote(record.diagnosis.facts);
  const technical = (
    <>
      <RequestLine record={record} now={now} />
      {note && <p class="meta note">{tm(note)}</p>}
      <h3>{t('popup_evidence')}</h3>
      <EvidenceList evidence={top.evidence} />
      <OtherCauses causes={others} audience={audience} />
    </>
  );
  return (
    <article class="card" data-cause={top.id} data-likelihood={top.likelihood}>
      <h2>{t(causeTitleKey(top.id, audience))}</h2>
      <p class="summary">{t(causeSummaryKey(top.id))}</p>
      {audience === 'visitor' ? (
        <details class="details">
          <summary>{t('popup_details')}</summary>
          {technical}
        </details>
      ) : (
        technical
      )}
      <AdviceList advice={top.advice[audience]} />
      <CardActions record={record} actions={top.actions} audience={audience} run={run} />
    </article>
  );
}
