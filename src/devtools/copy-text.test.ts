// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from './copy-text';

afterEach(() => vi.restoreAllMocks());

/** Stubs document.execCommand('copy') and returns what it would have copied (the selected text area). */
function captureExecCommand(succeeds: boolean): string[] {
  const copied: string[] = [];
  Object.defineProperty(document, 'execCommand', {
    configurable: true,
    value: (command: string) => {
      const area = document.querySelector('textarea');
      if (command === 'copy' && area) copied.push(area.value);
      return succeeds;
    },
  });
  return copied;
}

function setClipboard(writeText: ((text: string) => Promise<void>) | undefined): void {
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: writeText ? { writeText } : undefined,
  });
}

describe('copyText', () => {
  it('uses the clipboard API where the frame allows it', async () => {
    const written: string[] = [];
    setClipboard(async (text) => void written.push(text));
    const selected = captureExecCommand(true);
    await copyText('curl …');
    expect(written).toEqual(['curl …']);
    expect(selected).toEqual([]);
  });

  it.each([
    ['refused by the permissions policy (Chrome’s DevTools frame)', () => Promise.reject(new Error('NotAllowedError'))],
    ['missing', undefined],
  ])('falls back to execCommand when the clipboard API is %s', async (_name, writeText) => {
    setClipboard(writeText);
    const selected = captureExecCommand(true);
    await copyText('## Report');
    expect(selected).toEqual(['## Report']);
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('fails loudly when the browser refuses both', async () => {
    setClipboard(undefined);
    captureExecCommand(false);
    await expect(copyText('x')).rejects.toThrow('refused');
  });
});
