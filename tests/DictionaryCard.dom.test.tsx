import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DictionaryCard } from '../components/DictionaryCard';
import { DictionaryFallback } from '../components/DictionaryFallback';
import type { DictMatch } from '../lib/dict/dictionary';

afterEach(cleanup);

// As the background returns them for a page's 電腦病毒 (senses from CC-CEDICT).
const computer: DictMatch = { word: '電腦', simplified: '电脑', traditional: '電腦', pinyin: 'diàn nǎo', senses: ['computer', 'CL:臺|台[tái]'] };
const bank: DictMatch = { word: '银行', simplified: '银行', traditional: '銀行', pinyin: 'yín háng', senses: ['bank', 'CL:家[jiā],個|个[gè]'] };

describe('DictionaryCard', () => {
  it('shows the headword as met with the other script beside it, the pinyin, each sense, and the source', () => {
    render(<DictionaryCard entries={[computer]} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('電腦电脑');
    expect(screen.getByText('diàn nǎo')).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['computer', 'measure word: 臺 tái']);
    expect(document.querySelector('.tl-dict-source')!.textContent).toBe('CC-CEDICT');
  });

  it('shows NO button of its own: "add to my glossary" comes only through entryActions', () => {
    render(<DictionaryCard entries={[computer, bank]} />);
    expect(screen.queryAllByRole('button')).toEqual([]);
    cleanup();
    render(<DictionaryCard entries={[computer, bank]} entryActions={(entry) => <button type="button">{`add ${entry.simplified}`}</button>} />);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['add 电脑', 'add 银行']);
  });
});

describe('DictionaryFallback', () => {
  it('shows the CC-CEDICT entries of a Chinese query under a heading', async () => {
    const asked: string[] = [];
    render(<DictionaryFallback query=" 银行 " lookup={async (text) => (asked.push(text), [bank])} notFound={<p>none</p>} />);
    await waitFor(() => expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('From CC-CEDICT'));
    expect(asked).toEqual(['银行']);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('银行銀行');
  });

  it('asks the dictionary for a pinyin or English query too, and shows what it was given for "nothing" when the dictionary has nothing', async () => {
    const asked: string[] = [];
    render(<DictionaryFallback query="xiongmao" lookup={async (text) => (asked.push(text), [])} notFound={<p>none</p>} />);
    expect(document.body.textContent).toBe('');
    await waitFor(() => expect(document.body.textContent).toBe('none'));
    expect(asked).toEqual(['xiongmao']);
  });
});
