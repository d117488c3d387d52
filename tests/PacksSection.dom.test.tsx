import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PacksSection, type PacksSectionProps } from '../components/PacksSection';
import { EMPTY_STATUS } from '../lib/packs/update-controller';

afterEach(cleanup);

const time = (ms: number) => `T+${ms}`;
function show(props: Partial<PacksSectionProps>) {
  const calls: string[] = [];
  render(
    <PacksSection
      status={EMPTY_STATUS}
      held={[]}
      subscriptions={[]}
      checking={false}
      onCheck={() => calls.push('check')}
      onSubscribe={(url) => calls.push(`subscribe ${url}`)}
      onRemove={(url) => calls.push(`remove ${url}`)}
      formatTime={time}
      {...props}
    />,
  );
  return calls;
}
const section = () => document.querySelector('.tl-packs')!;

describe('glossary packs section', () => {
  it('says when no channel is built in and nothing is held', () => {
    show({});
    expect(section().textContent).toContain('This build has no TermLens pack channel: nothing is downloaded unless you subscribe below.');
    expect(screen.getByRole('status').textContent).toBe('Not checked yet.');
    expect(section().textContent).toContain('No pack downloaded: the glossary bundled with TermLens is in use.');
  });

  it('shows a failed check as an alert with each error and the next try, and a download in progress', () => {
    show({
      channel: 'https://packs.termlens.example/packs.json',
      status: { ...EMPTY_STATUS, lastCheckAt: 5, result: 'failed', errors: ['packs.example: chips/1.0.1-patch.json: HTTP 503'], failures: 1, nextRetryAt: 5005 },
      held: [{ domain: 'chips', version: '1.0.0', date: '2026-12-01', terms: 46, host: 'packs.termlens.example' }],
    });
    expect(screen.getByRole('alert').textContent).toBe('Last check T+5 failed; what was there is kept.packs.example: chips/1.0.1-patch.json: HTTP 503Next try T+5005.');
    expect(section().textContent).toContain('TermLens packs from https://packs.termlens.example/packs.json, checked every 12 hours.');
    expect(section().querySelector('.tl-packs-held')!.textContent).toBe('chips 1.0.0 (2026-12-01, 46 terms) from packs.termlens.example');
    cleanup();
    show({ status: { ...EMPTY_STATUS, progress: { domain: 'chips', file: 1, files: 2, received: 1200, total: 4800 } } });
    expect(screen.getByRole('status').textContent).toBe('Downloading chips: file 1 of 2, 1,200 of 4,800 bytes');
  });

  it('renders an error text from a server as text, never as markup', () => {
    show({ status: { ...EMPTY_STATUS, lastCheckAt: 1, result: 'failed', errors: ['<img src=x onerror=alert(1)>'], failures: 1 } });
    expect(section().querySelector('img')).toBeNull();
    expect(section().querySelector('.tl-packs-errors')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('passes a subscription address, a removal and Check now to its handlers', () => {
    const calls = show({ subscriptions: ['https://team.example/packs.json'] });
    fireEvent.input(screen.getByLabelText('Address of a pack version file (https)'), { target: { value: ' https://glossary.example/packs.json ' } });
    fireEvent.submit(section().querySelector('form')!);
    fireEvent.click(screen.getByText('Remove'));
    fireEvent.click(screen.getByText('Check now'));
    expect(calls).toEqual(['subscribe https://glossary.example/packs.json', 'remove https://team.example/packs.json', 'check']);
  });
});
