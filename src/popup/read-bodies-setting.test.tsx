// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { renderPopup } from './testing/render-popup';

afterEach(cleanup);

const LABEL = 'Read what refused responses say (on this device only; from the next page load)';

describe('the body-reading setting', () => {
  test.each([
    [true, false],
    [false, true],
  ])('shown as %s, a click stores %s', (initial, next) => {
    const { connection } = renderPopup({ view: { kind: 'ready', tabId: 7, state: undefined }, readBodies: initial });
    const box = screen.getByRole('checkbox', { name: LABEL }) as HTMLInputElement;
    expect(box.checked).toBe(initial);
    fireEvent.click(box);
    expect(connection.calls).toContainEqual({ action: 'setReadBodies', readBodies: next });
  });
});
