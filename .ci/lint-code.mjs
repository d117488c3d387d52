// `npm run lint` (ESLint, then dependency-cruiser's layer rules) as one check in the CI summary:
// it passes only when both exit 0. Writes a vitest-shaped report that summarize.mjs totals.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const [reportFile] = process.argv.slice(2);
const run = spawnSync('npm', ['run', '--silent', 'lint'], { stdio: 'inherit' });
const ok = run.status === 0;
console.log(`lint (eslint + dependency-cruiser): ${ok ? 'passed' : `failed (exit ${run.status ?? run.signal})`}`);
writeFileSync(reportFile, JSON.stringify({ numPassedTests: ok ? 1 : 0, numFailedTests: ok ? 0 : 1, testResults: [] }));
process.exit(ok ? 0 : 1);
