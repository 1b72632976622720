import type { DevtoolsApi } from './devtools-api';

/**
 * Follows DevTools' theme (`devtools.panels.themeName`: Chrome says `default` or `dark`, Firefox
 * `light`, `dark` or `firebug`) through `data-theme` on <html>, which ui.css reads. `forced` (the
 * page's `?theme=`) wins, for screenshots.
 */
export function applyTheme(html: HTMLElement, panels: DevtoolsApi['panels'], forced: string | null): void {
  const set = (name: string | undefined): void => {
    html.dataset.theme = forced === 'dark' || forced === 'light' ? forced : name === 'dark' ? 'dark' : 'light';
  };
  set(panels.themeName);
  panels.onThemeChanged?.addListener(set);
}
