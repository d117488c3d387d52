import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OwnTermForm } from '../components/OwnTermForm';
import type { OwnTermInput } from '../lib/db/own-terms';

const suggest = async (term: string) => ({ forms: term === '类脑计算' ? ['類腦計算'] : [], pinyin: term === '类脑计算' ? 'lèi nǎo jì suàn' : '' });
const draft = { term: '类脑计算', met: { title: '类脑计算 A', url: 'https://example.com/a', sentence: '新建的类脑计算中心已经投入运行！' } };
const value = (label: string) => (screen.getByLabelText(label, { exact: true }) as HTMLInputElement).value;

describe('the add form, opened from a page', () => {
  afterEach(cleanup);

  it('starts from the term with its suggestions, shows where it was met, and saves it with the term', async () => {
    const saved: OwnTermInput[] = [];
    render(<OwnTermForm suggest={suggest} save={async (input) => (saved.push(input), input.term)} draft={draft} />);
    await waitFor(() => expect(value('Pinyin')).toBe('lèi nǎo jì suàn'));
    expect([value('Term'), value('Other forms (other script, aliases), separated by |')]).toEqual(['类脑计算', '類腦計算']);
    expect([value('Sentence'), value('Page title'), value('Page address')]).toEqual(['新建的类脑计算中心已经投入运行！', '类脑计算 A', 'https://example.com/a']);
    fireEvent.click(screen.getByRole('button', { name: 'Save term' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatchObject({ term: '类脑计算', forms: ['類腦計算'], pinyin: 'lèi nǎo jì suàn', met: draft.met });
  });

  it('keeps NOTHING of where it was met that the reader cleared', async () => {
    const saved: OwnTermInput[] = [];
    render(<OwnTermForm suggest={suggest} save={async (input) => (saved.push(input), input.term)} draft={draft} />);
    await waitFor(() => expect(value('Pinyin')).toBe('lèi nǎo jì suàn'));
    fireEvent.input(screen.getByLabelText('Page address', { exact: true }), { target: { value: '' } });
    fireEvent.input(screen.getByLabelText('Page title', { exact: true }), { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save term' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.met).toEqual({ sentence: '新建的类脑计算中心已经投入运行！' });
  });

  it('shows NO "where you met it" fields for a term typed by hand', () => {
    render(<OwnTermForm suggest={suggest} save={async (input) => input.term} />);
    expect(screen.queryByRole('group', { name: 'Where you met it' })).toBeNull();
    expect(value('Term')).toBe('');
  });
});

describe('the add form\'s suggestions', () => {
  afterEach(cleanup);
  const suggestEnglish = async (term: string) => ({ forms: ['類腦計算'], pinyin: 'lèi nǎo jì suàn', english: term === '类脑计算' ? 'brain-inspired computing' : '' });

  it('fills English from the suggestion and says the fields were suggested, keeping what the reader typed', async () => {
    const saved: OwnTermInput[] = [];
    render(<OwnTermForm suggest={suggestEnglish} save={async (input) => (saved.push(input), input.term)} />);
    fireEvent.input(screen.getByLabelText('English', { exact: true }), { target: { value: 'neuromorphic computing' } });
    fireEvent.input(screen.getByLabelText('Term', { exact: true }), { target: { value: '类脑计算' } });
    await waitFor(() => expect(value('Pinyin')).toBe('lèi nǎo jì suàn'));
    expect(value('English')).toBe('neuromorphic computing');
    expect(screen.getByText('Other forms, pinyin and English are suggested from OpenCC and CC-CEDICT: change anything before saving.')).toBeTruthy();
    cleanup();
    render(<OwnTermForm suggest={suggestEnglish} save={async (input) => input.term} draft={draft} />);
    await waitFor(() => expect(value('English')).toBe('brain-inspired computing'));
  });
});

