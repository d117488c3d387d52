/**
 * The options page's frame: one titled section per subject, and a short contents list of links to
 * them. Sections are declared once (OPTIONS_SECTIONS) so the contents and the headings never differ.
 */
import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '../lib/browser/i18n';

export const OPTIONS_SECTIONS = [
  { id: 'marking', title: 'secMarking', intro: 'secMarkingIntro' },
  { id: 'cards', title: 'secCards', intro: 'secCardsIntro' },
  { id: 'glossary', title: 'secGlossary', intro: 'secGlossaryIntro' },
  { id: 'privacy', title: 'secPrivacy', intro: 'secPrivacyIntro' },
  { id: 'about', title: 'aboutTitle', intro: undefined },
] as const satisfies readonly { id: string; title: MessageKey; intro: MessageKey | undefined }[];

export type OptionsSectionId = (typeof OPTIONS_SECTIONS)[number]['id'];

const sectionOf = (id: OptionsSectionId) => OPTIONS_SECTIONS.find((s) => s.id === id)!;

/** The links to every section, in page order. */
export function OptionsContents() {
  return (
    <nav class="tl-contents" aria-labelledby="tl-contents-title">
      <h2 id="tl-contents-title">{t('optContents')}</h2>
      <ol>
        {OPTIONS_SECTIONS.map(({ id, title }) => (
          <li key={id}>
            <a href={`#${id}`}>{t(title)}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** One section: its heading, its one-line intro, and its parts (each a component with its own h3). */
export function OptionsSection({ id, children }: { id: OptionsSectionId; children: ComponentChildren }) {
  const { title, intro } = sectionOf(id);
  return (
    <section id={id} class="tl-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t(title)}</h2>
      {intro && <p class="tl-hint">{t(intro)}</p>}
      {children}
    </section>
  );
}

/** A part of a section, under its own heading. */
export function OptionsPart({ title, class: className, children }: { title: MessageKey; class?: string; children: ComponentChildren }) {
  return (
    <div class={className ? `tl-part ${className}` : 'tl-part'}>
      <h3>{t(title)}</h3>
      {children}
    </div>
  );
}
