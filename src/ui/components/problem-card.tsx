import type { Audience } from '../../rules/types';
import { causeSummaryKey, causeTitleKey } from '../../shared/report/cause-title';
import { requestSideNote } from '../../shared/report/request-side-note';
import type { RunAction } from '../actions';
import { t, tm } from '../i18n/t';
import type { CauseGroup } from '../text/cause-groups';
import { AdviceList } from './advice-list';
import { EvidenceList } from './evidence-list';
import { OtherCauses } from './other-causes';
import { RequestLine } from './request-line';
import { UrlList } from './url-list';

export interface CardProps {
  audience: Audience;
  /** Undefined where "2 minutes ago" means nothing (a HAR read later): times are shown in full. */
  now?: number;
  /** Undefined where the card's actions cannot run (the workbench page has no tab and no clipboard action). */
  run?: RunAction;
  /** The host shows the request line above the card already (the workbench, one entry per section). */
  hideRequest?: boolean;
  /**
   * The card offers "Copy report" for its own refusals (the DevTools panel, which has no page action
   * bar); the popup copies one report for the whole page from its action bar instead.
   */
  reportPerCard?: boolean;
}

interface Props extends CardProps {
  group: CauseGroup;
}

/**
 * One cause and every refusal it explains. Visitors get plain words first; the technical part (of the
 * most important request) waits behind "Details". Page-wide actions live in the action bar, not here.
 */
export function ProblemCard({ group, audience, now, run, hideRequest = false, reportPerCard = false }: Props) {
  const [record] = group.records;
  const [top, ...others] = record?.diagnosis.causes ?? [];
  if (!record || !top) return null;
  // What the worker did not see (its onSendHeaders missed): said before any evidence is weighed.
  const note = requestSideNote(record.diagnosis.facts);
  const technical = (
    <>
      {!hideRequest && <RequestLine record={record} now={now} />}
      {note && <p class="meta note">{tm(note)}</p>}
      <h3>{t('popup_evidence')}</h3>
      <EvidenceList evidence={top.evidence} />
      <OtherCauses causes={others} audience={audience} />
    </>
  );
  return (
    <article class="card" data-cause={top.id} data-likelihood={top.likelihood} data-count={group.count}>
      <h2>{t(causeTitleKey(top.id, audience))}</h2>
      <p class="summary">{t(causeSummaryKey(top.id))}</p>
      {group.records.length > 1 && <UrlList records={group.records} count={group.count} />}
      {audience === 'visitor' ? (
        <details class="details">
          <summary>{t('popup_details')}</summary>
          {technical}
        </details>
      ) : (
        technical
      )}
      <AdviceList advice={top.advice[audience]} />
      {top.actions.includes('private-window-hint') && <p class="hint">{t('popup_private_window_hint')}</p>}
      {run && (audience !== 'visitor' || reportPerCard) && (
        <div class="buttons">
          {reportPerCard && (
            <button
              type="button"
              data-action="copy-report"
              onClick={() => run({ kind: 'copy-report', records: group.records })}
            >
              {t('popup_action_copy_report')}
            </button>
          )}
          {audience !== 'visitor' && (
            <button type="button" data-action="copy-curl" onClick={() => run({ kind: 'copy-curl', record })}>
              {t('popup_action_copy_curl')}
            </button>
          )}
        </div>
      )}
    </article>
  );
}
