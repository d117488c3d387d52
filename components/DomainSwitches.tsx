import { t } from '../lib/browser/i18n';
import { domainName } from '../lib/glossary/domain-packs';
import type { Category } from '../lib/glossary/types';
import './options-form.css';

export interface DomainSwitchesProps {
  /** The glossary's domains, in its order. */
  domains: readonly Category[];
  /** Ids of the domains switched off. */
  off: readonly string[];
  /** The interface language (zh-CN, zh-TW, en): names each domain in it. */
  uiLang: string;
  /** How many bundled terms each domain holds, shown beside its name. */
  counts?: ReadonlyMap<string, number>;
  /** Called with the new list of domains switched off (saved at once; open tabs follow). */
  onChange: (off: string[]) => void;
}

/** The options page's domain packs: one switch per domain, all on by default. */
export function DomainSwitches({ domains, off, uiLang, counts, onChange }: DomainSwitchesProps) {
  const isOff = new Set(off);
  return (
    <form class="tl-domains" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>{t('domainsLegend')}</legend>
        {domains.map((domain) => (
          <label key={domain.id} class="tl-check">
            <input
              type="checkbox"
              role="switch"
              name="domain"
              value={domain.id}
              checked={!isOff.has(domain.id)}
              onChange={(e) => onChange(e.currentTarget.checked ? off.filter((id) => id !== domain.id) : [...off, domain.id])}
            />
            {domainName(domain, uiLang)}
            {counts?.has(domain.id) && <span class="tl-hint"> ({counts.get(domain.id)!.toLocaleString(uiLang)})</span>}
          </label>
        ))}
        <p class="tl-hint">{t('domainsHint')}</p>
      </fieldset>
    </form>
  );
}
