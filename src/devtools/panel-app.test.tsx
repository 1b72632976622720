// @vitest-environment happy-dom
import { cleanup, fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { recordedRefusals } from './testing/recorded-refusals';
import { renderPanel } from './testing/render-panel';

afterEach(cleanup);

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
