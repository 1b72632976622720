import type { PopupConnection } from './connection';
import { App } from './app';
import { useActionRunner } from './use-action-runner';
import { usePopupData } from './use-popup-data';

/** Wires a connection (real or fake) to the pure App. */
export function PopupRoot({ connection, now = Date.now }: { connection: PopupConnection; now?: () => number }) {
  const data = usePopupData(connection);
  const { status, run } = useActionRunner(data, connection.actions);
  return (
    <App
      data={data}
      now={now()}
      status={status}
      run={run}
      onAudience={(audience) => void connection.actions.setAudience(audience)}
      onReadBodies={(readBodies) => void connection.actions.setReadBodies(readBodies)}
    />
  );
}
