// "Export these refusals" carried out: sanitize what is listed, save it as a file, and say what was
// replaced. Should the panel's frame refuse the download, the same sanitized text goes to the clipboard
// (copy-text.ts) instead of asking for the `downloads` permission.
import { sanitizeText } from '../shared/i18n/sanitize-text';
import { t } from '../ui/i18n/t';
import { exportRefusals } from './export-refusals';
import { exportStatus } from './export-status';
import type { Refusal } from './refusal-collector';

export interface ExportContext {
  version: string;
  now: () => number;
  saveFile: (text: string, fileName: string) => void;
  copyText: (text: string) => Promise<void>;
}

function failed(error: unknown): string {
  return t('popup_status_failed', [sanitizeText(error instanceof Error ? error.message : String(error), 200)]);
}

/** Returns the sentence the live region says. */
export async function runExport(listed: readonly Refusal[], context: ExportContext): Promise<string> {
  let exported: ReturnType<typeof exportRefusals>;
  try {
    exported = exportRefusals(listed, context.version, new Date(context.now()));
  } catch (error) {
    return failed(error);
  }
  const { text, fileName, summary } = exported;
  try {
    context.saveFile(text, fileName);
    return exportStatus('saved', fileName, summary);
  } catch {
    try {
      await context.copyText(text);
      return exportStatus('copied', fileName, summary);
    } catch (error) {
      return failed(error);
    }
  }
}
