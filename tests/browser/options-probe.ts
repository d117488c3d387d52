/** What the options page shows, read in the page (Chromium and Firefox): its sections, their parts and a disabled control's reason. */
export interface OptionsOutline {
  lang: string;
  contents: [text: string, href: string][];
  sections: [id: string, heading: string, parts: string[]][];
  ankiDisabled: boolean;
  ankiWhy: string;
}

/** Run in the options page once it has rendered its sections. */
export function readOptionsOutline(): OptionsOutline {
  const text = (el: Element | null | undefined) => el?.textContent?.trim() ?? '';
  const send = [...document.querySelectorAll('#glossary button')].find((b) => (b as HTMLButtonElement).getAttribute('aria-describedby')?.includes('tl-anki-how')) as HTMLButtonElement | undefined;
  return {
    lang: document.documentElement.lang,
    contents: [...document.querySelectorAll('nav.tl-contents a')].map((a) => [text(a), a.getAttribute('href') ?? '']),
    sections: [...document.querySelectorAll('section.tl-section')].map((s) => [
      s.id,
      text(s.querySelector(':scope > h2')),
      [...s.querySelectorAll('.tl-part > h3, section > fieldset > legend, form > fieldset > legend')].map((h) => text(h)),
    ]),
    ankiDisabled: !!send?.disabled,
    ankiWhy: text(document.getElementById(send?.getAttribute('aria-describedby')?.split(' ')[0] ?? '')),
  };
}

/** The outline a fresh profile (no own term) shows, in an interface language. */
export const OUTLINES: Record<'zh-CN' | 'zh-TW', OptionsOutline> = {
  'zh-CN': {
    lang: 'zh-CN',
    contents: [
      ['标记', '#marking'],
      ['卡片', '#cards'],
      ['我的术语表', '#glossary'],
      ['历史记录与隐私', '#privacy'],
      ['关于', '#about'],
    ],
    sections: [
      ['marking', '标记', ['显示哪些术语', '标记样式', '不启用 TermLens 的网站', '不在网页上标记的术语', '在网页上标注的领域', '术语表更新']],
      ['cards', '卡片', ['打开卡片的方式', '释义语言', '卡片文字的字形']],
      ['glossary', '我的术语表', ['导入', '导出', 'Anki', '备份与恢复']],
      ['privacy', '历史记录与隐私', []],
      ['about', '关于', []],
    ],
    ankiDisabled: true,
    ankiWhy: '还没有可发送的内容：请先添加术语或导入术语表。',
  },
  'zh-TW': {
    lang: 'zh-TW',
    contents: [
      ['標記', '#marking'],
      ['卡片', '#cards'],
      ['我的術語表', '#glossary'],
      ['歷史記錄與隱私', '#privacy'],
      ['關於', '#about'],
    ],
    sections: [
      ['marking', '標記', ['顯示哪些術語', '標記樣式', '不啟用 TermLens 的網站', '不在網頁上標記的術語', '在網頁上標註的領域', '術語表更新']],
      ['cards', '卡片', ['開啟卡片的方式', '釋義語言', '卡片文字的字形']],
      ['glossary', '我的術語表', ['匯入', '匯出', 'Anki', '備份與恢復']],
      ['privacy', '歷史記錄與隱私', []],
      ['about', '關於', []],
    ],
    ankiDisabled: true,
    ankiWhy: '還沒有可傳送的內容：請先新增術語或匯入術語表。',
  },
};
