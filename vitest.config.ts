import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Test files say where they run: *.test.ts in Node, *.dom.test.ts(x) in happy-dom,
// *.browser.test.ts in real browsers with the built extension (npm run test:browser).
// Timeouts are sized for two cores shared with other work: they catch a hang, never a slow run
// (timed figures belong to `npm run bench`, which reports them and asserts nothing). Seen on such a
// machine at a load average of 26: a 3 s property took 75 s, a 1.7 s test file 16 s; a whole glossary
// build, 15 s alone, took 123 s beside seven other builds.
const NODE_TEST_TIMEOUT_MS = 600_000;

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.dom.test.ts', 'tests/**/*.browser.test.ts'],
          testTimeout: NODE_TEST_TIMEOUT_MS,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.browser.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One browser at a time: these machines have two cores.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        plugins: [WxtVitest()],
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['tests/**/*.dom.test.{ts,tsx}'],
          setupFiles: ['tests/setup/i18n.ts'],
          testTimeout: NODE_TEST_TIMEOUT_MS,
        },
      },
    ],
  },
});
