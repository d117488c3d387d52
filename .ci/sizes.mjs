// Prints the gzipped size of each built script: the content script ships into every page.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

for (const target of ['chrome-mv3', 'firefox-mv2']) {
  const dir = join('.output', target);
  const walk = (d) => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
  for (const file of walk(dir).filter((f) => f.endsWith('.js')).sort()) {
    const bytes = readFileSync(file);
    console.log(`${file}: ${(bytes.length / 1024).toFixed(1)} KB, ${(gzipSync(bytes).length / 1024).toFixed(1)} KB gzipped`);
  }
}
