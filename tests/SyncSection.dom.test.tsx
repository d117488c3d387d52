import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SyncSection, type SyncSectionProps } from '../components/SyncSection';
import { EMPTY_SYNC_STATUS, type SyncPrefs, type SyncStatus } from '../lib/sync/sync-state';
import { useLocale } from './setup/i18n';

afterEach(() => {
  cleanup();
  useLocale('en');
});

const time = (ms: number) => `T+${ms}`;
const SYNCED: SyncStatus = {
  lastSyncAt: 5000,
  bytes: 99_873,
  items: 14,
  quotaBytes: 102_400,
  quotaItems: 512,
  report: [
    { section: 'c', total: 11, synced: 11 },
    { section: 's', total: 2000, synced: 2000 },
    { section: 'n', total: 3, synced: 3 },
    { section: 'o', total: 6000, synced: 2345 },
  ],
};

function show(props: Partial<SyncSectionProps>) {
  const changes: SyncPrefs[] = [];
  render(<SyncSection prefs={{ on: true, sites: false }} status={EMPTY_SYNC_STATUS} onChange={(p) => changes.push(p)} formatTime={time} {...props} />);
  const section = document.querySelector('.tl-sync')!;
  return { changes, section, lines: () => [...section.querySelectorAll('p, li')].map((e) => e.textContent) };
}

describe('sync section', () => {
  it('is off by default: the switch unticked, the site list disabled, no status lines', () => {
    const { section, lines } = show({ prefs: { on: false, sites: false } });
    const [on, sites] = [...section.querySelectorAll('input')];
    expect([on!.checked, sites!.checked, sites!.disabled]).toEqual([false, false, true]);
    expect(lines()).toHaveLength(2); // what it syncs, and where it goes
    expect(lines()[0]).toContain('Never your history');
  });

  it('turns on, and ticks the site list, through onChange', () => {
    const off = show({ prefs: { on: false, sites: false } });
    fireEvent.click(off.section.querySelector('input[name=sync-on]')!);
    expect(off.changes).toEqual([{ on: true, sites: false }]);
    cleanup();
    const on = show({});
    fireEvent.click(on.section.querySelector('input[name=sync-sites]')!);
    expect(on.changes).toEqual([{ on: true, sites: true }]);
  });

  it('shows the space used, the last sync and exactly what was left out', () => {
    const { lines } = show({ status: SYNCED });
    expect(lines().slice(2)).toEqual([
      'Last synced T+5000.',
      'Space used: 99,873 of 102,400 bytes, 14 of 512 items.',
      'Not synced, because the browser\'s sync space (102,400 bytes) is full. It stays on this computer, and “Back up everything (JSON)” on this page keeps all of it.',
      'Own terms: 3,655 of 6,000 not synced (the most recently changed are synced first)',
    ]);
  });

  it('says a refused write changed nothing here, in Traditional Chinese too', () => {
    useLocale('zh_TW');
    const { lines } = show({ status: { ...SYNCED, report: SYNCED.report.slice(0, 3), problem: 'size', retryAt: 65_000 } });
    expect(lines().slice(2)).toEqual(['上次同步：T+5000。', '上次同步因空間不足被拒絕；這臺電腦上的內容沒有任何改動。下次重試：T+65000。', '已用空間：99,873 / 102,400 位元組，14 / 512 項。', '全部內容都已同步。']);
  });
});
