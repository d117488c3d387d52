import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readFile } from '../components/ReaderView';
import { READER_DECODE_SLICE_BYTES, READER_HTML_SLICE_CHARS, READER_MAX_BYTES } from '../lib/limits';
import { decodeBytes, declaredCharset, looksBinary, utf8Length } from '../lib/text/decode';
import { htmlToText } from '../lib/text/html-text';
import { chunksOf } from '../lib/text/segments';

const SIMPLIFIED = '全模态大模型是一个综合性概念，文生视频正在爆发，万卡集群支撑训练。中国电信发布了星辰大模型。';
const TRADITIONAL = '全模態大模型是一個綜合性概念，文生視頻正在爆發，萬卡集群支撐訓練。中國電信發布了星辰大模型。';
const bytes = (text: string, encoding: string) => new Uint8Array(iconv.encode(text, encoding));

describe('decoding a file the Reader opens', () => {
  it('reads a UTF-8 byte-order mark as UTF-8 and drops the mark', async () => {
    const decoded = await decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(SIMPLIFIED, 'utf8')]), { html: false });
    expect(decoded).toEqual({ text: SIMPLIFIED, encoding: 'utf-8', guessed: false });
  });

  it('reads a UTF-16LE byte-order mark as UTF-16LE', async () => {
    const decoded = await decodeBytes(new Uint8Array([0xff, 0xfe, ...bytes(SIMPLIFIED, 'utf16le')]), { html: false });
    expect(decoded).toEqual({ text: SIMPLIFIED, encoding: 'utf-16le', guessed: false });
  });

  it('reads valid UTF-8 without a mark as UTF-8, NOT as a guess', async () => {
    expect(await decodeBytes(bytes(SIMPLIFIED, 'utf8'), { html: false })).toEqual({ text: SIMPLIFIED, encoding: 'utf-8', guessed: false });
  });

  it('follows an HTML file\'s <meta charset="gbk">, NOT as a guess', async () => {
    const html = `<html><head><meta charset="gbk"><title>t</title></head><body><p>${SIMPLIFIED}</p></body></html>`;
    const decoded = await decodeBytes(bytes(html, 'gbk'), { html: true });
    expect(decoded.encoding).toBe('gbk');
    expect(decoded.guessed).toBe(false);
    expect(decoded.text).toContain(SIMPLIFIED);
  });

  it('follows an http-equiv content type declaring big5', async () => {
    const html = `<meta http-equiv="Content-Type" content="text/html; charset=big5"><p>${TRADITIONAL}</p>`;
    expect(declaredCharset(bytes(html, 'big5'))).toBe('big5');
    expect((await decodeBytes(bytes(html, 'big5'), { html: true })).text).toContain(TRADITIONAL);
  });

  it('guesses GB18030 for undeclared GBK text and says it guessed', async () => {
    expect(await decodeBytes(bytes(SIMPLIFIED, 'gbk'), { html: false })).toEqual({ text: SIMPLIFIED, encoding: 'gb18030', guessed: true });
  });

  it('guesses Big5 for undeclared Big5 text and says it guessed', async () => {
    expect(await decodeBytes(bytes(TRADITIONAL, 'big5'), { html: false })).toEqual({ text: TRADITIONAL, encoding: 'big5', guessed: true });
  });

  it('does NOT follow a charset the browser does not know', async () => {
    const html = `<meta charset="x-no-such-charset"><p>${SIMPLIFIED}</p>`;
    expect(await decodeBytes(bytes(html, 'utf8'), { html: true })).toMatchObject({ encoding: 'utf-8', guessed: false });
  });

  it('takes NUL-heavy bytes for binary and UTF-8 Chinese for text', async () => {
    const binary = new Uint8Array(4096).map((_, i) => (i % 7 === 0 ? 0 : (i * 37) & 0xff));
    expect(looksBinary(binary)).toBe(true);
    expect(looksBinary(bytes(SIMPLIFIED, 'utf8'))).toBe(false);
  });

  it('decodes a multi-byte character cut by a slice boundary whole, yielding between slices', async () => {
    const text = 'a'.repeat(READER_DECODE_SLICE_BYTES - 1) + '全模态大模型';
    let yields = 0;
    const decoded = await decodeBytes(bytes(text, 'utf8'), { html: false, between: async () => void yields++ });
    expect(decoded).toEqual({ text, encoding: 'utf-8', guessed: false });
    expect(yields).toBe(1);
  });

  it('measures UTF-8 size without encoding: ASCII 1, Chinese 3, an astral character 4 bytes', async () => {
    const text = `MaaS ${SIMPLIFIED} 😀 é`;
    expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
    expect(utf8Length('a中😀')).toBe(8);
  });
});

describe('HTML to text for the Reader', () => {
  it('keeps text, ends lines at blocks, decodes entities, and drops scripts and styles', async () => {
    const html = '<html><head><title>x</title><style>p{}</style></head><body><h1>标题</h1><p>文生视频 &amp; MaaS<br>第二行</p><script>alert(1)</script><div>万卡集群</div></body></html>';
    expect(await htmlToText(html)).toBe('标题\n文生视频 & MaaS\n第二行\n万卡集群');
  });

  it('reads 100,000 nested divs without building a document, yielding between slices', async () => {
    const depth = 100_000;
    const html = `${'<div>'.repeat(depth)}全模态大模型${'</div>'.repeat(depth)}`;
    let yields = 0;
    const text = await htmlToText(html, async () => void yields++);
    expect(text).toBe('全模态大模型');
    expect(yields).toBe(Math.ceil(html.length / READER_HTML_SLICE_CHARS) - 1);
  }, 30_000);
});

describe('long text in pieces', () => {
  it('cuts at line ends into pieces that join back to the text', async () => {
    const text = Array.from({ length: 50 }, (_, i) => `第${i}段：${SIMPLIFIED}`).join('\n');
    const chunks = chunksOf(text, 200);
    expect(chunks.map((c) => c.text).join('')).toBe(text);
    for (const c of chunks.slice(0, -1)) expect(c.text.endsWith('\n')).toBe(true);
    expect(chunks.every((c, i) => c.offset === chunks.slice(0, i).reduce((n, p) => n + p.text.length, 0))).toBe(true);
  });
});

describe('a very long line in pieces', () => {
  it('cuts a 5 MB text on one line after punctuation into pieces of at most twice the size, cutting NO term', () => {
    const sentence = '全模态大模型依托万卡集群训练，';
    const count = Math.floor(READER_MAX_BYTES / Buffer.byteLength(sentence));
    const text = sentence.repeat(count);
    const chunks = chunksOf(text, 8000);
    // Each piece ends at the first comma at or past 8,000 characters: 534 sentences of 15 characters.
    expect(chunks.length).toBe(Math.ceil(count / 534));
    expect(chunks.slice(0, -1).every((c) => c.text.length === 534 * 15 && c.text.endsWith('，'))).toBe(true);
    expect(chunks.map((c) => c.text).join('')).toBe(text);
    expect(chunks.reduce((n, c) => n + c.text.split('全模态大模型').length - 1, 0)).toBe(count);
  });

  it('cuts a line with no punctuation or space at twice the size, and NOT inside a surrogate pair', () => {
    const han = '全'.repeat(50_000);
    expect(chunksOf(han, 8000).map((c) => c.text.length)).toEqual([16_000, 16_000, 16_000, 2_000]);
    // Two UTF-16 units each, after one: the 16,000th unit is a pair's first half.
    const astral = `x${'𠀀'.repeat(20_000)}`;
    const pieces = chunksOf(astral, 8000);
    expect(pieces.map((c) => c.text.length)).toEqual([15_999, 16_000, 8_002]);
    expect(pieces.every((c) => !/[\ud800-\udbff]$/.test(c.text))).toBe(true);
  });
});

describe('files the Reader opens', () => {
  it('refuses a file over the size limit with the limit in the message', async () => {
    const big = new File([new Uint8Array(READER_MAX_BYTES + 1)], 'big.txt', { type: 'text/plain' });
    expect(await readFile(big)).toEqual({ error: 'Text and files up to 5 MB can be read here.' });
  }, 30_000);

  it('refuses a binary file by name', async () => {
    const binary = new File([new Uint8Array(2048)], 'image.txt', { type: 'text/plain' });
    expect(await readFile(binary)).toEqual({ error: 'image.txt is not a text or HTML file.' });
  });

  it('reads a GBK HTML file with <meta charset> as text, with no notice', async () => {
    const html = `<meta charset="gbk"><p>${SIMPLIFIED}</p>`;
    const file = new File([bytes(html, 'gbk')], 'gbk.html', { type: 'text/html' });
    expect(await readFile(file)).toEqual({ text: SIMPLIFIED, notice: undefined });
  });

  it('reads an undeclared Big5 file and tells the reader the encoding was guessed', async () => {
    const file = new File([bytes(TRADITIONAL, 'big5')], 'old.txt', { type: 'text/plain' });
    expect(await readFile(file)).toEqual({
      text: TRADITIONAL,
      notice: 'old.txt declares no encoding: read as big5, a guess. If the text looks wrong, save the file as UTF-8.',
    });
  });
});
