import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe('the Node version CI installs', () => {
  it('is the range the toolchain declares in engines, and the lockfile records the same', () => {
    expect(JSON.parse(read('package.json')).engines.node).toBe('^22.13.0 || >=24');
    expect(JSON.parse(read('package-lock.json')).packages[''].engines.node).toBe('^22.13.0 || >=24');
  });

  it('pins a fallback inside that range, and checks the same bounds before installing it', () => {
    const script = read('.ci/node.sh');
    const [, major, minor] = /TERMLENS_NODE_VERSION=(\d+)\.(\d+)\.\d+/.exec(script) ?? [];
    expect(Number(major)).toBe(22);
    expect(Number(minor)).toBeGreaterThanOrEqual(13);
    expect(script).toContain('(a === 22 && b >= 13) || a >= 24');
  });

  it('is set up by .ci/run before npm ci', () => {
    const run = read('.ci/run');
    expect(run.indexOf('termlens_use_node')).toBeGreaterThan(0);
    expect(run.indexOf('termlens_use_node')).toBeLessThan(run.indexOf('npm ci'));
  });
});
