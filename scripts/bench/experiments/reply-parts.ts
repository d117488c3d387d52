/** Sizes of the page-matcher reply's parts as JSON (`TERMS=100000`): where a big glossary's reply goes. `npx tsx scripts/bench/experiments/reply-parts.ts`. */
import { buildLayout } from '../../../lib/matcher/compile';
import { entriesOfTerms } from '../../../lib/matcher/entries';
import { layoutForMessage } from '../../../lib/matcher/layout';
import { joinTermIds } from '../../../lib/matcher/term-ids';
import { bigTerms, readTerms, readSeeds } from '../setup';

const terms = Number(process.env.TERMS ?? 0);
const benchTerms = terms > 0 ? bigTerms(readSeeds(), readTerms(), terms) : readTerms();
const layout = layoutForMessage(buildLayout(entriesOfTerms(benchTerms)));
const kb = (x: unknown) => `${(JSON.stringify(x).length / 1024).toFixed(0)} KB`;
console.log(`ids ${kb(joinTermIds(benchTerms.map((t) => t.id)))}; nodes ${layout.nodeCount}; ` + Object.entries(layout).map(([k, v]) => `${k} ${kb(v)}`).join(', ') + `; rules ${layout.rules.length}`);
