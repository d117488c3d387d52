/**
 * The fake browser of the dom tests has no i18n: answer getMessage from a real catalogue the way
 * browsers do ($name$ placeholders whose content is $1, $2…). English unless a test switches it.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../public/_locales/en/messages.json';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import zhTW from '../../public/_locales/zh_TW/messages.json';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const catalogues: Record<string, Catalogue> = { en, zh_CN: zhCN, zh_TW: zhTW };
let current: Catalogue = en;

export function useLocale(name: 'en' | 'zh_CN' | 'zh_TW'): void {
  current = catalogues[name]!;
}

export function getMessage(key: string, substitutions: string[] = []): string {
  const entry = current[key];
  if (!entry) return '';
  return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => substitutions[Number(n) - 1] ?? '');
  });
}

fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) =>
  getMessage(key, typeof subs === 'string' ? [subs] : subs)) as typeof fakeBrowser.i18n.getMessage;
