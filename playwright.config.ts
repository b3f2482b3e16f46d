import { defineConfig } from '@playwright/test';

// The system Chromium (apt-get install chromium); Playwright never downloads a browser here.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  // The servers, browsers and tests write temp files into a folder of the run's own, removed at the end.
  globalSetup: './test/support/temp-sandbox.ts',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    locale: 'vi-VN',
    // The app honours the system's "reduce motion" (no dialog animations): a click never lands on a dialog still opening.
    contextOptions: { reducedMotion: 'reduce' },
    viewport: { width: 1366, height: 800 },
    screenshot: 'only-on-failure',
    acceptDownloads: true,
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
});
