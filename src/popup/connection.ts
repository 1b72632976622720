// The popup's one boundary: components render `PopupData` and call `PopupActions`, nothing else.
// `browser-connection.ts` implements it over storage and messages; `testing/fake-connection.ts` in memory.
import type { Audience } from '../rules/types';
import type { MessageCatalog } from '../shared/i18n/catalog';
import type { LookCloserSession } from '../shared/look-closer';
import type { TabState } from '../shared/storage-schema';
import type { ActionPorts } from '../ui/actions';

export type PopupView =
  | { kind: 'loading' }
  /** A page no extension may look at (browser pages, the web stores); its URL when the browser tells it. */
  | { kind: 'restricted'; pageUrl: string | undefined }
  /** The user withheld host access (Firefox lets them): nothing can be observed. */
  | { kind: 'no-access' }
  | { kind: 'ready'; tabId: number | undefined; state: TabState | undefined };

export interface PopupData {
  view: PopupView;
  audience: Audience;
  /** Every message of the UI language, for the Markdown report; undefined until loaded. */
  reportCatalog: MessageCatalog | undefined;
  /** Read the body of refused responses in the page (src/shared/settings.ts). */
  readBodies: boolean;
  /** "Look closer" exists in this browser (Chrome's `extraHeaders`). */
  canLookCloser: boolean;
  /** The tab's running or last "Look closer", if any. */
  lookCloser: LookCloserSession | undefined;
  /** DevTools is open for this tab, so its Why401 panel is there (src/devtools). */
  devtoolsOpen: boolean;
}

/** The popup's ports: every action's (it offers all of them), and its two settings. */
export interface PopupActions extends Required<ActionPorts> {
  setAudience(audience: Audience): Promise<void>;
  setReadBodies(readBodies: boolean): Promise<void>;
}

export interface PopupConnection {
  /** Calls `listener` with the current data now (when known) and on every change; returns an unsubscribe. */
  subscribe(listener: (data: PopupData) => void): () => void;
  actions: PopupActions;
}

export const INITIAL_DATA: PopupData = {
  view: { kind: 'loading' },
  audience: 'visitor',
  reportCatalog: undefined,
  readBodies: true,
  canLookCloser: false,
  lookCloser: undefined,
  devtoolsOpen: false,
};
