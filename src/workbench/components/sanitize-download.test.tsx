// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { diagnoseHar } from '../../har/diagnose-har';
import { harEntry, harText } from '../../har/testing/har-builder';
import { parseHar } from '../../har/parse-har';
import { emptySummary } from '../../har/sanitize/summary';
import { englishCatalog } from '../../shared/i18n/english-catalog';
import { setCatalog } from '../../ui/i18n/t';
import { REVOKE_AFTER_MS, sanitizedName, saveBlob } from '../save-blob';
import { CANARY, canaryHarText } from '../testing/canary-har';
import { inProcessWorker } from '../testing/in-process-worker';
import { savedSentence } from './sanitize-download';
import { WorkbenchRoot } from './workbench-root';

interface Saved {
  blob: Blob;
  href: string;
  download: string;
  inDocument: boolean;
}

let saved: Saved[];
let revoked: string[];

beforeEach(() => {
  setCatalog(englishCatalog, 'en');
  saved = [];
  revoked = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void revoked.push(url));
  // The click a browser would turn into a download: recorded, not followed.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const href = this.getAttribute('href') ?? '';
    const blob = blobs.get(href);
    if (blob) saved.push({ blob, href, download: this.download, inDocument: this.isConnected });
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

function pickInPage(name: string, text: string): void {
  const input = screen.getByLabelText('Drop a HAR file here, or choose one');
  fireEvent.change(input, { target: { files: [new File([text], name)] } });
}

function causes(text: string): Array<[number, string[]]> {
  return diagnoseHar(parseHar(text)).map((entry) => [entry.index, entry.diagnosis.causes.map((cause) => cause.id)]);
}

describe('"Download sanitized HAR" saves the worker\'s sanitized file', () => {
  it('a planted secret is not in the saved file, which diagnoses as the original', async () => {
    render(<WorkbenchRoot startWorker={inProcessWorker} />);
    const text = canaryHarText();
    pickInPage('planted.har', text);
    const button = await screen.findByRole('button', { name: 'Download sanitized HAR' });
    fireEvent.click(button);
    await waitFor(() => expect(saved).toHaveLength(1));
    const [file] = saved;
    expect(file?.download).toBe('planted.sanitized.har');
    expect(file?.inDocument).toBe(true);
    const output = (await file?.blob.text()) ?? '';
    expect(output).not.toContain(CANARY);
    expect(causes(output)).toEqual(causes(text));
    // The link is gone from the page; the sentence gives counts, never a value.
    expect(document.querySelector('a[download]')).toBeNull();
    const status = document.querySelector('[data-sanitize-status]');
    await waitFor(() => expect(status?.getAttribute('data-sanitize-status')).toBe('saved'));
    expect(status?.getAttribute('aria-live')).toBe('polite');
    expect(status?.textContent).toBe(
      'planted.sanitized.har saved (entries: 3); secrets replaced by placeholders (credential headers: 1, response body values: 3, of them JWTs, claims kept: 2).',
    );
    expect(status?.textContent).not.toContain(CANARY);
  });

  it('offered for a file without refusals too, which has nothing to hide', async () => {
    render(<WorkbenchRoot startWorker={inProcessWorker} />);
    pickInPage('quiet.json', harText([harEntry({ url: 'https://api.example.com/', status: 200 })]));
    fireEvent.click(await screen.findByRole('button', { name: 'Download sanitized HAR' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.download).toBe('quiet.sanitized.har');
    await waitFor(() =>
      expect(document.querySelector('[data-sanitize-status]')?.textContent).toBe(
        'quiet.sanitized.har saved (entries: 1); no secret found.',
      ),
    );
  });

  it('not offered before a file is read, nor for a file that cannot be', async () => {
    render(<WorkbenchRoot startWorker={inProcessWorker} />);
    expect(screen.queryByRole('button', { name: 'Download sanitized HAR' })).toBeNull();
    pickInPage('notes.txt', 'not json');
    await screen.findByRole('alert');
    expect(screen.queryByRole('button', { name: 'Download sanitized HAR' })).toBeNull();
  });

  it('a worker that cannot start says so, and nothing is saved', async () => {
    let started = 0;
    // The first worker diagnoses; the second, for the download, is refused.
    const startWorker = (): Worker => {
      started += 1;
      if (started > 1) throw new Error('refused');
      return inProcessWorker();
    };
    render(<WorkbenchRoot startWorker={startWorker} />);
    pickInPage('a.har', canaryHarText());
    fireEvent.click(await screen.findByRole('button', { name: 'Download sanitized HAR' }));
    await waitFor(() =>
      expect(document.querySelector('[data-sanitize-status]')?.textContent).toBe('a.har could not be sanitized.'),
    );
    expect(saved).toEqual([]);
  });
});

describe('saveBlob', () => {
  it(`revokes the Blob URL ${REVOKE_AFTER_MS / 1000} s after the click, not before`, () => {
    vi.useFakeTimers();
    saveBlob(new Blob(['{}']), 'x.sanitized.har');
    expect(saved.map((file) => file.download)).toEqual(['x.sanitized.har']);
    vi.advanceTimersByTime(REVOKE_AFTER_MS - 1);
    expect(revoked).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(revoked).toEqual([saved[0]?.href]);
  });

  it.each([
    ['session.har', 'session.sanitized.har'],
    ['Session.HAR', 'Session.sanitized.har'],
    ['one-exchange.json', 'one-exchange.sanitized.har'],
    ['export', 'export.sanitized.har'],
    ['a.har.txt', 'a.har.txt.sanitized.har'],
  ])('%s -> %s', (name, expected) => expect(sanitizedName(name)).toBe(expected));
});

describe("the sentence: counts per kind, in the CLI's order", () => {
  it.each<[string, Partial<ReturnType<typeof emptySummary>['removed']>, number, string]>([
    ['nothing', {}, 0, 'f.har saved (entries: 2); no secret found.'],
    ['one kind', { cookies: 4 }, 0, 'f.har saved (entries: 2); secrets replaced by placeholders (cookie values: 4).'],
    [
      'every kind, JWTs last',
      {
        headers: 1,
        cookies: 2,
        queryParams: 3,
        fragments: 4,
        urlUserinfo: 5,
        bodyFields: 6,
        responseBodies: 7,
        otherFields: 8,
      },
      9,
      'f.har saved (entries: 2); secrets replaced by placeholders (credential headers: 1, cookie values: 2, query parameters: 3, fragment values: 4, URL user names and passwords: 5, request body fields: 6, response body values: 7, other values: 8, of them JWTs, claims kept: 9).',
    ],
  ])('%s', (_name, removed, jwts, sentence) => {
    const summary = emptySummary(1);
    Object.assign(summary.removed, removed);
    summary.entries = 2;
    summary.jwts = jwts;
    expect(savedSentence('f.har', summary)).toBe(sentence);
  });
});
