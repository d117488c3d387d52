/**
 * `npm run eval:sense`: the page matcher over the labelled sense corpus
 * (tests/fixtures/sense-corpus/): precision and recall per form, precision on everyday text,
 * recall on tech text, false marks per 10,000 characters of everyday text, and every error.
 *
 *   --split=dev|test|all   which part of the fixed split (default: all)
 *   --errors=N             print at most N errors (default: all)
 *   --propose=TEXT         for labelling a new item: every glossary form in TEXT, whether the page
 *                          matcher marks it, and a corpus line to edit (marks as matched, the rest as traps)
 */
import { candidateFinder } from './eval-sense/candidates';
import { readCorpus, splitOf } from './eval-sense/corpus';
import { pageMarker, readGlossary } from './eval-sense/page-marks';
import { reportOf } from './eval-sense/report';
import { scoreCorpus } from './eval-sense/score';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const split = option('split') ?? 'all';
if (!['dev', 'test', 'all'].includes(split)) throw new Error(`--split must be dev, test or all, not ${split}`);
const maxErrors = Number(option('errors') ?? Infinity);

const propose = option('propose');
if (propose !== undefined) {
  const glossary = readGlossary();
  const marks = pageMarker(glossary).marksOf(propose);
  const isMarked = (at: number, term: string) => marks.some((m) => m.start === at && m.term === term);
  const candidates = candidateFinder(glossary)(propose);
  for (const c of candidates) console.log(`${c.form} (${c.term}) at ${c.at}: ${isMarked(c.at, c.term) ? 'marked' : 'not marked'}`);
  const line = {
    id: 'NEW-ID', domain: 'DOMAIN', script: 'Hans', source: 'URL', text: propose,
    marks: candidates.filter((c) => isMarked(c.at, c.term)),
    traps: candidates.filter((c) => !isMarked(c.at, c.term)).map(({ form, at }) => ({ form, at })),
  };
  console.log(JSON.stringify(line));
  process.exit(0);
}

const corpus = readCorpus();
const glossary = readGlossary();
const marker = pageMarker(glossary);
const items = split === 'all' ? corpus : corpus.filter((item) => splitOf(item.id) === split);
const score = scoreCorpus(items, marker);
score.errors = score.errors.slice(0, maxErrors);
console.log(reportOf(score, `sense corpus, ${split}`));

// A form the glossary gained since an item was labelled: the item needs a label for it.
const candidates = candidateFinder(glossary);
const unlabelled = items.flatMap((item) =>
  candidates(item.text)
    .filter((c) => ![...item.marks, ...item.traps].some((l) => l.at < c.at + c.form.length && c.at < l.at + l.form.length))
    .map((c) => `  ${item.id.padEnd(22)} ${c.form} (${c.term}) at ${c.at}`),
);
if (unlabelled.length > 0) console.log(`\n  glossary forms with no label (label them as marks or traps): ${unlabelled.length}\n${unlabelled.join('\n')}`);
