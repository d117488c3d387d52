import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CardOptions } from '../components/CardOptions';
import { MarkingOptions } from '../components/MarkingOptions';
import { PrivacyOptions } from '../components/PrivacyOptions';
import { OPTIONS_SECTIONS, OptionsContents, OptionsSection } from '../components/OptionsSection';
import { ReaderDataTools } from '../components/ReaderDataTools';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings';
import { loadSettings, saveSettings, watchSettings } from '../lib/browser/settings-store';

/** The options page's settings sections in miniature, saving every change to storage. */
function Harness({ initial }: { initial: Settings }) {
  const [settings, setSettings] = useState(initial);
  const change = (next: Settings) => (setSettings(next), void saveSettings(next));
  return (
    <>
      <MarkingOptions settings={settings} onChange={change} />
      <CardOptions settings={settings} onChange={change} />
      <PrivacyOptions settings={settings} onChange={change} />
    </>
  );
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
    fireEvent.click(screen.getByLabelText("Don't mark terms I know"));
    fireEvent.click(screen.getByLabelText('History keeps the full page address (not only the site)'));
    await waitFor(async () =>
      expect(await loadSettings()).toEqual({
        ...DEFAULT_SETTINGS,
        enabled: false,
        highlightStyle: 'background',
        trigger: 'click',
        languages: 'en',
        script: 'traditional',
        firstOnly: true,
        hideKnown: true,
        historyFullUrl: true,
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

  it('greys out the hover delay when cards open on click, and says why beside it', async () => {
    render(<Harness initial={DEFAULT_SETTINGS} />);
    const slider = screen.getByRole('slider');
    expect(slider.hasAttribute('disabled')).toBe(false);
    fireEvent.click(screen.getByLabelText('Click'));
    await waitFor(() => expect(slider.hasAttribute('disabled')).toBe(true));
    expect(document.getElementById(slider.getAttribute('aria-describedby')!)!.textContent).toBe('Not used: cards open on click.');
  });

  it('tells every watcher about a change, with the delay clamped on the way', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await saveSettings({ ...DEFAULT_SETTINGS, hoverDelayMs: 99999 });
    stop();
    expect(seen.map((s) => s.hoverDelayMs)).toEqual([2000]);
  });
});

describe('the options page sections', () => {
  it('lists the five sections in page order, each link pointing at its heading', () => {
    render(
      <>
        <OptionsContents />
        {OPTIONS_SECTIONS.map(({ id }) => (
          <OptionsSection key={id} id={id}>
            <p>{id}</p>
          </OptionsSection>
        ))}
      </>,
    );
    const links = within(screen.getByRole('navigation')).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Marking', '#marking'],
      ['Cards', '#cards'],
      ['Your glossary', '#glossary'],
      ['History and privacy', '#privacy'],
      ['About', '#about'],
    ]);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => [h.textContent, h.closest('section')?.id])).toEqual([
      ['Contents', undefined],
      ['Marking', 'marking'],
      ['Cards', 'cards'],
      ['Your glossary', 'glossary'],
      ['History and privacy', 'privacy'],
      ['About', 'about'],
    ]);
  });

  it('greys out Send to Anki and the exports while there is no own term, and says why', () => {
    const tools = (count: number) => (
      <ReaderDataTools
        ownTermCount={count}
        onExport={() => {}}
        onSendToAnki={async () => 'sent'}
        restore={{ onPreview: async () => Promise.reject(new Error('no')), onRestore: async () => '', onUndo: async () => '' }}
      />
    );
    const { rerender } = render(tools(0));
    const send = screen.getByRole('button', { name: 'Send to Anki' });
    expect(send.hasAttribute('disabled')).toBe(true);
    const why = send.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)!.textContent);
    expect(why).toEqual([
      'Nothing to send yet: add a term or import a glossary first.',
      'Sends your own terms to the TermLens deck of the Anki running on this computer, through the AnkiConnect add-on (127.0.0.1:8765). Notes sent before are updated; nothing in Anki is deleted.',
    ]);
    expect(screen.getByRole('button', { name: 'Export as CSV' }).hasAttribute('disabled')).toBe(true);
    rerender(tools(3));
    expect(screen.getByRole('button', { name: 'Send to Anki' }).hasAttribute('disabled')).toBe(false);
    expect(screen.getByRole('button', { name: 'Export as CSV' }).hasAttribute('disabled')).toBe(false);
    expect(document.querySelector('.tl-why')).toBe(null);
  });
});
