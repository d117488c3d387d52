import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DomainSwitches } from '../components/DomainSwitches';
import { GlossaryBrowser } from '../components/GlossaryBrowser';
import { indexGlossary } from '../lib/glossary/lookup';
import type { Glossary } from '../lib/glossary/types';

const glossary = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data/glossary.json'), 'utf8')) as Glossary;

afterEach(cleanup);

describe('DomainSwitches', () => {
  it('shows the nine domains, each on unless switched off, named in the interface language', () => {
    render(<DomainSwitches domains={glossary.categories} off={['ev']} uiLang="zh-TW" onChange={() => {}} />);
    const switches = screen.getAllByRole('switch') as HTMLInputElement[];
    expect(switches.map((s) => [s.parentElement!.textContent, s.checked])).toEqual([
      ['AI模型與公司', true],
      ['AI技術', true],
      ['晶片與半導體', true],
      ['雲與算力', true],
      ['新能源汽車與智駕', false],
      ['機器人與具身智能', true],
      ['網際網路與消費電子', true],
      ['通訊與航天', true],
      ['政策與產業', true],
    ]);
    cleanup();
    render(<DomainSwitches domains={glossary.categories} off={[]} uiLang="en" counts={new Map([['chips', 46]])} onChange={() => {}} />);
    expect(screen.getByRole('switch', { name: 'Chips & semiconductors (46)' })).toBeTruthy();
  });

  it('gives the new list of domains switched off when one is switched off or on again', () => {
    const changes: string[][] = [];
    render(<DomainSwitches domains={glossary.categories} off={['ev']} uiLang="en" onChange={(off) => changes.push(off)} />);
    fireEvent.click(screen.getByRole('switch', { name: 'Chips & semiconductors' }));
    fireEvent.click(screen.getByRole('switch', { name: 'EVs & autonomous driving' }));
    expect(changes).toEqual([['ev', 'chips'], []]);
  });
});

describe('the side panel Glossary by domain', () => {
  it('groups every term by domain and says which domains are not marked', () => {
    render(<GlossaryBrowser index={indexGlossary(glossary)} onOpenEntry={() => {}} offDomains={['telecom-space']} />);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(glossary.categories.map((c) => `${c.zh} · ${c.en}${c.id === 'telecom-space' ? ' · not marked' : ''}`));
  });
});
