import type { ObservationRecord } from '../shared/storage-schema';

/** What a click in the popup asks for; `use-action-runner.ts` carries it out and reports back. */
export type PopupAction =
  | { kind: 'clear-site-data'; urls: string[]; cacheAndStorage: boolean }
  | { kind: 'reload'; bypassCache: boolean }
  | { kind: 'open-login'; url: string }
  | { kind: 'copy-report'; records: ObservationRecord[] }
  | { kind: 'copy-curl'; record: ObservationRecord }
  | { kind: 'grant-host-access' }
  | { kind: 'look-closer' }
  | { kind: 'open-workbench' };

export type RunAction = (action: PopupAction) => void;
