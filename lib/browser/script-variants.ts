/**
 * Other-script spellings for the reader's own terms (人工智能 → 人工智慧 … and back), by OpenCC.
 * Loaded on demand in extension pages only (a separate chunk, fetched when a file is imported or a
 * term added): never in the content script.
 */
export async function loadScriptVariants(): Promise<(term: string) => string[]> {
  const OpenCC = await import('opencc-js');
  const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
  const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
  return (term) => {
    const out = new Set([toTaiwan(term), toHongKong(term), toSimplified(term)]);
    out.delete(term);
    return [...out];
  };
}
