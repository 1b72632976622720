import { useMemo } from 'preact/hooks';
import type { Audience } from '../../rules/types';
import type { TabState } from '../../shared/storage-schema';
import type { RunAction } from '../../ui/actions';
import { t } from '../../ui/i18n/t';
import { pageModel } from '../../ui/text/page-model';
import { shortenUrl } from '../../ui/text/shorten-url';
import { summaryLine } from '../text/summary';
import { AudienceSwitch } from '../../ui/components/audience-switch';
import { EarlierPages } from './earlier-pages';
import { EmptyState } from './empty-state';
import { PageActions } from '../../ui/components/page-actions';
import { ProblemList } from '../../ui/components/problem-list';
import { RichText } from '../../ui/components/rich-text';
import { StatusRegion } from '../../ui/components/status-region';

interface Props {
  state: TabState;
  audience: Audience;
  now: number;
  status: string;
  run: RunAction;
  onAudience: (audience: Audience) => void;
}

/**
 * A tab's refusals: the summary, the audience switch and the page's actions first (what a visitor needs
 * without scrolling), then one card per cause on this page, then the refusals that sent the visitor
 * here, then the earlier pages on demand.
 */
export function PageView({ state, audience, now, status, run, onAudience }: Props) {
  const model = useMemo(() => pageModel(state), [state]);
  const { current, led, earlier } = model;
  if (current.groups.length === 0 && !led) {
    return (
      <>
        <EmptyState />
        <EarlierPages pages={earlier} audience={audience} now={now} />
        <AudienceSwitch audience={audience} onChange={onAudience} />
        <StatusRegion message={status} />
      </>
    );
  }
  const heading = current.groups.length > 0 ? summaryLine(current) : led && summaryLine(led, true);
  return (
    <section class="problems">
      <h1>{heading}</h1>
      <AudienceSwitch audience={audience} onChange={onAudience} />
      <PageActions model={model.actions} run={run} />
      <StatusRegion message={status} />
      <ProblemList groups={current.groups} audience={audience} now={now} run={run} />
      {led && (
        <section class="led-here" data-section="led-here">
          <h2 class="section-title">{t('popup_led_here_title')}</h2>
          <p class="meta">
            <RichText text={t('popup_led_here_page', [{ code: shortenUrl(led.pageUrl, 52) }])} />
          </p>
          <ProblemList groups={led.groups} audience={audience} now={now} run={run} />
        </section>
      )}
      <EarlierPages pages={earlier} audience={audience} now={now} />
    </section>
  );
}
