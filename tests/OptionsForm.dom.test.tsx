import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionsForm } from '../components/OptionsForm';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings';
import { loadSettings, saveSettings, watchSettings } from '../lib/browser/settings-store';

/** The options page in miniature: the form, saving every change to storage. */
function Harness({ initial }: { initial: Settings }) {
  const [settings, setSettings] = useState(initial);
  return <OptionsForm settings={settings} saved={false} onChange={(next) => (setSettings(next), void saveSettings(next))} />;
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('options', () => {
  it('round-trips every control through storage.local', async () => {
    render(<Harness initial={await loadSettings()} />);
    fireEvent.click(screen.getByLabelText('Background'));
    fireEvent.click(screen.getByLabelText('Click'));
    fireEvent.click(screen.getByLabelText('English'));
    fireEvent.click(screen.getByLabelText('Traditional Chinese'));
    fireEvent.click(screen.getByLabelText('Mark only the first occurrence of each term'));
    fireEvent.click(screen.getByLabelText('Mark terms on pages'));
    await waitFor(async () =>
      expect(await loadSettings()).toEqual({
        ...DEFAULT_SETTINGS,
        enabled: false,
        highlightStyle: 'background',
        trigger: 'click',
        languages: 'en',
        script: 'traditional',
        firstOnly: true,
      }),
    );
  });

  it('adds a site from a pasted URL, rejects what is not a host name, and removes a site', async () => {
    render(<Harness initial={DEFAULT_SETTINGS} />);
    const input = screen.getByLabelText('Add site');
    fireEvent.input(input, { target: { value: 'https://News.Example.com/2024/article?x=1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    fireEvent.input(input, { target: { value: 'not a site!' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect(screen.getByRole('alert').textContent).toBe('Not a host name: not a site!');
    await waitFor(async () => expect((await loadSettings()).disabledSites).toEqual(['news.example.com']));
    fireEvent.click(screen.getByRole('button', { name: 'Turn TermLens back on for news.example.com' }));
    await waitFor(async () => expect((await loadSettings()).disabledSites).toEqual([]));
  });

  it('tells every watcher about a change, with the delay clamped on the way', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await saveSettings({ ...DEFAULT_SETTINGS, hoverDelayMs: 99999 });
    stop();
    expect(seen.map((s) => s.hoverDelayMs)).toEqual([2000]);
  });
});
