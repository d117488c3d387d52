import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RestoreBackup, type RestoreChoice } from '../components/RestoreBackup';
import type { RestoreMode } from '../lib/db/restore';

const change = (added: number, replaced: number, removed: number) => ({ added, replaced, kept: 0, removed });
const choice: RestoreChoice = {
  fileName: 'termlens-backup.json',
  preview: {
    merge: { ownTerms: change(2, 1, 0), notes: change(0, 0, 0), statuses: change(1, 0, 0), history: change(3, 0, 0) },
    replace: { ownTerms: change(2, 3, 4), notes: change(0, 0, 1), statuses: change(1, 1, 0), history: change(3, 0, 5) },
    ownTermsAfter: { merge: 6, replace: 5 },
  },
  dropped: Array.from({ length: 7 }, (_, i) => ({ table: 'ownTerms' as const, record: i + 2, reason: 'restoreDropId' as const })),
};

function setUp(keptAt?: number, preview = choice) {
  const restored: RestoreMode[] = [];
  let undone = 0;
  render(
    <RestoreBackup
      onPreview={async (file) => ({ ...preview, fileName: file.name })}
      onRestore={async (mode) => (restored.push(mode), `Restored as ${mode}.`)}
      keptAt={keptAt}
      onUndo={async () => (undone++, 'Back.')}
    />,
  );
  const choose = () => fireEvent.change(screen.getByLabelText('Restore a backup…'), { target: { files: [new File(['{}'], 'termlens-backup.json')] } });
  return { restored, undone: () => undone, choose };
}

describe('restore a backup', () => {
  afterEach(cleanup);

  it('shows what Merge and Replace would each do and what the file holds that cannot be used, before anything is written', async () => {
    const { restored, choose } = setUp();
    choose();
    await screen.findByText('Restore from termlens-backup.json');
    const lines = (mode: string) => [...document.querySelectorAll(`.restore-changes[data-mode="${mode}"] li`)].map((li) => li.textContent);
    expect(lines('merge')).toEqual(['Own terms: 2 added, 1 replaced, 0 removed', 'Notes: 0 added, 0 replaced, 0 removed', 'Statuses: 1 added, 0 replaced, 0 removed', 'History: 3 added, 0 replaced, 0 removed']);
    expect(lines('replace')[0]).toBe('Own terms: 2 added, 3 replaced, 4 removed');
    expect(screen.getByText('7 records of the file cannot be used and are left out:')).toBeTruthy();
    expect([...document.querySelectorAll('.restore-dropped li')].map((li) => li.textContent)).toEqual([
      '"ownTerms" record 2: its id does not belong to it', '"ownTerms" record 3: its id does not belong to it', '"ownTerms" record 4: its id does not belong to it',
      '"ownTerms" record 5: its id does not belong to it', '"ownTerms" record 6: its id does not belong to it', '…',
    ]);
    expect((screen.getByRole('radio', { name: /^Merge/ }) as HTMLInputElement).checked).toBe(true);
    expect(restored).toEqual([]);
  });

  it('Cancel writes nothing; Restore writes with the mode chosen (Merge by default)', async () => {
    const { restored, choose } = setUp();
    choose();
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('status').textContent).toBe('Restore cancelled: nothing was changed.');
    expect(restored).toEqual([]);
    choose();
    fireEvent.click(await screen.findByRole('button', { name: 'Restore' }));
    await screen.findByText('Restored as merge.');
    choose();
    fireEvent.click(await screen.findByRole('radio', { name: /^Replace/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    await screen.findByText('Restored as replace.');
    expect(restored).toEqual(['merge', 'replace']);
  });

  it('offers to undo the last restore when the data from before was kept', async () => {
    const { undone } = setUp(Date.UTC(2026, 0, 2, 3, 4));
    const undo = screen.getByRole('button', { name: /^Undo the last restore \(back to the data of / });
    fireEvent.click(undo);
    await waitFor(() => expect(undone()).toBe(1));
    await screen.findByText('Back.');
  });

  it('says a choice would pass the own-term limit, and does NOT let it be restored; the other choice still can', async () => {
    const { restored, choose } = setUp(undefined, { ...choice, preview: { ...choice.preview, ownTermsAfter: { merge: 100_001, replace: 5 } } });
    choose();
    await screen.findByText('Restore from termlens-backup.json');
    expect(screen.getByRole('alert').textContent).toBe(
      'With this choice you would have 100001 terms of your own; TermLens keeps at most 100000, because every page receives them all. Nothing will be written.',
    );
    const apply = screen.getByRole('button', { name: 'Restore' }) as HTMLButtonElement;
    expect(apply.disabled).toBe(true);
    fireEvent.click(apply);
    expect(restored).toEqual([]);
    fireEvent.click(screen.getByRole('radio', { name: /Replace/ }));
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(restored).toEqual(['replace']));
  });
});
