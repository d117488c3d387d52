/**
 * The built extension's rows of `npm run bench` alone (no main table, so no ratios to the floor):
 * `BENCH_RUNS=3 BENCH_TIMELINE=1 npx tsx scripts/bench/built-extension-only.ts` after `npm run build`;
 * `BENCH_PAGES=1` for the 1 MB page only; `BENCH_BUILDS=before=/tmp/a,after=.output/chrome-mv3` to
 * compare builds in one run, interleaved; `BENCH_NO_IDLE=1` to stop each load at its first marks.
 */
import { generatePage } from './pages';
import { printBuiltExtension } from './built-extension-report';
import { readSeeds } from './setup';

const MB = 1_000_000;
const sizes = (process.env.BENCH_PAGES ?? '0.1,1').split(',').map(Number);
const pages = new Map(sizes.map((mb) => [mb < 1 ? `${mb * 1000} KB` : `${mb} MB`, generatePage(readSeeds(), mb * MB).html] as const));
await printBuiltExtension(pages, new Map(), Number(process.env.BENCH_RUNS ?? 3));
