import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Audience, CauseId } from '../rules/types';
import type { ObservationRecord } from '../shared/storage-schema';
import type { RunAction } from '../ui/actions';
import { AudienceSwitch } from '../ui/components/audience-switch';
import { PageActions } from '../ui/components/page-actions';
import { ProblemList } from '../ui/components/problem-list';
import { StatusRegion } from '../ui/components/status-region';
import { t } from '../ui/i18n/t';
import { panelModel, topCause } from './panel-model';
import { PanelToolbar, type PanelView } from './panel-toolbar';
import { listedRefusals } from './export-refusals';
import type { CollectorState, Refusal } from './refusal-collector';
import { RefusalTable } from './refusal-table';

interface Props {
  state: CollectorState;
  audience: Audience;
  now: number;
  status: string;
  run: RunAction;
  onAudience: (audience: Audience) => void;
  onPreserveLog: (preserve: boolean) => void;
  onClear: () => void;
  /** Exports these refusals: the ones listed under the current filter. */
  onExport: (listed: readonly Refusal[]) => void;
}

/** How often, and how far apart, the panel looks for the card a table row leads to. */
const FOCUS_TRIES = 40;
const FOCUS_RETRY_MS = 25;

/**
 * The Why401 panel as a function of the collected refusals: the popup's cards (developer audience by
 * default), or a compact table for pages with many refusals whose rows lead to their cards.
 */
export function PanelApp({ state, audience, now, status, run, onAudience, onPreserveLog, onClear, onExport }: Props) {
  const [view, setView] = useState<PanelView>('cards');
  const [filter, setFilter] = useState<CauseId | undefined>(undefined);
  const [focusCause, setFocusCause] = useState<CauseId | undefined>(undefined);
  const model = useMemo(() => panelModel(state.refusals, filter), [state.refusals, filter]);
  const activeFilter = model.filter;
  const listed = useMemo(() => listedRefusals(state.refusals, activeFilter), [state.refusals, activeFilter]);

  useEffect(() => {
    if (view !== 'cards' || focusCause === undefined) return;
    // Once the card is in the DOM: the third and later cards follow a frame after the first paint, so
    // look again for up to a second. Timers, not animation frames: DevTools may not paint a panel it
    // thinks hidden, and a frame that never comes would leave the focus where it was.
    let tries = 0;
    let timer = setTimeout(function focusCard() {
      const card = document.querySelector<HTMLElement>(`[data-cause="${focusCause}"]`);
      if (card) {
        card.tabIndex = -1; // focusable from script only, so a keyboard user lands on the card
        card.scrollIntoView({ block: 'start' });
        card.focus();
      } else if (++tries < FOCUS_TRIES) {
        timer = setTimeout(focusCard, FOCUS_RETRY_MS);
        return;
      }
      setFocusCause(undefined);
    }, 0);
    return () => clearTimeout(timer);
  }, [view, focusCause]);

  const showCard = (record: ObservationRecord): void => {
    setView('cards');
    setFocusCause(topCause(record));
  };
  const heading =
    model.total === 0
      ? t('devtools_heading_none')
      : t(`devtools_heading_${model.total === 1 ? 'one' : 'other'}`, [model.total]);
  return (
    <main class="panel" data-view={view}>
      <PanelToolbar
        view={view}
        causes={model.causes}
        audience={audience}
        filter={activeFilter}
        preserveLog={state.preserveLog}
        onView={setView}
        onFilter={setFilter}
        onPreserveLog={onPreserveLog}
        onClear={onClear}
        listed={listed.length}
        total={state.refusals.length}
        onExport={() => onExport(listed)}
      />
      <h1 data-total={model.total}>{heading}</h1>
      {model.total === 0 && <p class="meta">{t('devtools_empty_hint')}</p>}
      <AudienceSwitch audience={audience} onChange={onAudience} />
      {model.total > 0 && <PageActions model={model.actions} run={run} />}
      <StatusRegion message={status} />
      {view === 'cards' ? (
        <ProblemList
          // A new list after a filter or a clear: its first paint shows the top cards at once again.
          key={`${activeFilter ?? ''}`}
          groups={model.groups}
          audience={audience}
          now={now}
          run={run}
          reportPerCard
        />
      ) : (
        model.rows.length > 0 && <RefusalTable rows={model.rows} audience={audience} onShowCard={showCard} />
      )}
    </main>
  );
}
