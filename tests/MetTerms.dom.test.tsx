import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { MetTerms, type MetTermsData } from '../components/MetTerms';
import type { TermStatus } from '../lib/term-status';

function fakeData() {
  const calls: string[] = [];
  let met = [
    { termId: 'maas', term: 'MaaS', count: 3, lastSeen: Date.UTC(2026, 0, 2), lastSite: 'news.example' },
    { termId: 'own-0123456789abcdef', term: '端侧模型', count: 1, lastSeen: Date.UTC(2026, 0, 1), lastSite: 'blog.example' },
  ];
  const statuses: Record<string, TermStatus> = { maas: 'known' };
  const data: MetTermsData = {
    load: async () => ({ met, statuses: { ...statuses } }),
    clear: async () => {
      calls.push('clear');
      met = [];
    },
    setStatus: async (id, status) => {
      calls.push(`${id}=${status}`);
      statuses[id] = status;
    },
  };
  return { data, calls };
}

describe('Met terms', () => {
  it('lists each met term with its count, site and status, sets a status and clears the history', async () => {
    const { data, calls } = fakeData();
    const opened: string[] = [];
    render(<MetTerms data={data} onOpenEntry={(id) => opened.push(id)} canOpen={(id) => id === 'maas'} />);
    await screen.findByTestId('met-terms');
    const rows = screen.getAllByRole('listitem');
    expect(rows.map((li) => [li.querySelector('.tl-row-term')!.textContent, li.querySelector('.tl-count')!.textContent])).toEqual([
      ['MaaS', '3×'],
      ['端侧模型', '1×'],
    ]);
    expect(rows[0]!.querySelector('.tl-met-last')!.textContent).toMatch(/ on news\.example$/);
    expect((screen.getByLabelText('Status of MaaS') as HTMLSelectElement).value).toBe('known');
    fireEvent.change(screen.getByLabelText('Status of 端侧模型'), { target: { value: 'ignored' } });
    await waitFor(() => expect((screen.getByLabelText('Status of 端侧模型') as HTMLSelectElement).value).toBe('ignored'));
    fireEvent.click(screen.getByRole('button', { name: 'MaaS' }));
    expect(opened).toEqual(['maas']);
    fireEvent.click(screen.getByRole('button', { name: 'Clear history' }));
    await screen.findByText(/^No card opened yet\./);
    expect(calls).toEqual(['own-0123456789abcdef=ignored', 'clear']);
  });
});
