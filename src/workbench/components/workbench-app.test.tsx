// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { harEntry, harText } from '../../har/testing/har-builder';
import { englishCatalog } from '../../shared/i18n/english-catalog';
import { setCatalog } from '../../ui/i18n/t';
import type { HarReading } from '../har-reading';
import { exampleBlob, readingOf } from '../testing/read-example';
import { inProcessWorker } from '../testing/in-process-worker';
import { PAGE_SIZE, WorkbenchApp } from './workbench-app';
import { WorkbenchRoot } from './workbench-root';

beforeEach(() => setCatalog(englishCatalog, 'en'));
afterEach(cleanup);

async function doneReading(file: Blob, name: string): Promise<HarReading> {
  const reading = await readingOf(file, name);
  if (reading.kind !== 'done') throw new Error(`${name}: ${reading.kind}`);
  return reading;
}

/** Each section's entry index and its cards' causes, ranked: `data-cause` then `data-other-cause`. */
function shownEntries(container: Element): Array<[string | null, string[]]> {
  return [...container.querySelectorAll('[data-entry]')].map((section) => [
    section.getAttribute('data-entry'),
    [...section.querySelectorAll('[data-cause], [data-other-cause]')].map(
      (el) => el.getAttribute('data-cause') ?? el.getAttribute('data-other-cause') ?? '',
    ),
  ]);
}

/** A HAR of `refusals` 401s (three causes in turn) between 200s. */
function manyRefusals(refusals: number): Blob {
  const entries = Array.from({ length: refusals }, (_, i) =>
    harEntry(
      {
        url: `https://api.example.com/v1/items/${i}`,
        status: 401,
        requestHeaders: i % 3 === 0 ? { Authorization: 'Bearer undefined' } : {},
        responseHeaders: i % 3 === 2 ? {} : { 'WWW-Authenticate': 'Bearer realm="api"' },
      },
      i,
    ),
  );
  return new Blob([harText(entries)]);
}

describe('the file input is the drop zone', () => {
  it('labelled, reachable by keyboard, and a pick is read and shown', async () => {
    const { container } = render(<WorkbenchRoot startWorker={inProcessWorker} />);
    const input = screen.getByLabelText('Drop a HAR file here, or choose one') as HTMLInputElement;
    expect(input.type).toBe('file');
    const file = new File([readFileSync(resolve(process.cwd(), 'examples/expired-jwt.har'))], 'expired-jwt.har');
    fireEvent.change(input, { target: { files: [file] } });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('expired-jwt.har read: 1 refused of 3 entries.'),
    );
    expect(shownEntries(container)).toEqual([['2', ['credentials-expired', 'credentials-rejected']]]);
  });
});

describe('one section per refused entry, the cards in ranked order', () => {
  it('session-lapsed.har: summary, request line, card', async () => {
    const { container } = render(
      <WorkbenchApp
        reading={await doneReading(exampleBlob('session-lapsed.har'), 'session-lapsed.har')}
        onFile={() => undefined}
      />,
    );
    expect(container.querySelector('[data-entries]')?.textContent).toBe('3');
    expect(container.querySelector('[data-refused]')?.textContent).toBe('1');
    expect(container.querySelector('[data-sanitized]')?.getAttribute('data-sanitized')).toBe('false');
    const section = container.querySelector('[data-entry="2"]');
    expect(section?.querySelector('h2')?.textContent).toBe('Entry 3');
    // The request line once, above the card, with the full date (no "ago" for a file read later).
    expect(section?.querySelectorAll('.request')).toHaveLength(1);
    expect(section?.querySelector('.request time')?.textContent).toMatch(/2026/);
    // No tab, no clipboard action here: the card has no buttons.
    expect(section?.querySelector('[data-action]')).toBeNull();
  });

  it('the audience switch retitles every card', async () => {
    const { container } = render(
      <WorkbenchApp reading={await doneReading(exampleBlob('expired-jwt.har'), 'x.har')} onFile={() => undefined} />,
    );
    const title = () => container.querySelector('[data-cause] h2')?.textContent;
    const developer = title();
    fireEvent.click(screen.getByLabelText("I'm visiting this site"));
    await waitFor(() => expect(title()).not.toBe(developer));
    expect(container.querySelector('[data-cause] details.details')).not.toBeNull();
  });

  it('the filter by cause keeps the entries whose most likely cause it is', async () => {
    const reading = await doneReading(manyRefusals(9), 'many.har');
    const { container } = render(<WorkbenchApp reading={reading} onFile={() => undefined} />);
    const all = shownEntries(container);
    expect(all).toHaveLength(9);
    const select = container.querySelector('[data-cause-filter]') as HTMLSelectElement;
    const options = [...select.options].map((option) => option.value);
    expect(options[0]).toBe('all');
    // Three kinds of refusal in the file: the filter has something to tell apart.
    expect(options.length).toBeGreaterThanOrEqual(3);
    for (const cause of options.slice(1)) {
      fireEvent.change(select, { target: { value: cause } });
      await waitFor(() => expect(shownEntries(container).every(([, causes]) => causes[0] === cause)).toBe(true));
      expect(shownEntries(container)).toEqual(all.filter(([, causes]) => causes[0] === cause));
    }
  });

  it(`many refusals: ten sections a frame up to ${PAGE_SIZE}, more on demand`, async () => {
    const reading = await doneReading(manyRefusals(PAGE_SIZE + 7), 'big.har');
    const { container } = render(<WorkbenchApp reading={reading} onFile={() => undefined} />);
    expect(container.querySelectorAll('[data-entry]')).toHaveLength(10);
    // A few frames: generous on a loaded machine, where happy-dom's frames come late.
    const frames = { timeout: 5_000 };
    await waitFor(() => expect(container.querySelectorAll('[data-entry]')).toHaveLength(PAGE_SIZE), frames);
    fireEvent.click(screen.getByText('Show 7 more'));
    await waitFor(() => expect(container.querySelectorAll('[data-entry]')).toHaveLength(PAGE_SIZE + 7), frames);
    expect(container.querySelector('[data-show-more]')).toBeNull();
  });
});

describe('a file that cannot be read says why in one sentence', () => {
  it.each<[HarReading, string]>([
    [
      { kind: 'failed', name: 'notes.txt', reason: 'har', message: 'not valid JSON' },
      'notes.txt cannot be read as a HAR file: not valid JSON.',
    ],
    [{ kind: 'failed', name: 'a.har', reason: 'empty' }, 'a.har is empty: there is nothing to read.'],
    [{ kind: 'failed', name: 'p.png', reason: 'binary' }, 'p.png is a binary file, not a HAR (a HAR is JSON text).'],
    [
      { kind: 'failed', name: 'a.har', reason: 'internal' },
      "Why401 failed while reading a.har. Please report it, with your browser's name, but without the file.",
    ],
    [
      { kind: 'failed', name: 'a.har', reason: 'worker' },
      'This page could not start its background worker, so it cannot read files in this browser.',
    ],
  ])('%j', (reading, sentence) => {
    render(<WorkbenchApp reading={reading} onFile={() => undefined} />);
    expect(screen.getByRole('alert').textContent).toBe(sentence);
  });

  it('a HAR without 401 or 407 says there is nothing to explain, with its summary', async () => {
    const ok = harEntry({ url: 'https://api.example.com/', status: 200 });
    const { container } = render(
      <WorkbenchApp reading={await doneReading(new Blob([harText([ok])]), 'ok.har')} onFile={() => undefined} />,
    );
    expect(container.querySelector('[data-no-refusals]')?.textContent).toBe(
      'No request in ok.har was answered 401 or 407: there is nothing to explain.',
    );
    expect(container.querySelector('[data-entries]')?.textContent).toBe('1');
  });
});
