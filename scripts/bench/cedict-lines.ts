/** Generated lines in CC-CEDICT's shape (Traditional Simplified [numbered pinyin] /senses/), distinct per index. */
const HAN = '计算机模型智能数据网络芯片训练推理视频语音图像开源平台服务云端边缘集群算力';
const HANT = '計算機模型智能數據網絡芯片訓練推理視頻語音圖像開源平臺服務雲端邊緣集群算力';
const SYLLABLES = ['ji4', 'suan4', 'ji1', 'mo2', 'xing2', 'zhi4', 'neng2', 'shu4', 'ju4', 'wang3', 'luo4', 'xin1', 'pian4', 'xun4', 'lian4'];

function line(i: number): string {
  let simp = '';
  let trad = '';
  const pinyin: string[] = [];
  for (let n = i, k = 0; k < 2 + (i % 3); k++, n = Math.floor(n / 31) + k * 7) {
    simp += HAN[n % HAN.length];
    trad += HANT[n % HANT.length];
    pinyin.push(SYLLABLES[n % SYLLABLES.length]!);
  }
  return `${trad}${i} ${simp}${i} [${pinyin.join(' ')}] /sense one of entry ${i}/(computing) sense two/see also ${simp}/`;
}

export function cedictLines(count: number): string {
  return ['# CC-CEDICT (generated for the benchmark)', ...Array.from({ length: count }, (_, i) => line(i))].join('\n');
}
