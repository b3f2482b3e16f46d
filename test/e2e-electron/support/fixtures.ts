import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron, test as base, type ElectronApplication, type Page } from '@playwright/test';
import { findLaunchable, SKIP_REASON } from './launch';

export { expect } from '@playwright/test';

export interface Desktop {
  app: ElectronApplication;
  /** The main window. */
  window: Page;
  /** The fresh data folder the app was started on (removed after the test). */
  dataDir: string;
  /** A folder for files the test saves through stubbed dialogs (removed after the test). */
  outDir: string;
  /** Quits the app (its closing backup included) and starts it again on the same data folder. */
  restart(): Promise<void>;
}

async function launch(dataDir: string): Promise<{ app: ElectronApplication; window: Page }> {
  const app = await _electron.launch({
    executablePath: launchable!.executablePath,
    args: [...launchable!.args, `--data-dir=${dataDir}`],
    env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
    timeout: 60_000,
  });
  const window = await app.firstWindow();
  await window.waitForLoadState('domcontentloaded');
  return { app, window };
}

const launchable = findLaunchable();

/** Starts the app on a fresh data folder; closes it and removes its folders afterwards. */
export const test = base.extend<{ desktop: Desktop }>({
  // eslint-disable-next-line no-empty-pattern
  desktop: async ({}, use) => {
    test.skip(!launchable, SKIP_REASON);
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-desktop-'));
    const dataDir = path.join(root, 'Dữ liệu công đoàn');
    const outDir = path.join(root, 'Tệp đã lưu');
    fs.mkdirSync(outDir, { recursive: true });
    const desktop: Desktop = {
      ...(await launch(dataDir)),
      dataDir,
      outDir,
      restart: async () => {
        await desktop.app.close();
        Object.assign(desktop, await launch(dataDir));
      },
    };
    try {
      await use(desktop);
    } finally {
      await desktop.app.close().catch(() => undefined);
      fs.rmSync(root, { recursive: true, force: true });
    }
  },
});

/**
 * Answers the next native save dialogs with `file` instead of showing them: the main process's
 * dialog.showSaveDialog for "Lưu PDF", and the session's download prompt for exported files.
 */
export async function stubSaveDialogs(app: ElectronApplication, file: string): Promise<void> {
  await app.evaluate(({ dialog, session }, target) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: target })) as typeof dialog.showSaveDialog;
    session.defaultSession.on('will-download', (_event, item) => item.setSavePath(target));
  }, file);
}
