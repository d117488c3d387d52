/**
 * The reader's settings: one object in `storage.local` (lib/sync copies it to `sync` only when the
 * reader turns sync on, and the list of sites they turned TermLens off on only if they tick that too). Read defensively — storage written by an older
 * or newer version, or by hand, falls back field by field to the defaults. Lists are cut to their
 * maximum before any entry is read, so a corrupt list costs no more than a full one.
 */
import { DISABLED_SITES_MAX, OFF_DOMAINS_MAX } from './limits';

export type HighlightStyle = 'underline' | 'background' | 'none';
export type Trigger = 'hover' | 'alt-hover' | 'click';
export type DefinitionLanguages = 'zh' | 'en' | 'both';
export type DisplayScript = 'page' | 'simplified' | 'traditional';

export interface Settings {
  enabled: boolean;
  /** Host names (`www.example.com`) where TermLens stays off. */
  disabledSites: string[];
  highlightStyle: HighlightStyle;
  trigger: Trigger;
  hoverDelayMs: number;
  languages: DefinitionLanguages;
  /** The script card text is shown in: the page's own, or always one. */
  script: DisplayScript;
  /** Mark only the first occurrence of each term on a page. */
  firstOnly: boolean;
  /** Whether cards show their excerpts and related terms at once, or behind "More". */
  cardDetails: boolean;
  /** Terms the reader set to "known" are not marked at all (they stay searchable and in the sidebar). A page can then tell which they are. */
  hideKnown: boolean;
  /** Terms the reader set to "known" are marked more lightly than others. A page can then tell which they are. */
  lightKnown: boolean;
  /** History keeps the full address of the page a card was opened on, not only its site. */
  historyFullUrl: boolean;
  /** The glossary's domains (category ids) switched off: their bundled terms are not marked on pages. */
  offDomains: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  highlightStyle: 'underline',
  trigger: 'hover',
  // Long enough that a pointer passing over text opens nothing.
  hoverDelayMs: 300,
  languages: 'both',
  script: 'page',
  firstOnly: false,
  cardDetails: false,
  hideKnown: false,
  lightKnown: false,
  historyFullUrl: false,
  offDomains: [],
});

export const HOVER_DELAY_RANGE = { min: 0, max: 2000, step: 50 } as const;
export const SETTINGS_KEY = 'settings';

const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'background', 'none'];
const TRIGGERS: readonly Trigger[] = ['hover', 'alt-hover', 'click'];
const LANGUAGES: readonly DefinitionLanguages[] = ['zh', 'en', 'both'];
const SCRIPTS: readonly DisplayScript[] = ['page', 'simplified', 'traditional'];

/** A category id as the glossary writes them (ai-models, telecom-space). */
const DOMAIN_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const oneOf = <T extends string>(allowed: readonly T[], value: unknown, fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/** A valid Settings from whatever storage holds. */
export function parseSettings(stored: unknown): Settings {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  const delay = typeof s.hoverDelayMs === 'number' && Number.isFinite(s.hoverDelayMs) ? Math.round(s.hoverDelayMs) : d.hoverDelayMs;
  return {
    enabled: typeof s.enabled === 'boolean' ? s.enabled : d.enabled,
    disabledSites: Array.isArray(s.disabledSites)
      ? [...new Set(s.disabledSites.slice(0, DISABLED_SITES_MAX).map(normalizeSite).filter((x): x is string => !!x))]
      : [],
    highlightStyle: oneOf(HIGHLIGHT_STYLES, s.highlightStyle, d.highlightStyle),
    trigger: oneOf(TRIGGERS, s.trigger, d.trigger),
    hoverDelayMs: Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, delay)),
    languages: oneOf(LANGUAGES, s.languages, d.languages),
    script: oneOf(SCRIPTS, s.script, d.script),
    firstOnly: typeof s.firstOnly === 'boolean' ? s.firstOnly : d.firstOnly,
    cardDetails: typeof s.cardDetails === 'boolean' ? s.cardDetails : d.cardDetails,
    hideKnown: typeof s.hideKnown === 'boolean' ? s.hideKnown : d.hideKnown,
    lightKnown: typeof s.lightKnown === 'boolean' ? s.lightKnown : d.lightKnown,
    historyFullUrl: typeof s.historyFullUrl === 'boolean' ? s.historyFullUrl : d.historyFullUrl,
    offDomains: Array.isArray(s.offDomains)
      ? [...new Set(s.offDomains.slice(0, OFF_DOMAINS_MAX).filter((x): x is string => typeof x === 'string' && DOMAIN_ID.test(x)))]
      : [],
  };
}

/** A host name in the form the site list keeps, or undefined for anything that is not one. */
export function normalizeSite(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const host = value.trim().toLowerCase().replace(/\.$/, '');
  return /^[a-z0-9.-]{1,253}$/.test(host) || /^\[[0-9a-f:.]+\]$/.test(host) ? host : undefined;
}

/** The site key of a page URL: its host name; pages without one (file:, about:) have none. */
export function siteOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? normalizeSite(u.hostname) : undefined;
  } catch {
    return undefined;
  }
}

export function isActiveOn(settings: Settings, site: string | undefined): boolean {
  return settings.enabled && !(site !== undefined && settings.disabledSites.includes(site));
}

/** The settings with one site switched on or off (a full list lets its oldest site go). */
export function withSite(settings: Settings, site: string, on: boolean): Settings {
  const rest = settings.disabledSites.filter((s) => s !== site);
  return { ...settings, disabledSites: on ? rest : [...rest, site].slice(-DISABLED_SITES_MAX) };
}

/** A stored list longer than its maximum: what the options page tells the reader. */
export interface ListCut {
  list: 'disabledSites';
  stored: number;
  kept: number;
}

/** The lists in stored settings that were cut at read. */
export function listCuts(stored: unknown): ListCut[] {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const sites = s.disabledSites;
  return Array.isArray(sites) && sites.length > DISABLED_SITES_MAX ? [{ list: 'disabledSites', stored: sites.length, kept: DISABLED_SITES_MAX }] : [];
}
