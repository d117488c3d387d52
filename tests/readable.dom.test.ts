import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createBlockTextCollector } from '../lib/dom/block-text';
import { hasReadableText, whenReadable } from '../lib/dom/readable';
import { READABLE_RECHECK_MS } from '../lib/limits';

/** Timers like the content script's context: invalidating it runs the callbacks given. */
function fakeContext() {
  const onInvalid: (() => void)[] = [];
  return {
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    onInvalidated: (fn: () => void) => onInvalid.push(fn),
    invalidate: () => onInvalid.forEach((fn) => fn()),
  };
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => document.body.replaceChildren());

describe('hasReadableText', () => {
  it('says no for the frames ads and trackers leave: empty, blank, a script, a style, a pixel, a field, a hidden or editable block', () => {
    for (const html of [
      '',
      ' \n\t　 ',
      '<script>var slot = 1;</script>',
      '<style>body { margin: 0 }</style><noscript>请启用脚本</noscript>',
      '<img alt="" width="1" height="1"><video></video><canvas>画布</canvas>',
      '<textarea>全模态大模型</textarea><input value="文生视频"><select><option>万卡集群</option></select>',
      '<div hidden>文生视频</div><div contenteditable="true">万卡集群</div><template><p>天数天算</p></template>',
      '<div><span> </span><p>\n</p></div>',
    ]) {
      document.body.innerHTML = html;
      expect(hasReadableText(document), JSON.stringify(html)).toBe(false);
    }
  });

  it('says yes for text anywhere the walk reads, however deep, and for an open shadow root', () => {
    for (const html of ['全', '<div><section><p><b>MaaS</b></p></section></div>', '<script>x</script><div hidden>隐</div><p>文生视频</p>', '<div hidden="until-found">折叠的全模态</div>']) {
      document.body.innerHTML = html;
      expect(hasReadableText(document), JSON.stringify(html)).toBe(true);
    }
    document.body.innerHTML = '<div></div>';
    document.body.firstElementChild!.attachShadow({ mode: 'open' });
    // Empty yet: what is added inside it later is seen only by the annotator, so the frame starts.
    expect(hasReadableText(document)).toBe(true);
  });

  it('agrees with the walk: text exactly when the walk collects a non-blank run (fast-check, no shadow roots)', () => {
    const tags = ['p', 'div', 'span', 'b', 'script', 'style', 'textarea', 'rt', 'img', 'br'];
    const attrs = ['', 'hidden', 'contenteditable', 'class'];
    const texts = ['', ' ', '\n', '　', '全模态', 'x'];
    type Spec = { tag: string; attr: string; children: (Spec | string)[] };
    const { node } = fc.letrec<{ node: Spec; child: Spec | string }>((tie) => ({
      node: fc.record({ tag: fc.constantFrom(...tags), attr: fc.constantFrom(...attrs), children: fc.array(tie('child'), { maxLength: 3 }) }) as fc.Arbitrary<Spec>,
      child: fc.oneof({ depthSize: 'small' }, fc.constantFrom(...texts), tie('node')),
    }));
    const build = (parent: Node, spec: Spec) => {
      const el = document.createElement(spec.tag);
      if (spec.attr) el.setAttribute(spec.attr, '');
      parent.appendChild(el);
      for (const child of spec.children) {
        if (typeof child === 'string') el.appendChild(document.createTextNode(child));
        else build(el, child);
      }
    };
    fc.assert(
      fc.property(fc.array(node, { maxLength: 4 }), (specs) => {
        document.body.replaceChildren();
        for (const spec of specs) build(document.body, spec);
        const { runs } = createBlockTextCollector(document.body).collect(Infinity);
        expect(hasReadableText(document)).toBe(runs.some((run) => /\S/.test(run.text)));
      }),
      { numRuns: 800 },
    );
  });
});

describe('whenReadable', () => {
  it('resolves at once for a page with text', async () => {
    document.body.innerHTML = '<p>全模态大模型</p>';
    let done = false;
    void whenReadable(document, fakeContext()).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(true);
  });

  it('waits through mutations that add no text, and resolves once text arrives', async () => {
    document.body.innerHTML = '<script>var slot = 1;</script>';
    let done = false;
    void whenReadable(document, fakeContext()).then(() => (done = true));
    document.body.append(document.createElement('img'));
    document.body.append(document.createElement('div'));
    await settle(READABLE_RECHECK_MS * 2);
    expect(done).toBe(false);
    document.body.lastElementChild!.append('文生视频');
    await settle(READABLE_RECHECK_MS * 2);
    expect(done).toBe(true);
  });

  it('stops watching when the content script is invalidated', async () => {
    const context = fakeContext();
    let done = false;
    void whenReadable(document, context).then(() => (done = true));
    context.invalidate();
    document.body.append('万卡集群');
    await settle(READABLE_RECHECK_MS * 2);
    expect(done).toBe(false);
  });
});
