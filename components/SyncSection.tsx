import { t, type MessageKey } from '../lib/browser/i18n';
import type { Section } from '../lib/sync/records';
import type { SyncPrefs, SyncStatus } from '../lib/sync/sync-state';

export interface SyncSectionProps {
  prefs: SyncPrefs;
  status: SyncStatus;
  onChange(prefs: SyncPrefs): void;
  /** Dates and times in the reader's language. */
  formatTime?: (ms: number) => string;
}

const KIND: Record<Section, MessageKey> = { c: 'syncKindSettings', s: 'syncKindStatuses', n: 'syncKindNotes', o: 'syncKindOwnTerms' };
const PROBLEM: Record<NonNullable<SyncStatus['problem']>, MessageKey> = { size: 'syncProblemSize', rate: 'syncProblemRate', failed: 'syncProblemFailed' };

const defaultTime = (ms: number) => new Date(ms).toLocaleString();

function SyncState({ status, formatTime }: { status: SyncStatus; formatTime: (ms: number) => string }) {
  const leftOut = status.report.filter((r) => r.synced < r.total);
  return (
    <div class="tl-sync-state">
      <p role="status">{status.lastSyncAt === undefined ? t('syncNever') : t('syncLast', formatTime(status.lastSyncAt))}</p>
      {status.problem && <p role="alert">{t(PROBLEM[status.problem], formatTime(status.retryAt ?? Date.now()))}</p>}
      {status.quotaBytes > 0 && (
        <p class="tl-sync-space">{t('syncSpace', status.bytes.toLocaleString(), status.quotaBytes.toLocaleString(), status.items.toLocaleString(), status.quotaItems.toLocaleString())}</p>
      )}
      {leftOut.length > 0 ? (
        <div class="tl-sync-left-out">
          <p>{t('syncLeftOutTitle', status.quotaBytes.toLocaleString())}</p>
          <ul>
            {leftOut.map((r) => (
              <li key={r.section}>{t('syncLeftOutRow', t(KIND[r.section]), (r.total - r.synced).toLocaleString(), r.total.toLocaleString())}</li>
            ))}
          </ul>
        </div>
      ) : (
        status.lastSyncAt !== undefined && <p>{t('syncAllFits')}</p>
      )}
    </div>
  );
}

/** The options page's sync: the switch (off by default), the site-list tick, space used, last sync, what was left out. Text only. */
export function SyncSection({ prefs, status, onChange, formatTime = defaultTime }: SyncSectionProps) {
  return (
    <section class="tl-sync" aria-labelledby="tl-sync-title">
      <h2 id="tl-sync-title">{t('syncTitle')}</h2>
      <label>
        <input type="checkbox" name="sync-on" checked={prefs.on} onChange={(e) => onChange({ ...prefs, on: (e.target as HTMLInputElement).checked })} /> {t('syncSwitch')}
      </label>
      <p>{t('syncWhat')}</p>
      <p>{t('syncWhere')}</p>
      <label>
        <input
          type="checkbox"
          name="sync-sites"
          checked={prefs.sites}
          disabled={!prefs.on}
          onChange={(e) => onChange({ ...prefs, sites: (e.target as HTMLInputElement).checked })}
        />{' '}
        {t('syncSites')}
      </label>
      {prefs.on && <SyncState status={status} formatTime={formatTime} />}
    </section>
  );
}
