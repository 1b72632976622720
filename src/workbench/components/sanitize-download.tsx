import { useState } from 'preact/hooks';
import { REMOVED_KINDS, type RemovedKind, type SanitizeSummary } from '../../har/sanitize/summary';
import type { WorkbenchMessageKey } from '../../shared/i18n/message-key';
import { t } from '../../ui/i18n/t';
import type { SanitizeOutcome } from '../run-sanitizer';
import { sanitizedName, saveBlob } from '../save-blob';

type Step =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'saved'; file: string; summary: SanitizeSummary }
  | { kind: 'failed' };

/** The CLI's kinds (src/cli/sanitize-command.ts KIND_NAMES), in the page's language. */
const KIND_KEYS: Record<RemovedKind, WorkbenchMessageKey> = {
  headers: 'workbench_removed_headers',
  cookies: 'workbench_removed_cookies',
  queryParams: 'workbench_removed_query_params',
  fragments: 'workbench_removed_fragments',
  urlUserinfo: 'workbench_removed_url_userinfo',
  bodyFields: 'workbench_removed_body_fields',
  responseBodies: 'workbench_removed_response_bodies',
  otherFields: 'workbench_removed_other_fields',
};

/** What was removed, as `why401 sanitize` says it on stderr: counts per kind, never a value. */
export function savedSentence(file: string, summary: SanitizeSummary): string {
  const parts = REMOVED_KINDS.filter((kind) => summary.removed[kind] > 0).map((kind) =>
    t(KIND_KEYS[kind], [summary.removed[kind]]),
  );
  if (parts.length === 0) return t('workbench_sanitize_none', [file, summary.entries]);
  if (summary.jwts > 0) parts.push(t('workbench_removed_jwts', [summary.jwts]));
  return t('workbench_sanitize_saved', [file, summary.entries, parts.join(', ')]);
}

function sentenceOf(step: Step, name: string): string {
  switch (step.kind) {
    case 'idle':
      return '';
    case 'working':
      return t('workbench_sanitize_working', [name]);
    case 'saved':
      return savedSentence(step.file, step.summary);
    case 'failed':
      return t('workbench_sanitize_failed', [name]);
  }
}

/**
 * "Download sanitized HAR": the file as `why401 sanitize` writes it (docs/sanitized-har.md), made in the
 * worker and saved from memory. For every file read, refusals or not: a file to share is the point.
 */
export function SanitizeDownload({ name, sanitize }: { name: string; sanitize: () => Promise<SanitizeOutcome> }) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const start = async (): Promise<void> => {
    setStep({ kind: 'working' });
    const outcome = await sanitize();
    if (outcome.kind === 'failed') return setStep({ kind: 'failed' });
    const file = sanitizedName(name);
    saveBlob(outcome.har, file);
    setStep({ kind: 'saved', file, summary: outcome.summary });
  };
  return (
    <div class="file-actions">
      <button type="button" data-sanitize disabled={step.kind === 'working'} onClick={() => void start()}>
        {t('workbench_sanitize_button')}
      </button>
      {/* Always in the DOM, so the sentence is announced when it comes; not role=status, the page has one. */}
      <p class="meta" aria-live="polite" data-sanitize-status={step.kind}>
        {sentenceOf(step, name)}
      </p>
    </div>
  );
}
