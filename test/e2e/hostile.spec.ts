// A hostile server's text (markup in a realm, a javascript: link in the body, bidi overrides, 10,000
// characters in error_description) is shown inert and truncated in the popup, in both browsers.
import { expect, test, waitForCauses } from './support/fixtures';

interface PopupInspection {
  activeElements: string[];
  eventAttributes: string[];
  javascriptLinks: number;
  bidiControls: boolean;
  longestText: number;
  alerted: boolean;
}

const INSPECT = `(() => {
  const main = document.body;
  const activeElements = [...main.querySelectorAll('img, script, iframe, object, embed, svg, math, form, input[type=image]')]
    .filter((el) => !el.closest('[data-icon]')).map((el) => el.tagName.toLowerCase());
  const eventAttributes = [...main.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name));
  const javascriptLinks = main.querySelectorAll('a[href^="javascript:" i]').length;
  const text = main.innerText;
  const bidiControls = /[\\u202a-\\u202e\\u2066-\\u2069]/.test(text);
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  let longestText = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) longestText = Math.max(longestText, node.textContent.length);
  return { activeElements, eventAttributes, javascriptLinks, bidiControls, longestText, alerted: window.__alerted === true };
})()`;

test('server-supplied markup, links, bidi overrides and huge text stay inert and short in the popup', async ({
  driver,
  server,
}) => {
  const tab = await driver.openTab(server.pageUrl('hostile-server-text'));
  const popup = await driver.openPopup(tab);
  await popup.eval(`(window.alert = () => { window.__alerted = true; }, true)`);
  expect((await waitForCauses(popup))[0]).toBe('credentials-rejected');
  // Open every disclosure so the details (evidence, developer view) are rendered too.
  await popup.eval(`([...document.querySelectorAll('details')].forEach((d) => { d.open = true; }), true)`);
  for (const audience of ['visitor', 'developer', 'owner']) {
    await popup.eval(`(document.querySelector('input[type=radio][value="${audience}"]')?.click(), true)`);
    await popup.eval(`([...document.querySelectorAll('details')].forEach((d) => { d.open = true; }), true)`);
    const seen = await popup.eval<PopupInspection>(INSPECT);
    expect(seen.activeElements, audience).toEqual([]);
    expect(seen.eventAttributes, audience).toEqual([]);
    expect(seen.javascriptLinks, audience).toBe(0);
    expect(seen.bidiControls, audience).toBe(false);
    expect(seen.longestText, audience).toBeLessThan(1_000);
    expect(seen.alerted, audience).toBe(false);
  }
  await popup.close();
  await driver.closeTab(tab);
});
