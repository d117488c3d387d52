import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DictionaryFallback } from '../components/DictionaryFallback';
import { GlossarySearch } from '../components/GlossarySearch';
import { indexGlossary } from '../lib/glossary/lookup';
import type { Glossary } from '../lib/glossary/types';

const glossary = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data/glossary.json'), 'utf8')) as Glossary;
const index = indexGlossary(glossary);

afterEach(cleanup);

const selectedText = () => screen.getByRole('option', { selected: true }).querySelector('.tl-result-term')!.textContent;

describe('GlossarySearch', () => {
  it('lists results as the user types and moves the selection with the arrow keys', () => {
    render(<GlossarySearch index={index} />);
    const input = screen.getByRole('searchbox');
    fireEvent.input(input, { target: { value: 'omni-modal' } });
    expect(selectedText()).toBe('全模态');
    const terms = screen.getAllByRole('option').map((o) => o.querySelector('.tl-result-term')!.textContent);
    expect(terms).toEqual(['全模态', '全模态大模型', '紫东太初', '多模态大模型']);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(selectedText()).toBe(screen.getAllByRole('option')[1]!.querySelector('.tl-result-term')!.textContent);
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(selectedText()).toBe('全模态');
  });

  it('opens the selected entry on Enter and goes back to the results', () => {
    render(<GlossarySearch index={index} />);
    const input = screen.getByRole('searchbox');
    fireEvent.input(input, { target: { value: 'MaaS' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('MaaS');
    fireEvent.click(screen.getByRole('button', { name: '← Back' }));
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('MaaS');
  });

  it('does NOT act on keys while an IME is composing', () => {
    render(<GlossarySearch index={index} />);
    const input = screen.getByRole('searchbox');
    fireEvent.input(input, { target: { value: 'quan' } });
    fireEvent.keyDown(input, { key: 'Enter', isComposing: true });
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
  });

  it('finds 全模态 from pinyin, initials, Traditional and English, and the MaaS entry from 模型即服务', () => {
    render(<GlossarySearch index={index} />);
    const input = screen.getByRole('searchbox');
    for (const query of ['qmt', 'quan mo tai', 'quánmótài', '全模態', 'omni-modal']) {
      fireEvent.input(input, { target: { value: query } });
      expect(selectedText(), query).toBe('全模态');
    }
    for (const query of ['模型即服务', '模型即服務', 'maas']) {
      fireEvent.input(input, { target: { value: query } });
      expect(selectedText(), query).toBe('MaaS');
    }
  });

  it('says so when nothing matches', () => {
    render(<GlossarySearch index={index} />);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'zzzzqqqxx' } });
    expect(screen.getByText('No matching term')).toBeTruthy();
  });

  it('shows a Latin headword with its Chinese name, in the script asked for', () => {
    const { unmount } = render(<GlossarySearch index={index} />);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'maas' } });
    const row = screen.getAllByRole('option')[0]!;
    expect([row.querySelector('.tl-result-term')!.textContent, row.querySelector('.tl-result-zh')!.textContent]).toEqual(['MaaS', '模型即服务']);
    unmount();
    render(<GlossarySearch index={index} script="traditional" />);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'maas' } });
    expect(screen.getAllByRole('option')[0]!.querySelector('.tl-result-zh')!.textContent).toBe('模型即服務');
  });

  it('does NOT add a Chinese name to a Chinese headword', () => {
    render(<GlossarySearch index={index} />);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'qmt' } });
    expect(screen.getAllByRole('option')[0]!.querySelector('.tl-result-zh')).toBe(null);
  });

  it('shows the dictionary in place of "No matching term" when it has the word, and "No matching term" when it has not', async () => {
    const panda = { word: '熊猫', simplified: '熊猫', traditional: '熊貓', pinyin: 'xióng māo', senses: ['panda'] };
    const asked: string[] = [];
    const lookup = async (text: string) => (asked.push(text), text === 'panda' ? [panda] : []);
    render(<GlossarySearch index={index} fallback={(query, notFound) => <DictionaryFallback query={query} lookup={lookup} notFound={notFound} />} />);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'panda' } });
    const section = await screen.findByRole('region', { name: 'From CC-CEDICT' });
    expect(section.textContent).toContain('Not in the glossary.From CC-CEDICT熊猫');
    expect(screen.queryByText('No matching term')).toBe(null);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'zzzzqqqxx' } });
    expect(await screen.findByText('No matching term')).toBeTruthy();
    expect(asked).toEqual(['panda', 'zzzzqqqxx']);
  });
});
