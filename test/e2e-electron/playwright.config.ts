import { defineConfig } from '@playwright/test';
import { findLaunchable, SKIP_REASON } from './support/launch';

// `npm run test:electron`: the desktop app itself (Electron main process, preload, IPC, app://)
// driven through Playwright's _electron. Not part of `playwright test` (testDir test/e2e).
const launchable = findLaunchable();
// Once, from the runner (worker processes load this file too).
if (!launchable && process.env.TEST_WORKER_INDEX === undefined) console.log(SKIP_REASON);

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  // One app at a time: the desktop app holds a single-instance lock.
  workers: 1,
  retries: 0,
  // Without a binary every test is skipped: the line above says why, the dot reporter only counts.
  reporter: launchable ? [['list']] : [['dot']],
  outputDir: '../../test-results/electron',
  use: { screenshot: 'only-on-failure' },
});
