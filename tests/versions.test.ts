/** Model families with versions (Qwen3, Llama 4, GLM-4.5), and the Latin token rules they keep. */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../lib/matcher/compile';
import { entriesOfTerms, type MatchableTerm } from '../lib/matcher/entries';
import { versionEnd } from '../lib/matcher/versions';

const family = (id: string, forms: string[]): MatchableTerm => ({ id, forms, caseSensitive: true, exclude: [], versions: true });
const terms: MatchableTerm[] = [
  family('qwen', ['Qwen']),
  family('llama', ['Llama']),
  family('glm', ['GLM']),
  family('claude', ['Claude']),
  family('gpt-5', ['GPT-5']),
  family('kimi', ['Kimi']),
  { id: 'gpt-4', forms: ['GPT-4'], caseSensitive: true, exclude: [] },
  { id: 'claude-code', forms: ['Claude Code'], caseSensitive: true, exclude: [] },
  { id: 'prompt', forms: ['prompt'], caseSensitive: false, exclude: [] },
  { id: 'openai', forms: ['OpenAI'], caseSensitive: true, exclude: [] },
];
const matcher = compileMatcher(entriesOfTerms(terms), []);
const marks = (text: string) => matcher.matchAll(text).map((m) => `${text.slice(m.start, m.end)}=${terms[m.termIndex]!.id}`);

describe('versionEnd', () => {
  const end = (text: string, nameLength: number) => text.slice(0, versionEnd(text, nameLength, text.length));
  it('reads a version run on, after a space or after a hyphen', () => {
    expect(end('Qwen3 发布', 4)).toBe('Qwen3');
    expect(end('Qwen2.5-Max。', 4)).toBe('Qwen2.5-Max');
    expect(end('Llama 4 Scout', 5)).toBe('Llama 4');
    expect(end('GLM-4.5-Air', 3)).toBe('GLM-4.5-Air');
    expect(end('Kimi K2', 4)).toBe('Kimi K2');
    expect(end('Qwen-72B', 4)).toBe('Qwen-72B');
    expect(end('Qwen-VL', 4)).toBe('Qwen-VL');
  });
  it('continues a name ending in a number only with a point release or a variant', () => {
    expect(end('GPT-5.1', 5)).toBe('GPT-5.1');
    expect(end('GPT-5-mini', 5)).toBe('GPT-5-mini');
    expect(end('GPT-55', 5)).toBe('GPT-5');
  });
  it('reads no version after a lower-case word or a bare space', () => {
    expect(end('Llama is', 5)).toBe('Llama');
    expect(end('Qwen-max', 4)).toBe('Qwen');
    expect(end('Claude 说', 6)).toBe('Claude');
  });
});

describe('families on a page', () => {
  it('marks the family over the whole versioned name', () => {
    expect(marks('Qwen3和Qwen2.5-Max都已开源')).toEqual(['Qwen3=qwen', 'Qwen2.5-Max=qwen']);
    expect(marks('Llama 4、GLM-4.5、Claude 4、GPT-5.1')).toEqual(['Llama 4=llama', 'GLM-4.5=glm', 'Claude 4=claude', 'GPT-5.1=gpt-5']);
  });

  it('lets a more specific term win', () => {
    expect(marks('Claude Code很好用')).toEqual(['Claude Code=claude-code']);
  });

  it('marks nothing where a version runs into letters, and keeps whole-token rules', () => {
    expect(marks('GPT-4o很强')).toEqual([]);
    expect(marks('GPT-4V能看图')).toEqual([]);
    expect(marks('Qwen3x')).toEqual([]);
    expect(marks('变量img_prompt写错了')).toEqual([]);
    expect(marks('GPT-4发布了')).toEqual(['GPT-4=gpt-4']);
  });

  it('does not read a count after a name that is no family as its version', () => {
    expect(marks('OpenAI 14')).toEqual(['OpenAI=openai']);
  });
});

describe('versions written as an API or a headline writes them', () => {
  const end = (text: string, nameLength: number) => text.slice(0, versionEnd(text, nameLength, text.length, 0));
  it('reads a capital and a number joined to a name that ends in a small letter (DeepSeekV3)', () => {
    expect(end('DeepSeekV3/R1', 8)).toBe('DeepSeekV3');
    expect(end('KimiK2 发布', 4)).toBe('KimiK2');
    expect(end('GLMV4', 3)).toBe('GLM');
    expect(end('DeepSeekVision', 8)).toBe('DeepSeek');
  });

  it('reads an API model id written in small letters (kimi-thinking-preview), not a capitalised name with a small word after it', () => {
    expect(end('kimi-thinking-preview 模型', 4)).toBe('kimi-thinking-preview');
    expect(end('Qwen-like 模型', 4)).toBe('Qwen');
  });
});
