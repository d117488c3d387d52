/**
 * `npm run eval:sense`: the page matcher over the labelled sense corpus
 * (tests/fixtures/sense-corpus/): precision and recall per form, precision on everyday text,
 * recall on tech text, false marks per 10,000 characters of everyday text, and every error.
 *
 *   --split=dev|test|all   which part of the fixed split (default: all, then each part's headline)
 *   --errors=N             print at most N errors per part (default: all)
 */
import { readCorpus, splitOf } from './eval-sense/corpus';
import { pageMarker } from './eval-sense/page-marks';
import { reportOf } from './eval-sense/report';
import { scoreCorpus } from './eval-sense/score';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const split = option('split') ?? 'all';
if (!['dev', 'test', 'all'].includes(split)) throw new Error(`--split must be dev, test or all, not ${split}`);
const maxErrors = Number(option('errors') ?? Infinity);

const corpus = readCorpus();
const marker = pageMarker();
const items = split === 'all' ? corpus : corpus.filter((item) => splitOf(item.id) === split);
const score = scoreCorpus(items, marker);
score.errors = score.errors.slice(0, maxErrors);
console.log(reportOf(score, `sense corpus, ${split}`));
