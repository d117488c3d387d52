/**
 * A page of tech news from each of the glossary's nine domains, in Simplified and in Traditional:
 * exactly these terms are marked (one sentence a domain, so a domain that lost its vocabulary shows
 * here), and a card names the term in the reader's script with the reading of the form on the page.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cardText, extensionSuite, settledMarks, termBox, until } from './harness';

/** One sentence a domain, in domain order: AI models, AI techniques, chips, cloud, EVs, robotics, internet, telecom and space, policy. */
const SIMPLIFIED = [
  '深度求索发布了新的推理模型DeepSeek-R1。',
  '研究人员用知识蒸馏和量化把大模型压缩到手机上。',
  '台积电的先进制程良率持续提升，英伟达的GPU供不应求。',
  '阿里云推出了按Token计费的大模型推理服务。',
  '蔚来的换电站已经覆盖主要高速公路，比亚迪的刀片电池也在降价。',
  '宇树科技的人形机器人采用了灵巧手和谐波减速器。',
  '拼多多的百亿补贴带动了即时零售和内容电商。',
  '千帆星座完成新一批低轨卫星组网，5G-A也开始商用。',
  '工信部支持专精特新企业出海。',
];
/** The same sentences as a Taiwan reader writes them. */
const TRADITIONAL = [
  '深度求索釋出了新的推理模型DeepSeek-R1。',
  '研究人員用知識蒸餾和量化把大模型壓縮到手機上。',
  '台積電的先進製程良率持續提升，輝達的GPU供不應求。',
  '阿里雲推出了按Token計費的大模型推理服務。',
  '蔚來的換電站已經覆蓋主要高速公路，比亞迪的刀片電池也在降價。',
  '宇樹科技的人形機器人採用了靈巧手和諧波減速器。',
  '拼多多的百億補貼帶動了即時零售和內容電商。',
  '千帆星座完成新一批低軌衛星組網，5G-A也開始商用。',
  '工信部支援專精特新企業出海。',
];

const page = (lang: string, lines: string[]) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>nine domains</title></head>` +
  `<body style="margin:40px;font:18px/1.8 sans-serif">${lines.map((l, i) => `<p id="d${i}">${l}</p>`).join('')}</body></html>`;

const suite = extensionSuite({
  '/nine-hans.html': () => page('zh-CN', SIMPLIFIED),
  '/nine-hant.html': () => page('zh-TW', TRADITIONAL),
});

afterAll(async () => {
  for (const p of suite.context().pages()) await p.close();
});

const SIMPLIFIED_MARKS = [
  '深度求索', '推理模型', 'DeepSeek-R1', '知识蒸馏', '量化', '大模型', '台积电', '先进制程', '良率', '英伟达', 'GPU',
  '阿里云', '按Token计费', '大模型推理服务', '蔚来', '换电站', '比亚迪', '刀片电池', '宇树科技', '人形机器人', '灵巧手',
  '谐波减速器', '拼多多', '百亿补贴', '即时零售', '内容电商', '千帆星座', '低轨卫星', '5G-A', '工信部', '专精特新企业', '出海',
];
const TRADITIONAL_MARKS = [
  '深度求索', '推理模型', 'DeepSeek-R1', '知識蒸餾', '量化', '大模型', '台積電', '先進製程', '良率', '輝達', 'GPU',
  '阿里雲', '按Token計費', '大模型推理服務', '蔚來', '換電站', '比亞迪', '刀片電池', '宇樹科技', '人形機器人', '靈巧手',
  '諧波減速器', '拼多多', '百億補貼', '即時零售', '內容電商', '千帆星座', '低軌衛星', '5G-A', '工信部', '專精特新企業', '出海',
];

describe('tech news of all nine domains', () => {
  it.each([
    // The card of 刀片电池 names it in English with its reading.
    { file: 'nine-hans.html', marks: SIMPLIFIED_MARKS, block: 'd4', hover: '刀片电池', english: 'Blade battery', reading: 'dāo piàn diàn chí', notReading: undefined },
    // The reading of 輝達, the spelling met, not of the Simplified headword 英伟达 (yīng wěi dá).
    { file: 'nine-hant.html', marks: TRADITIONAL_MARKS, block: 'd2', hover: '輝達', english: 'Nvidia', reading: 'huī dá', notReading: 'yīng wěi dá' },
  ])('marks exactly the terms of each domain on $file, and the card of $hover reads the form met', async ({ file, marks, block, hover, english, reading, notReading }) => {
    const tab = await suite.open(file);
    expect(await settledMarks(tab, marks.length)).toEqual(marks);
    const box = await termBox(tab, block, hover);
    await tab.mouse.move(box.x, box.y);
    const card = await until(() => cardText(tab), (t) => !!t?.includes(english));
    expect(card).toContain(reading);
    if (notReading) expect(card).not.toContain(notReading);
    await tab.close();
  });
});
