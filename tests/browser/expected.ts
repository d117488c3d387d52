/** What the fixture pages must show, in either browser: the same assertions for Chromium and Firefox. */

/** simplified.html, in document order (the last two are in its open shadow root). */
export const SIMPLIFIED_MARKS = [
  '全模态大模型', '数据孤岛',
  '全模态大模型', '多模态大模型',
  '天数天算', '星载计算',
  'MaaS', '可灵', '快手',
  '文生视频', '万卡集群',
  'Sora', 'AIGC',
];

/** traditional.html: listed forms, Taiwan phrasing (文生影片) included. */
export const TRADITIONAL_MARKS = [
  'OpenAI', '文生視頻', '大模型', 'Sora', '多模態大模型',
  'MaaS', 'Model-as-a-Service', '模型即服務', '雲計算',
  '文生影片', '萬卡叢集',
];

/** The sidebar's "On this page" for simplified.html: most frequent first, then by pinyin. */
export const SIMPLIFIED_PAGE_TERMS: [string, string][] = [
  ['全模态大模型', '2×'], ['AIGC', '1×'], ['多模态大模型', '1×'], ['可灵', '1×'], ['快手', '1×'], ['MaaS', '1×'],
  ['数据孤岛', '1×'], ['Sora', '1×'], ['天数天算', '1×'], ['万卡集群', '1×'], ['文生视频', '1×'], ['星载计算', '1×'],
];
