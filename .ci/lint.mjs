// web-ext lint on the Firefox build, as one check in the CI summary: it passes only with
// 0 errors and 0 warnings. Writes a vitest-shaped report that summarize.mjs totals.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const [sourceDir, reportFile] = process.argv.slice(2);
let result;
try {
  const out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  result = JSON.parse(out);
} catch (error) {
  // web-ext exits 1 when it finds errors; its JSON is still on stdout.
  try {
    result = JSON.parse(error.stdout ?? '');
  } catch {
    console.error(`web-ext lint did not run: ${error.message}`);
  }
}
const { errors = 1, warnings = 0, notices = 0 } = result?.summary ?? {};
for (const kind of ['errors', 'warnings']) {
  for (const m of result?.[kind] ?? []) console.log(`  ${kind.slice(0, -1)} ${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`);
}
console.log(`web-ext lint ${sourceDir}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
const ok = result !== undefined && errors === 0 && warnings === 0;
writeFileSync(reportFile, JSON.stringify({ numPassedTests: ok ? 1 : 0, numFailedTests: ok ? 0 : 1, testResults: [] }));
process.exit(ok ? 0 : 1);
