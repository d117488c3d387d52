/**
 * A Vite plugin that takes `dangerouslySetInnerHTML` out of Preact: TermLens renders text only, and
 * Preact's one `el.innerHTML = …` assignment is the only HTML sink in our bundles (it is what
 * `web-ext lint` flags as UNSAFE_VAR_ASSIGNMENT). The prop now throws instead of rendering. The build
 * fails if a Preact release changes the code this rewrites, so the sink cannot come back unnoticed.
 */
import type { Plugin } from 'vite';

const SINK = /\(([\w$]+)\.innerHTML=([\w$]+)\.__html\)/g;
const REFUSAL = '(()=>{throw new TypeError("TermLens renders text only: dangerouslySetInnerHTML is disabled")})()';

export function noInnerHtml(): Plugin {
  return {
    name: 'termlens-no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.m?js$/.test(id.split('?')[0]!)) return undefined;
      const out = code.replace(SINK, REFUSAL);
      if (out === code) this.error(`no-inner-html: Preact's innerHTML assignment not found in ${id}; update scripts/no-inner-html.ts`);
      return { code: out, map: null };
    },
  };
}
