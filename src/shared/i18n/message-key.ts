// Every key of the English catalogues the extension ships: `t()` accepts only these, so a misspelt key
// is a compile error instead of a raw id on screen. Type only: nothing is imported at run time.
import type { RuleMessageKey } from '../../rules/message-key';
import type cliCatalog from '../../locales/en/cli.json';
import type devtoolsCatalog from '../../locales/en/devtools.json';
import type extensionCatalog from '../../locales/en/extension.json';
import type popupCatalog from '../../locales/en/popup.json';
import type workbenchCatalog from '../../locales/en/workbench.json';

export type PopupMessageKey = keyof typeof popupCatalog;
export type ExtensionMessageKey = keyof typeof extensionCatalog;
export type CliMessageKey = keyof typeof cliCatalog;
export type DevtoolsMessageKey = keyof typeof devtoolsCatalog;
export type WorkbenchMessageKey = keyof typeof workbenchCatalog;
/** The build merges every area's catalogue into one `messages.json`: any of them may be shown. */
export type MessageKey =
  RuleMessageKey | PopupMessageKey | ExtensionMessageKey | CliMessageKey | DevtoolsMessageKey | WorkbenchMessageKey;
