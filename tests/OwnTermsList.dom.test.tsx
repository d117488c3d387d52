import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OWN_TERMS_PAGE_ROWS, OwnTermsList, type OwnTermsData } from '../components/OwnTermsList';
import { OwnTermsIndex } from '../lib/own-terms-index';

/** 120 own terms 词000…词119 through the real index; each load is recorded, and may be held back to answer late. */
function fakeData() {
  let terms = Array.from({ length: 120 }, (_, i) => ({ id: `own-${i}`, term: `词${String(i).padStart(3, '0')}` }));
  let index = new OwnTermsIndex(terms);
  const removed: string[][] = [];
  const loads: string[] = [];
  const held: (() => void)[] = [];
  let holding = false;
  let notify: (() => void) | undefined;
  const data: OwnTermsData = {
    load: (prefix, limit, revision) => {
      loads.push(`${prefix}|${limit}|${revision}`);
      const answer = { ...index.window(prefix, limit), statuses: {} };
      if (!holding) return Promise.resolve(answer);
      return new Promise((resolve) => held.push(() => resolve(answer)));
    },
    watch: (onChange) => ((notify = onChange), () => (notify = undefined)),
    setStatus: async () => {},
    matchingIds: async (prefix) => index.window(prefix, index.size).terms.map((t) => t.id),
    remove: async (ids) => {
      removed.push(ids);
      const before = terms;
      terms = terms.filter((t) => !ids.includes(t.id));
      index = new OwnTermsIndex(terms);
      return async () => {
        terms = before;
        index = new OwnTermsIndex(terms);
      };
    },
  };
  return { data, loads, removed, hold: (on: boolean) => (holding = on), release: (i: number) => held[i]!(), changedElsewhere: () => notify?.() };
}

const rows = () => screen.queryAllByRole('listitem').map((li) => li.querySelector('span')!.textContent);

describe('own terms list', () => {
  afterEach(cleanup);

  it('shows a window of the terms and "Show more" for the rest, and a filter starts the window again', async () => {
    const { data, loads } = fakeData();
    render(<OwnTermsList data={data} revision={0} />);
    await waitFor(() => expect(rows()).toHaveLength(OWN_TERMS_PAGE_ROWS));
    expect(rows()[0]).toBe('词000');
    fireEvent.click(screen.getByRole('button', { name: 'Show 50 more (of 70 not shown)' }));
    await waitFor(() => expect(rows()).toHaveLength(100));
    fireEvent.click(screen.getByRole('button', { name: 'Show 20 more (of 20 not shown)' }));
    await waitFor(() => expect(rows()).toHaveLength(120));
    expect(screen.queryByRole('button', { name: /^Show/ })).toBeNull();

    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '词11' } });
    await waitFor(() => expect(rows()).toEqual(['词110', '词111', '词112', '词113', '词114', '词115', '词116', '词117', '词118', '词119']));
    expect(loads).toEqual(['|50|0', '|100|0', '|150|0', '词11|50|0']);
  });

  it('does NOT let a late answer for an older filter replace the newer one', async () => {
    const { data, hold, release } = fakeData();
    render(<OwnTermsList data={data} revision={0} />);
    await waitFor(() => expect(rows()).toHaveLength(OWN_TERMS_PAGE_ROWS));
    hold(true);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '词1' } });
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '词10' } });
    release(1);
    await waitFor(() => expect(rows()).toHaveLength(10));
    release(0);
    await Promise.resolve();
    await waitFor(() => expect(rows()).toEqual(['词100', '词101', '词102', '词103', '词104', '词105', '词106', '词107', '词108', '词109']));
  });

  it('reads the window again when the terms changed elsewhere', async () => {
    const { data, loads, changedElsewhere } = fakeData();
    render(<OwnTermsList data={data} revision={3} />);
    await waitFor(() => expect(rows()).toHaveLength(OWN_TERMS_PAGE_ROWS));
    changedElsewhere();
    await waitFor(() => expect(loads).toEqual(['|50|3', '|50|3']));
  });

  it('deletes one term at once from its row, says so, and Undo puts it back', async () => {
    const { data, removed } = fakeData();
    render(<OwnTermsList data={data} revision={0} />);
    await waitFor(() => expect(rows()).toHaveLength(OWN_TERMS_PAGE_ROWS));
    fireEvent.click(screen.getByRole('button', { name: 'Delete 词001' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Deleted 1 of your terms.'));
    await waitFor(() => expect(rows().slice(0, 3)).toEqual(['词000', '词002', '词003']));
    expect(removed).toEqual([['own-1']]);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rows().slice(0, 3)).toEqual(['词000', '词001', '词002']));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('deletes all the filter finds only after a confirmation that says how many; "Keep them" deletes NOTHING', async () => {
    const { data, removed } = fakeData();
    render(<OwnTermsList data={data} revision={0} />);
    await waitFor(() => expect(rows()).toHaveLength(OWN_TERMS_PAGE_ROWS));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '词11' } });
    await waitFor(() => expect(rows()).toHaveLength(10));
    fireEvent.click(screen.getByRole('button', { name: 'Select all 10 shown by the filter' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete 10 selected…' }));
    expect(screen.getByRole('alertdialog').textContent).toContain('Delete 10 of your terms?');
    fireEvent.click(screen.getByRole('button', { name: 'Keep them' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(removed).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Delete 10 selected…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete 10 terms' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Deleted 10 of your terms.'));
    expect(removed).toEqual([['own-110', 'own-111', 'own-112', 'own-113', 'own-114', 'own-115', 'own-116', 'own-117', 'own-118', 'own-119']]);
    await waitFor(() => expect(screen.queryAllByRole('listitem')).toHaveLength(0));
  });

  it('deletes the rows ticked one by one, and no others', async () => {
    const { data, removed } = fakeData();
    render(<OwnTermsList data={data} revision={0} />);
    await waitFor(() => expect(rows()).toHaveLength(OWN_TERMS_PAGE_ROWS));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select 词003' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select 词007' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete 2 selected…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete 2 terms' }));
    await waitFor(() => expect(removed).toEqual([['own-3', 'own-7']]));
    await waitFor(() => expect(rows().slice(0, 7)).toEqual(['词000', '词001', '词002', '词004', '词005', '词006', '词008']));
  });
});
