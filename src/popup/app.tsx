import type { Audience } from '../rules/types';
import type { RunAction } from '../ui/actions';
import { AudienceSwitch } from '../ui/components/audience-switch';
import { DevtoolsHint } from './components/devtools-hint';
import { EmptyState } from './components/empty-state';
import { LookCloserPanel } from './components/look-closer-panel';
import { NoAccessState } from './components/no-access-state';
import { PageView } from './components/page-view';
import { ReadBodiesSetting } from './components/read-bodies-setting';
import { RestrictedState } from './components/restricted-state';
import { WorkbenchLink } from './components/workbench-link';
import { StatusRegion } from '../ui/components/status-region';
import type { PopupData } from './connection';

interface Props {
  data: PopupData;
  now: number;
  status: string;
  run: RunAction;
  onAudience: (audience: Audience) => void;
  onReadBodies: (readBodies: boolean) => void;
}

function OtherState({ data, run }: Pick<Props, 'data' | 'run'>) {
  const { view } = data;
  switch (view.kind) {
    case 'loading':
      return <div class="state" aria-busy="true" />;
    case 'restricted':
      return <RestrictedState pageUrl={view.pageUrl} />;
    case 'no-access':
      return <NoAccessState run={run} />;
    case 'ready':
      return <EmptyState />;
  }
}

/** The whole popup as a function of its data; clicks leave through `run` and `onAudience`. */
export function App({ data, now, status, run, onAudience, onReadBodies }: Props) {
  const state = data.view.kind === 'ready' ? data.view.state : undefined;
  return (
    <main>
      {state ? (
        <PageView state={state} audience={data.audience} now={now} status={status} run={run} onAudience={onAudience} />
      ) : (
        <>
          <OtherState data={data} run={run} />
          <AudienceSwitch audience={data.audience} onChange={onAudience} />
          <StatusRegion message={status} />
        </>
      )}
      {data.canLookCloser && data.view.kind === 'ready' && data.view.tabId !== undefined && (
        <LookCloserPanel session={data.lookCloser} now={now} run={run} />
      )}
      {data.devtoolsOpen && <DevtoolsHint />}
      <ReadBodiesSetting readBodies={data.readBodies} onChange={onReadBodies} />
      <WorkbenchLink run={run} />
    </main>
  );
}
