import type { Audience } from '../rules/types';
import type { RunAction } from './actions';
import { AudienceSwitch } from './components/audience-switch';
import { ReadBodiesSetting } from './components/read-bodies-setting';
import { EmptyState } from './components/empty-state';
import { NoAccessState } from './components/no-access-state';
import { PageSummary } from './components/page-summary';
import { RestrictedState } from './components/restricted-state';
import { StatusRegion } from './components/status-region';
import type { PopupData } from './connection';

interface Props {
  data: PopupData;
  now: number;
  status: string;
  run: RunAction;
  onAudience: (audience: Audience) => void;
  onReadBodies: (readBodies: boolean) => void;
}

function Body({ data, now, run }: Pick<Props, 'data' | 'now' | 'run'>) {
  const { view } = data;
  switch (view.kind) {
    case 'loading':
      return <div class="state" aria-busy="true" />;
    case 'restricted':
      return <RestrictedState pageUrl={view.pageUrl} />;
    case 'no-access':
      return <NoAccessState run={run} />;
    case 'ready':
      if (!view.state || view.state.records.length === 0) return <EmptyState />;
      return <PageSummary state={view.state} audience={data.audience} now={now} run={run} />;
  }
}

/** The whole popup as a function of its data; clicks leave through `run` and `onAudience`. */
export function App({ data, now, status, run, onAudience, onReadBodies }: Props) {
  return (
    <main>
      <Body data={data} now={now} run={run} />
      <AudienceSwitch audience={data.audience} onChange={onAudience} />
      <ReadBodiesSetting readBodies={data.readBodies} onChange={onReadBodies} />
      <StatusRegion message={status} />
    </main>
  );
}
