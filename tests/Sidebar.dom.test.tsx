import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Sidebar } from '../components/Sidebar';
import { indexGlossary } from '../lib/glossary/lookup';
import type { Glossary } from '../lib/glossary/types';

const glossary = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data/glossary.json'), 'utf8')) as Glossary;
const index = indexGlossary(glossary);
const loadText = async (file: string) => readFileSync(join(import.meta.dirname, '..', 'seeds', file), 'utf8');

afterEach(cleanup);

describe('Sidebar', () => {
  it('moves between tabs with the arrow keys, and only the selected tab is in the Tab order', () => {
    render(<Sidebar index={index} pageTerms={null} onReveal={() => {}} loadText={loadText} initialTab="glossary" />);
    const tabs = () => screen.getAllByRole('tab');
    expect(tabs().map((t) => [t.textContent, t.getAttribute('aria-selected'), t.tabIndex])).toEqual([
      ['On this page', 'false', -1],
      ['Glossary', 'true', 0],
      ['Sources', 'false', -1],
      ['Reader', 'false', -1],
      ['Met terms', 'false', -1],
      ['Add a term', 'false', -1],
    ]);
    fireEvent.keyDown(tabs()[1]!, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Sources');
    expect(screen.getByText('The articles the glossary was built from.')).toBeTruthy();
  });

  it('opens an entry from a card on the spelling met: its headword, reading and script, and every form with its own reading', () => {
    render(<Sidebar index={index} pageTerms={null} onReveal={() => {}} loadText={loadText} entry="nvidia" entryForm="輝達" />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('輝達英伟达');
    expect(document.querySelector('.tl-pinyin')!.textContent).toBe('huī dá · Traditional');
    expect([...document.querySelectorAll('.tl-forms li')].map((li) => li.textContent)).toEqual(['英伟达', '英偉達', '輝達 huī dá', 'Nvidia', 'nvidia']);
    cleanup();
    // A spelling that is not the term's is not shown as met: the canonical form's reading.
    render(<Sidebar index={index} pageTerms={null} onReveal={() => {}} loadText={loadText} entry="nvidia" entryForm="台积电" />);
    expect(document.querySelector('.tl-pinyin')!.textContent).toBe('yīng wěi dá');
  });

  it('filters the glossary, opens an entry with its forms and sources, and goes back', () => {
    render(<Sidebar index={index} pageTerms={null} onReveal={() => {}} loadText={loadText} initialTab="glossary" />);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'wen sheng' } });
    expect(screen.getByText('4 terms')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^文生/ }).map((b) => b.querySelector('.tl-row-term')!.textContent)).toEqual(['文生视频', '文生图', '文生文', '文生音乐']);
    fireEvent.click(screen.getByRole('button', { name: /^文生视频/ }));
    const t2v = index.term('text-to-video')!;
    expect([...document.querySelectorAll('.tl-forms li')].map((li) => li.textContent)).toEqual(['文生视频', '文生視頻', '文生影片 wén shēng yǐng piàn']);
    expect(screen.getAllByRole('button', { name: 'Show in the article' })).toHaveLength(t2v.excerpts.length);
    fireEvent.click(screen.getByRole('button', { name: '← Back' }));
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('');
  });

  it('lists the active tab\'s terms with counts, and a count asks to reveal that term', () => {
    const revealed: string[] = [];
    const pageTerms = { site: 'example.com', active: true, counts: [['maas', 1], ['omni-modal-large-model', 3]] as [string, number][] };
    render(<Sidebar index={index} pageTerms={pageTerms} onReveal={(id) => revealed.push(id)} loadText={loadText} />);
    const rows = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(rows).toEqual(['全模态大模型omni-modal large model3×', 'MaaSModel-as-a-Service1×']);
    fireEvent.click(screen.getByRole('button', { name: 'Scroll to the next occurrence of MaaS' }));
    expect(revealed).toEqual(['maas']);
  });

  it('names the page\'s terms in the page\'s script: Traditional on a zh-Hant page under a Simplified interface, Simplified on a zh-CN page under a Traditional one', () => {
    const counts = [['text-to-video', 2], ['omni-modal-large-model', 1]] as [string, number][];
    const names = () => screen.getAllByRole('listitem').map((li) => li.querySelector('.tl-row-term')!.textContent);
    const { unmount } = render(<Sidebar index={index} pageLang="zh-CN" pageTerms={{ site: 'example.tw', active: true, counts, lang: 'zh-Hant' }} onReveal={() => {}} loadText={loadText} />);
    expect(names()).toEqual(['文生視頻', '全模態大模型']);
    unmount();
    render(<Sidebar index={index} pageLang="zh-TW" pageTerms={{ site: 'example.cn', active: true, counts, lang: 'zh-CN' }} onReveal={() => {}} loadText={loadText} />);
    expect(names()).toEqual(['文生视频', '全模态大模型']);
  });

  it('says so where TermLens cannot read the tab', () => {
    render(<Sidebar index={index} pageTerms={null} onReveal={() => {}} loadText={loadText} />);
    expect(screen.getByText('TermLens cannot read this page')).toBeTruthy();
  });

  it('opens straight on the entry a card asked for', () => {
    render(<Sidebar index={index} pageTerms={null} onReveal={() => {}} loadText={loadText} entry="maas" />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('MaaS');
  });

  it('says the page holds no glossary terms, instead of an empty list', () => {
    render(<Sidebar index={index} pageTerms={{ site: 'example.com', active: true, counts: [] }} onReveal={() => {}} loadText={loadText} />);
    expect(screen.getByText('No glossary terms on this page')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });
});
