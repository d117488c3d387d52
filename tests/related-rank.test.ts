import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexGlossary } from '../lib/glossary/lookup';
import { rankedRelated } from '../lib/glossary/related-rank';
import type { Glossary, GlossaryTerm } from '../lib/glossary/types';

const glossary = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data/glossary.json'), 'utf8')) as Glossary;

describe('related terms, most relevant first', () => {
  it('puts the related terms that share most of GPU\'s other neighbours first, list order breaking ties', () => {
    const index = indexGlossary(glossary);
    const names = rankedRelated(index, index.term('gpu')!).map((r) => r.term);
    expect(names).toEqual([
      '英伟达', 'AI芯片', 'H100', 'HBM', 'ASIC', 'TPU', '万卡集群', '昇腾910', '算力', '摩尔线程', '沐曦',
      '壁仞科技', 'A100', 'B200', '显存', 'CPU', '加速卡', 'GeForce RTX', '寒武纪', 'FPGA', '异构', '海光信息',
      'CUDA', 'NVLink', 'SoC', 'GPGPU', 'DPU', 'AMD Instinct', '深度学习', 'GPU云服务器',
    ]);
  });

  it('carries the Traditional name only where it differs, and skips an id the glossary lacks', () => {
    const gpu = glossary.terms.find((t) => t.id === 'gpu')!;
    const lonely: GlossaryTerm = { ...gpu, id: 'lonely', related: ['missing-id', 'nvidia', 'cuda'] };
    const index = indexGlossary({ ...glossary, terms: [...glossary.terms, lonely] });
    expect(rankedRelated(index, lonely)).toEqual([
      { id: 'nvidia', term: '英伟达', termHant: '英偉達' },
      { id: 'cuda', term: 'CUDA' },
    ]);
  });
});
