// Page object for the popup: what a test does and reads, in the popup's own terms, over PopupHandle.eval
// (the same in Chromium and Firefox). Clicks are DOM clicks; the clipboard is stubbed to capture text.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from '@playwright/test';
import type { PopupHandle } from './driver';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: number;
  help: string;
}

export class PopupPage {
  constructor(readonly handle: PopupHandle) {}

  causes(): Promise<string[]> {
    return this.handle.eval<string[]>(
      `[...document.querySelectorAll('[data-cause]')].map((el) => el.getAttribute('data-cause'))`,
    );
  }

  async waitForCards(count = 1): Promise<string[]> {
    let causes: string[] = [];
    await expect
      .poll(async () => (causes = await this.causes()).length, { timeout: 10_000 })
      .toBeGreaterThanOrEqual(count);
    return causes;
  }

  checkedAudience(): Promise<string | null> {
    return this.handle.eval<string | null>(`document.querySelector('input[name="audience"]:checked')?.value ?? null`);
  }

  chooseAudience(audience: string): Promise<void> {
    return this.handle.eval<undefined>(
      `void document.querySelector('input[name="audience"][value="${audience}"]').click()`,
    );
  }

  /** Clicks the first `[data-action=<action>]`: the page's action bar, or the first card that has it (copy curl). */
  clickAction(action: string): Promise<boolean> {
    return this.handle.eval<boolean>(
      `(() => { const b = document.querySelector('[data-action="${action}"]'); b?.click(); return b !== null; })()`,
    );
  }

  /** The text of the first `[data-action=<action>]`, or null when the popup does not offer it. */
  actionLabel(action: string): Promise<string | null> {
    return this.handle.eval<string | null>(`document.querySelector('[data-action="${action}"]')?.textContent ?? null`);
  }

  /** The `data-cause` ids of the cards under "Before you were sent here". */
  ledHereCauses(): Promise<string[]> {
    return this.handle.eval<string[]>(
      `[...document.querySelectorAll('[data-section="led-here"] [data-cause]')].map((el) => el.getAttribute('data-cause'))`,
    );
  }

  status(): Promise<string> {
    return this.handle.eval<string>(`document.querySelector('[role="status"]')?.textContent ?? ''`);
  }

  async waitForStatus(pattern: RegExp): Promise<string> {
    let text = '';
    await expect.poll(async () => (text = await this.status()), { timeout: 10_000 }).toMatch(pattern);
    return text;
  }

  /** Replaces navigator.clipboard.writeText so the copied text can be read back. */
  stubClipboard(): Promise<void> {
    return this.handle.eval<undefined>(`void (globalThis.__copied = [], Object.defineProperty(navigator, 'clipboard', {
      configurable: true, value: { writeText: async (text) => { globalThis.__copied.push(text); } } }))`);
  }

  copied(): Promise<string[]> {
    return this.handle.eval<string[]>(`globalThis.__copied ?? []`);
  }

  /** Forces a palette (the popup honours `data-theme` on <html>), for checking both. */
  setTheme(theme: 'light' | 'dark'): Promise<void> {
    return this.handle.eval<undefined>(`void (document.documentElement.dataset.theme = ${JSON.stringify(theme)})`);
  }

  /** Opens every <details>, so axe checks the text inside too. */
  expandAll(): Promise<void> {
    return this.handle.eval<undefined>(`void document.querySelectorAll('details').forEach((d) => { d.open = true; })`);
  }

  async axe(): Promise<AxeViolation[]> {
    await this.handle.eval<undefined>(`void (globalThis.axe || (0, eval)(${JSON.stringify(AXE_SOURCE)}))`);
    return this.handle.eval<AxeViolation[]>(
      `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help })))`,
    );
  }
}
