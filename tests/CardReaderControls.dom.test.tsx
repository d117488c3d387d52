import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { cardEntryOf } from '../components/card-entry';
import { HoverCard, type CardReader } from '../components/HoverCard';
import { indexGlossary } from '../lib/glossary/lookup';
import type { Glossary } from '../lib/glossary/types';
import type { TermStatus } from '../lib/term-status';

const index = indexGlossary(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'glossary.json'), 'utf8')) as Glossary);
const maas = index.term('maas')!;

function renderCard(note: string | undefined, reader: CardReader) {
  return render(
    <HoverCard
      entry={{ ...cardEntryOf(index, maas), note }}
      heading="MaaS"
      theme="light"
      details={false}
      onToggleDetails={() => {}}
      onSelectTerm={() => {}}
      onClose={() => {}}
      onOpenEntry={() => {}}
      actions={{ copy: async () => true, unmark: () => {} }}
      reader={reader}
    />,
  );
}

function fakeReader(status: TermStatus, saves: boolean) {
  const calls: string[] = [];
  const reader: CardReader = {
    status,
    setStatus: async (s) => (calls.push(`status=${s}`), saves),
    saveNote: async (text) => (calls.push(`note=${text}`), saves),
  };
  return { reader, calls };
}

describe('the card\'s status and note', () => {
  afterEach(cleanup);

  it('offers the four statuses as one labelled radio group, the current one checked, and saves a choice', async () => {
    const { reader, calls } = fakeReader('learning', true);
    renderCard(undefined, reader);
    const group = screen.getByRole('group', { name: 'Status' });
    const radios = [...group.querySelectorAll('input[type="radio"]')] as HTMLInputElement[];
    expect(radios.map((r) => [r.value, r.checked, r.labels?.[0]?.textContent])).toEqual([
      ['new', false, 'New'],
      ['learning', true, 'Learning'],
      ['known', false, 'Known'],
      ['ignored', false, 'Ignored (not marked)'],
    ]);
    // One name: Tab enters the group once and the arrow keys move within it.
    expect(new Set(radios.map((r) => r.name)).size).toBe(1);
    fireEvent.click(screen.getByLabelText('Known'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Status: Known'));
    expect(calls).toEqual(['status=known']);
    expect((screen.getByLabelText('Known') as HTMLInputElement).checked).toBe(true);
  });

  it('shows the note under the definition, and edits it in place', async () => {
    const { reader, calls } = fakeReader('new', true);
    const { container } = renderCard('见第三篇', reader);
    const sections = [...container.querySelectorAll('section')].map((s) => s.getAttribute('aria-label'));
    expect(sections.indexOf('Your note')).toBe(sections.indexOf('Definition') + 1);
    expect(screen.getByRole('region', { name: 'Your note' }).textContent).toBe('Your note见第三篇');
    fireEvent.click(screen.getByRole('button', { name: 'Edit note' }));
    const box = screen.getByLabelText('Your note on MaaS') as HTMLTextAreaElement;
    expect(box.value).toBe('见第三篇');
    fireEvent.input(box, { target: { value: '  我们组用内部平台  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Your note' }).textContent).toBe('Your note我们组用内部平台'));
    expect(calls).toEqual(['note=  我们组用内部平台  ']);
  });

  it('keeps the note as it was and says so when it could NOT be saved', async () => {
    const { reader } = fakeReader('new', false);
    renderCard(undefined, reader);
    expect(screen.queryByRole('region', { name: 'Your note' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Add a note' }));
    fireEvent.input(screen.getByLabelText('Your note on MaaS'), { target: { value: '新笔记' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The note was not saved.'));
    expect(screen.queryByRole('region', { name: 'Your note' })).toBeNull();
  });
});
