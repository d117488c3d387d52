import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { copyTextOf } from '../components/card-copy';
import { cardEntryOf } from '../components/card-entry';
import { TermCard } from '../components/TermCard';
import { indexGlossary } from '../lib/glossary/lookup';
import type { Glossary } from '../lib/glossary/types';

const glossary = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data/glossary.json'), 'utf8')) as Glossary;
const index = indexGlossary(glossary);
const term = (id: string) => index.term(id)!;

afterEach(cleanup);

describe('TermCard', () => {
  it('shows the form seen on the page with its other script form, pinyin and category', () => {
    render(<TermCard entry={cardEntryOf(index, term('text-to-video'))} seenAs="文生視頻" />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('文生視頻文生视频');
    expect(document.querySelector('.tl-pinyin')!.textContent).toBe('wén shēng shì pín · Traditional');
    expect(document.querySelector('.tl-category')!.textContent).toBe('AI技術 · AI techniques');
  });

  it('reads the form the page used, not the canonical one: 輝達 huī dá (Traditional), 量化 liàng huà, Nvidia yīng wěi dá', () => {
    render(<TermCard entry={cardEntryOf(index, term('nvidia'))} seenAs="輝達" />);
    expect(document.querySelector('.tl-pinyin')!.textContent).toBe('huī dá · Traditional');
    cleanup();
    render(<TermCard entry={cardEntryOf(index, term('quantization'))} seenAs="量化" />);
    expect(document.querySelector('.tl-pinyin')!.textContent).toBe('liàng huà');
    cleanup();
    render(<TermCard entry={cardEntryOf(index, term('quantization'))} />);
    expect(document.querySelector('.tl-pinyin')!.textContent).toBe('mó xíng liàng huà');
    cleanup();
    render(<TermCard entry={cardEntryOf(index, term('nvidia'))} seenAs="Nvidia" />);
    expect(document.querySelector('.tl-pinyin')!.textContent).toBe('yīng wěi dá');
  });

  it('shows the English gloss beside a Chinese headword, and NOT where it only repeats the headword the page wrote', () => {
    render(<TermCard entry={cardEntryOf(index, term('openai'))} seenAs="OpenAI" />);
    expect(document.querySelector('.tl-meta')!.textContent).toBe('AI模型与公司 · AI models & companies');
    cleanup();
    render(<TermCard entry={cardEntryOf(index, term('nvidia'))} seenAs="英伟达" />);
    expect(document.querySelector('.tl-english')!.textContent).toBe('Nvidia');
  });

  it('copies the term without an English gloss that repeats it', () => {
    expect(copyTextOf(cardEntryOf(index, term('openai')), { seenAs: 'openai', languages: 'en', script: 'page' }).split('\n')[0]).toBe('openai');
    expect(copyTextOf(cardEntryOf(index, term('nvidia')), { seenAs: '英伟达', languages: 'en', script: 'page' }).split('\n')[0]).toBe('英伟达 (yīng wěi dá) — Nvidia');
  });

  it('copies the reading and script of the form the page used: 輝達 (huī dá · Traditional), 量化 (liàng huà)', () => {
    expect(copyTextOf(cardEntryOf(index, term('nvidia')), { seenAs: '輝達', languages: 'en', script: 'page' }).split('\n')[0]).toBe('輝達 (huī dá · Traditional) — Nvidia');
    expect(copyTextOf(cardEntryOf(index, term('quantization')), { seenAs: '量化', languages: 'en', script: 'page' }).split('\n')[0]).toBe('量化 (liàng huà) — quantization');
  });

  it('shows Chinese prose in the script the reader sees: Traditional for 文生視頻, Simplified when asked', () => {
    const t2v = term('text-to-video');
    render(<TermCard entry={cardEntryOf(index, t2v)} seenAs="文生視頻" />);
    expect(screen.getByText(t2v.definition.zhHant!).getAttribute('lang')).toBe('zh-Hant');
    cleanup();
    render(<TermCard entry={cardEntryOf(index, t2v)} seenAs="文生視頻" script="simplified" />);
    expect(screen.getByText(t2v.definition.zh).getAttribute('lang')).toBe('zh-Hans');
    cleanup();
    render(<TermCard entry={cardEntryOf(index, t2v)} seenAs="文生视频" pageLang="zh-TW" />);
    expect(screen.getByText(t2v.definition.zhHant!)).toBeTruthy();
    expect(t2v.definition.zhHant).not.toBe(t2v.definition.zh);
  });

  it('shows both definitions and says they paraphrase the seed that explains the term', () => {
    render(<TermCard entry={cardEntryOf(index, term('maas'))} />);
    expect(screen.getByText(term('maas').definition.zh)).toBeTruthy();
    expect(screen.getByText(term('maas').definition.en)).toBeTruthy();
    expect(screen.getByText('Paraphrases 產業家 “Sora後觀察:AI大模型產業落地的八個錨點”')).toBeTruthy();
  });

  it('says when a definition is TermLens context rather than the articles', () => {
    render(<TermCard entry={cardEntryOf(index, term('hallucination'))} />);
    expect(screen.getByText('Context added by TermLens')).toBeTruthy();
  });

  it('shows only the chosen definition language', () => {
    render(<TermCard entry={cardEntryOf(index, term('maas'))} languages="en" />);
    expect(screen.queryByText(term('maas').definition.zh)).toBeNull();
    expect(screen.getByText(term('maas').definition.en)).toBeTruthy();
  });

  it('renders excerpts with the term marked and the story, publication and date', () => {
    const { container } = render(<TermCard entry={cardEntryOf(index, term('tianshu-tiansuan'))} />);
    const marks = [...container.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['天数天算', '天数天算', '天数天算']);
    const captions = [...container.querySelectorAll('figcaption')].map((c) => c.textContent);
    expect(captions[0]).toBe('中国经营报 《大模型首次上天 AI天地一体化提上日程》 2024-10');
    expect(container.querySelector('q')!.textContent).toBe(term('tianshu-tiansuan').excerpts[0]!.text);
  });

  it('switches to a related term when it is clicked', () => {
    function Harness() {
      const [id, setId] = useState('tianshu-tiansuan');
      return <TermCard entry={cardEntryOf(index, term(id))} onSelectTerm={setId} />;
    }
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: '地数天算' }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('地数天算地數天算');
  });

  it('renders markup in glossary text as text, never as HTML', () => {
    const hostile = structuredClone(term('maas'));
    hostile.definition.zh = '<img src=x onerror="alert(1)">';
    const { container } = render(<TermCard entry={cardEntryOf(index, hostile)} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror="alert(1)">')).toBeTruthy();
  });

  it('heads the card with the Traditional form for a zh-TW reader, and NO Simplified-only headword', () => {
    render(<TermCard entry={cardEntryOf(index, term('text-to-video'))} pageLang="zh-TW" />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('文生視頻文生视频');
  });

  it('hides the sources note, excerpts and related terms behind More, and says core terms are defined by TermLens', () => {
    const core = { ...structuredClone(term('maas')), tier: 'core' as const, asOf: '2026' };
    const toggles: boolean[] = [];
    const { container } = render(<TermCard entry={cardEntryOf(index, core)} details={false} onToggleDetails={(v) => toggles.push(v)} />);
    expect(screen.getByText('Definition by TermLens (as of 2026)')).toBeTruthy();
    expect(container.querySelector('.tl-excerpts')).toBeNull();
    expect(container.querySelector('.tl-related')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'More' }));
    expect(toggles).toEqual([true]);
  });

  it('keeps what comes before the details (the hover card\'s buttons) above More, the excerpts and the related terms', () => {
    const { container } = render(
      <TermCard entry={cardEntryOf(index, term('text-to-video'))} details onToggleDetails={() => {}} beforeDetails={<div class="tl-actions">buttons</div>} />,
    );
    const order = [...container.querySelectorAll('.tl-definition, .tl-actions, .tl-more, .tl-excerpts, .tl-related')].map((el) => el.className);
    expect(order).toEqual(['tl-definition', 'tl-actions', 'tl-more', 'tl-excerpts', 'tl-related']);
  });

  it('shows the sources note when the entry has one', () => {
    const noted = { ...structuredClone(term('maas')), inSources: { zh: '原文把它当作一种商业模式。', en: 'The sources treat it as a business model.' } };
    render(<TermCard entry={cardEntryOf(index, noted)} />);
    expect(screen.getByText('原文把它当作一种商业模式。')).toBeTruthy();
    expect(screen.getByText('The sources treat it as a business model.')).toBeTruthy();
  });

  it('names at most 8 related terms, most relevant first, and "+22 more" opens the full entry', () => {
    const opened: string[] = [];
    const { container } = render(<TermCard entry={cardEntryOf(index, term('gpu'))} relatedLimit={8} onMoreRelated={() => opened.push('gpu')} onSelectTerm={() => {}} />);
    const chips = [...container.querySelectorAll('.tl-related button')].map((b) => b.textContent);
    expect(chips).toEqual(['英伟达', 'AI芯片', 'H100', 'HBM', 'ASIC', 'TPU', '万卡集群', '昇腾910', '+22 more']);
    fireEvent.click(screen.getByRole('button', { name: '22 more related terms: open the full entry' }));
    expect(opened).toEqual(['gpu']);
  });

  it('names EVERY related term where there is no fuller view to send the reader to', () => {
    const { container } = render(<TermCard entry={cardEntryOf(index, term('gpu'))} relatedLimit={8} />);
    expect(container.querySelectorAll('.tl-related span')).toHaveLength(30);
    expect(container.querySelector('.tl-related-more')).toBeNull();
  });

  it('names related terms in Traditional for a zh-TW reader, with NO Simplified-only name', () => {
    const { container } = render(<TermCard entry={cardEntryOf(index, term('text-to-video'))} pageLang="zh-TW" />);
    const names = [...container.querySelectorAll('.tl-related span')].map((b) => b.textContent);
    expect(names).toEqual(['視頻生成大模型', '圖生視頻', 'Sora', '通義萬相', '可靈', 'AI視頻生成', '音畫同步', 'AIGC', 'Etna', '提示詞', 'VAST', '文生圖']);
  });
});
