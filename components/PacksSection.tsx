import { useState } from 'preact/hooks';
import { t } from '../lib/browser/i18n';
import type { UpdateStatus } from '../lib/packs/update-controller';

export interface HeldPack {
  domain: string;
  version: string;
  date: string;
  terms: number;
  host: string;
}

export interface PacksSectionProps {
  /** TermLens's own channel in this build, if any. */
  channel?: string;
  status: UpdateStatus;
  held: HeldPack[];
  subscriptions: string[];
  checking: boolean;
  /** A message about the last subscribe or remove (an error, a refused permission). */
  notice?: string;
  onCheck(): void;
  onSubscribe(url: string): void;
  onRemove(url: string): void;
  /** Dates and times in the reader's language. */
  formatTime?: (ms: number) => string;
}

const defaultTime = (ms: number) => new Date(ms).toLocaleString();

function StatusLine({ status, formatTime }: { status: UpdateStatus; formatTime: (ms: number) => string }) {
  if (status.progress) {
    const p = status.progress;
    return <p role="status">{t('packsProgress', p.domain, p.file, p.files, p.received.toLocaleString(), p.total.toLocaleString())}</p>;
  }
  if (status.result === 'offline') return <p role="status">{t('packsOffline')}</p>;
  if (status.lastCheckAt === undefined) return <p role="status">{t('packsNeverChecked')}</p>;
  const failed = status.result === 'failed';
  return (
    <div role={failed ? 'alert' : 'status'} class="tl-packs-status">
      <p>{t(failed ? 'packsLastCheckFailed' : 'packsLastCheckOk', formatTime(status.lastCheckAt))}</p>
      {status.applied.length > 0 && <p>{t('packsApplied', status.applied.join(', '))}</p>}
      {status.errors.length > 0 && (
        <ul class="tl-packs-errors">
          {status.errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      {status.nextRetryAt !== undefined && <p>{t('packsNextRetry', formatTime(status.nextRetryAt))}</p>}
    </div>
  );
}

/** The options page's glossary packs: where they come from, the last check, what is held, subscriptions. Text only. */
export function PacksSection(props: PacksSectionProps) {
  const [url, setUrl] = useState('');
  const formatTime = props.formatTime ?? defaultTime;
  return (
    <section class="tl-part tl-packs" aria-labelledby="tl-packs-title">
      <h3 id="tl-packs-title">{t('packsTitle')}</h3>
      <p>{props.channel ? t('packsChannel', props.channel) : t('packsNoChannel')}</p>
      <StatusLine status={props.status} formatTime={formatTime} />
      <button type="button" disabled={props.checking} onClick={props.onCheck}>
        {props.checking ? t('packsChecking') : t('packsCheckNow')}
      </button>
      <h4>{t('packsHeld')}</h4>
      {props.held.length === 0 ? (
        <p>{t('packsHeldNone')}</p>
      ) : (
        <ul class="tl-packs-held">
          {props.held.map((p) => (
            <li key={`${p.host} ${p.domain}`}>{t('packsHeldRow', p.domain, p.version, p.date, p.terms.toLocaleString(), p.host)}</li>
          ))}
        </ul>
      )}
      <h4>{t('packsSubscriptions')}</h4>
      <ul class="tl-packs-subscriptions">
        {props.subscriptions.map((s) => (
          <li key={s}>
            <span>{s}</span>{' '}
            <button type="button" onClick={() => props.onRemove(s)}>
              {t('packsRemove')}
            </button>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (url.trim()) props.onSubscribe(url.trim());
        }}
      >
        <label>
          {t('packsSubscribeLabel')}{' '}
          <input type="url" name="pack-url" value={url} onInput={(e) => setUrl((e.target as HTMLInputElement).value)} />
        </label>{' '}
        <button type="submit">{t('packsSubscribe')}</button>
      </form>
      {props.notice && <p role="alert">{props.notice}</p>}
    </section>
  );
}
