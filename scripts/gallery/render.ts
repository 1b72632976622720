// HTML of the gallery: an index of causes and one page per cause. The page's 401 is caused by the
// fixture server's own trigger for the scenario (the same script the end-to-end tests run).
import { escapeHtml } from '../../test/e2e/support/fixture-server';
import type { Scenario } from '../../test/fixtures/scenario';
import type { Exhibit } from './exhibits';

export const GALLERY_PATH = '/gallery/';

export function causePath(cause: string): string {
  return `${GALLERY_PATH}${cause}`;
}

function layout(title: string, origin: string, content: string): string {
  // Absolute links back to the gallery's origin: one exhibit lives on the other origin (cross-site).
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><link rel="stylesheet" href="${origin}${GALLERY_PATH}style.css"></head>
<body><main>${content}</main></body></html>`;
}

export function renderIndex(exhibits: readonly Exhibit[], origin: string): string {
  const cards = exhibits.map(
    (exhibit) => `<li class="card"><a href="${origin}${causePath(exhibit.cause)}" data-cause="${exhibit.cause}">
<code>${exhibit.cause}</code><br><strong>${escapeHtml(exhibit.name)}</strong><p>${escapeHtml(exhibit.simulates)}</p>
${exhibit.browserNote ? '<p class="note">Firefox only: Chromium hides it from extensions.</p>' : ''}</a></li>`,
  );
  return layout(
    'The 401 gallery',
    origin,
    `<header><h1>The <span class="status">401</span> gallery</h1>
<p>Each page below is refused the way a real server refuses it. Open one, then click the <strong>Why401</strong> button in the toolbar
(pin it from the puzzle-piece menu if you don't see it) to read why, and what to do.</p></header>
<ul class="grid">${cards.join('')}</ul>
<p class="note">Everything is served by this machine on 127.0.0.1; every token and password on these pages is a fake marked <code>CANARY</code>.</p>`,
  );
}

export interface CausePageInput {
  exhibit: Exhibit;
  scenario: Scenario;
  /** From the fixture server: the link (navigations) or script (fetch, preflight) that causes the 401. */
  trigger: string;
  origin: string;
  previous: Exhibit | undefined;
  next: Exhibit | undefined;
}

export function renderCausePage({ exhibit, scenario, trigger, origin, previous, next }: CausePageInput): string {
  const navigation = scenario.request.via === 'navigation';
  const status = scenario.response.status;
  const steps = navigation
    ? `Open the protected page below${exhibit.prompts ? ' (press <em>Cancel</em> if the browser asks for a password)' : ''}, then click the <strong>Why401</strong> button in the toolbar.`
    : `This page has just sent the request in the background${exhibit.prompts ? ' (press <em>Cancel</em> if the browser asks for a password)' : ''}. Click the <strong>Why401</strong> button in the toolbar.`;
  const link = (before: string, after: string, target: Exhibit | undefined) =>
    target
      ? `<a href="${origin}${causePath(target.cause)}">${before}${escapeHtml(target.name)}${after}</a>`
      : '<span></span>';
  return layout(
    `${status}: ${exhibit.name}`,
    origin,
    `<header><p><a href="${origin}${GALLERY_PATH}">The 401 gallery</a> · <code>${exhibit.cause}</code></p>
<h1><span class="status">${status}</span> ${escapeHtml(exhibit.name)}</h1></header>
<section class="exhibit" data-exhibit="${exhibit.cause}" data-scenario="${escapeHtml(scenario.id)}">
<p class="simulates">${escapeHtml(exhibit.simulates)}</p>
<p class="cta">${steps}</p>
${exhibit.browserNote ? `<p class="note">${escapeHtml(exhibit.browserNote)}</p>` : ''}
${navigation ? trigger : `${trigger}<p><button type="button" onclick="location.reload()">Send it again</button></p>`}
<p class="source">Recorded from: ${escapeHtml(scenario.source)}</p>
</section>
<nav>${link('← ', '', previous)}${link('', ' →', next)}</nav>`,
  );
}
