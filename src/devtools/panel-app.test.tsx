// @vitest-environment happy-dom
import { cleanup, fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { diagnoseHar } from '../har/diagnose-har';
import { parseHar } from '../har/parse-har';
import { sanitizeHar } from '../har/sanitize/sanitize-har';
import type * as SanitizeModule from '../har/sanitize/sanitize-har';
import { saveFile } from './save-file';
import { recordedRefusals } from './testing/recorded-refusals';
import { renderPanel } from './testing/render-panel';

// The real sanitizer, watched: the export must hand it exactly what the panel lists.
vi.mock('../har/sanitize/sanitize-har', async (importOriginal) => {
  const original = await importOriginal<typeof SanitizeModule>();
  return { ...original, sanitizeHar: vi.fn(original.sanitizeHar) };
});

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
  vi.restoreAllMocks();
});

const chromium = await recordedRefusals('chromium');
const firefox = await recordedRefusals('firefox');

function causes(container: Element): Array<string | null> {
  return [...container.querySelectorAll('[data-cause]')].map((el) => el.getAttribute('data-cause'));
}

function choose(container: Element, selector: string): void {
  const input = container.querySelector<HTMLInputElement>(selector);
  if (!input) throw new Error(`no ${selector}`);
  fireEvent.click(input);
}

describe('the Why401 panel', () => {
  it.each([
    ['chromium', chromium, ['credentials-expired', 'server-misconfigured', 'missing-credentials']],
    ['firefox', firefox, ['credentials-expired', 'server-misconfigured']],
  ])('shows the popup’s cards in ranked order (%s stream)', async (_name, refusals, expected) => {
    const { container } = renderPanel({ refusals });
    await waitFor(() => expect(causes(container)).toEqual(expected));
    expect(container.querySelector('h1')?.textContent).toBe(`${refusals.length} refused requests in this tab`);
  });

  it('starts with the developer audience and offers the switch', () => {
    const { container } = renderPanel({ refusals: chromium });
    expect(container.querySelector<HTMLInputElement>('input[name="audience"]:checked')?.value).toBe('developer');
    choose(container, 'input[name="audience"][value="visitor"]');
    expect(container.querySelector<HTMLInputElement>('input[name="audience"]:checked')?.value).toBe('visitor');
  });

  it('says what it waits for when nothing was refused', () => {
    const { container } = renderPanel();
    expect(container.querySelector('h1')?.textContent).toBe('No refused requests yet');
    expect(causes(container)).toEqual([]);
  });

  it.each([
    ['copy-curl', 'curl command copied', 'curl'],
    ['copy-report', 'Report copied', '#'],
  ])('%s on a card copies (secrets removed) and says so', async (action, status, start) => {
    const { container, copied } = renderPanel({ refusals: chromium });
    await new Promise((resolve) => setTimeout(resolve, 0)); // the report's catalog loads after the first paint
    const button = container.querySelector<HTMLButtonElement>(`[data-cause] [data-action="${action}"]`);
    if (!button) throw new Error(`no ${action}`);
    fireEvent.click(button);
    await waitFor(() =>
      expect(container.querySelector('[role="status"]')?.textContent).toMatch(new RegExp(status, 'i')),
    );
    expect(copied[0]?.startsWith(start)).toBe(true);
    expect(copied.join('\n')).not.toContain('CANARY-session-value');
  });

  it('table mode: one row per refusal, newest first; a row leads to its card', async () => {
    const { container } = renderPanel({ refusals: chromium });
    choose(container, 'input[name="view"][value="table"]');
    const rows = [...container.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(4);
    expect(rows.map((row) => row.querySelector('td')?.textContent)).toEqual(['401', '401', '401', '401']);
    const basic = rows.find((row) => row.textContent?.includes('/basic'));
    fireEvent.click(basic?.querySelector('button') as HTMLButtonElement);
    await waitFor(() => expect(document.activeElement?.getAttribute('data-cause')).toBe('missing-credentials'));
    expect(container.querySelector('main')?.getAttribute('data-view')).toBe('cards');
  });

  it('filters by cause in both views', async () => {
    const { container } = renderPanel({ refusals: chromium });
    const select = container.querySelector<HTMLSelectElement>('select[name="cause"]');
    if (!select) throw new Error('no filter');
    fireEvent.change(select, { target: { value: 'server-misconfigured' } });
    await waitFor(() => expect(causes(container)).toEqual(['server-misconfigured']));
    choose(container, 'input[name="view"][value="table"]');
    expect(container.querySelectorAll('tbody tr')).toHaveLength(1);
  });

  it('passes "Preserve log" and "Clear" to the collector', () => {
    const { container, collector } = renderPanel({ refusals: chromium });
    choose(container, 'input[name="preserve-log"]');
    fireEvent.click(container.querySelector('[data-action="clear-log"]') as HTMLButtonElement);
    expect(collector.calls).toEqual(['preserve true', 'clear']);
    expect(causes(container)).toEqual([]);
  });
});

function exportButton(container: Element): HTMLButtonElement {
  const button = container.querySelector<HTMLButtonElement>('[data-action="export-har"]');
  if (!button) throw new Error('no export button');
  return button;
}

function status(container: Element): string {
  return container.querySelector('[role="status"]')?.textContent ?? '';
}

describe('"Export these refusals"', () => {
  it('is disabled, saying why, while nothing is listed', () => {
    const { container } = renderPanel();
    expect(exportButton(container).disabled).toBe(true);
    expect(exportButton(container).title).toBe('Nothing to export: no refused request is listed');
  });

  it.each([
    ['all causes', '', 4, /^Download the listed refused requests \(4\)/],
    ['a filter', 'server-misconfigured', 1, /\(1 of 4: the cause filter applies\)/],
  ])(
    'with %s: sanitizes what is listed, saves a file without the secrets that reads back to the shown causes',
    async (_name, filter, count, title) => {
      // The real download path (save-file.ts), the Blob caught where the browser would get it.
      const blobs: Blob[] = [];
      vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:panel/1'));
      vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
      const downloads: string[] = [];
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        downloads.push(this.download);
      });
      const { container } = renderPanel(
        { refusals: chromium },
        { saveFile, now: () => new Date(2026, 10, 3, 7, 5).getTime() },
      );
      const select = container.querySelector<HTMLSelectElement>('select[name="cause"]');
      if (filter) fireEvent.change(select as HTMLSelectElement, { target: { value: filter } });
      const shown = filter ? [filter] : ['credentials-expired', 'server-misconfigured', 'missing-credentials'];
      await waitFor(() => expect(causes(container)).toEqual(shown));
      expect(exportButton(container).title).toMatch(title);
      fireEvent.click(exportButton(container));
      await waitFor(() => expect(status(container)).toMatch(/^Saved /));

      expect(vi.mocked(sanitizeHar)).toHaveBeenCalledTimes(1);
      const input = vi.mocked(sanitizeHar).mock.calls[0]?.[0] as { log: { entries: unknown[] } };
      const listed = filter ? chromium.filter((r) => r.diagnosis.causes[0]?.id === filter) : chromium;
      expect(input.log.entries).toEqual(listed.map((refusal) => refusal.entry));
      expect(downloads).toEqual(['why401-refusals-127.0.0.1-20261103-0705.har']);
      const text = await (blobs[0] as Blob).text();
      expect(JSON.stringify(chromium.map((refusal) => refusal.entry))).toContain('CANARY-session-value');
      expect(text).not.toContain('CANARY-session-value');
      const diagnosed = diagnoseHar(parseHar(text));
      expect(diagnosed).toHaveLength(count);
      expect([...new Set(diagnosed.map((entry) => entry.diagnosis.causes[0]?.id))].sort()).toEqual([...shown].sort());
      // Counts only: the status names kinds and numbers, never a value.
      expect(status(container)).toMatch(
        new RegExp(
          `^Saved why401-refusals-127\\.0\\.0\\.1-20261103-0705\\.har \\(refused requests: ${count}\\); secrets replaced by placeholders \\(.+: \\d+`,
        ),
      );
      expect(status(container)).not.toContain('CANARY');
    },
  );

  it('puts the sanitized HAR on the clipboard, and says so, when the panel cannot save a file', async () => {
    const { container, copied } = renderPanel(
      { refusals: chromium },
      {
        saveFile: () => {
          throw new Error('downloads are blocked');
        },
      },
    );
    fireEvent.click(exportButton(container));
    await waitFor(() => expect(status(container)).toMatch(/copied to the clipboard instead \(refused requests: 4\)/));
    expect(copied).toHaveLength(1);
    expect(copied[0]).not.toContain('CANARY-session-value');
    expect(diagnoseHar(parseHar(copied[0] as string))).toHaveLength(4);
  });
});

describe('the popup’s page actions, for the inspected tab', () => {
  it.each([
    ['chromium', chromium],
    ['firefox', firefox],
  ])('offers the actions the popup would offer for these refusals (%s stream)', async (_name, refusals) => {
    const { container } = renderPanel({ refusals });
    await waitFor(() => expect(container.querySelector('.page-actions')).not.toBeNull());
    const offered = [...container.querySelectorAll('.page-actions [data-action]')].map((el) =>
      el.getAttribute('data-action'),
    );
    // An expired session cookie among them: clearing the cookies helps, and reloading after it.
    expect(offered).toEqual(expect.arrayContaining(['clear-site-data', 'reload', 'copy-report']));
  });

  it.each([
    [
      'clear-site-data',
      /^clear-site-data 7 (http:\/\/127\.0\.0\.1:\d+\/\S+ )+false$/,
      /^2 cookies sent to 127\.0\.0\.1:\d+ removed/,
    ],
    ['reload', /^reload 7 true$/, /^Reloading/],
  ])('%s goes to the worker for tab 7 and says what happened', async (action, command, sentence) => {
    const { container, commands } = renderPanel({ refusals: chromium });
    await waitFor(() => expect(container.querySelector(`.page-actions [data-action="${action}"]`)).not.toBeNull());
    fireEvent.click(container.querySelector(`.page-actions [data-action="${action}"]`) as Element);
    await waitFor(() => expect(container.querySelector('.status')?.textContent).toMatch(sentence));
    expect(commands).toHaveLength(1);
    expect(commands[0]).toMatch(command);
  });

  it('shows no page action before a refusal', () => {
    const { container } = renderPanel({ refusals: [] });
    expect(container.querySelector('.page-actions')).toBeNull();
  });
});
