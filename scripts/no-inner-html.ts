// A vite plugin both builds of the pages use (vite.config.ts, vite.web.config.ts).
import type { Plugin } from 'vite';

/**
 * Removes Preact's only `innerHTML` sink (`dangerouslySetInnerHTML`, which Why401 never uses), so the
 * popup cannot turn server-supplied text into markup and `web-ext lint` has nothing to flag.
 */
export function noInnerHtml(): Plugin {
  return {
    name: 'why401-no-inner-html',
    transform(code, id) {
      if (!id.includes('/node_modules/preact/') || !code.includes('.innerHTML=')) return null;
      const stripped = code.replace(/\((\w+)\.innerHTML=(\w+)\.__html\)/g, '(void 0)');
      if (stripped.includes('.innerHTML=')) this.error('preact changed: an innerHTML assignment is left');
      return { code: stripped, map: null };
    },
  };
}
