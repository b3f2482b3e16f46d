import path from 'node:path';
import { app } from 'electron';

/** Name shown to people (window title, About dialog). File names use ASCII elsewhere. */
export const APP_DISPLAY_NAME = 'Công đoàn - Văn phòng';
/** Folder name under %APPDATA% — the same one browser mode uses (electron/server/cli.ts defaultDataDir). */
export const APP_DATA_FOLDER = 'cong-doan-van-phong';

/**
 * Pins `userData` to %APPDATA%\cong-doan-van-phong whatever productName the packager wrote.
 * Must run before `ready` and before the single-instance lock (which is keyed on userData).
 */
export function pinUserDataPath(): void {
  app.setPath('userData', path.join(app.getPath('appData'), APP_DATA_FOLDER));
}

/** `--data-dir=DIR` or `--data-dir DIR` on the command line, else CONGDOAN_DATA_DIR, else userData. */
export function resolveDataDir(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): string {
  const fromArgs = argValue(argv, '--data-dir');
  const chosen = fromArgs ?? (env.CONGDOAN_DATA_DIR?.trim() || undefined);
  return path.resolve(chosen ?? app.getPath('userData'));
}

export function argValue(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1) || undefined;
    if (arg === name) {
      const next = argv[i + 1];
      return next && !next.startsWith('--') ? next : undefined;
    }
  }
  return undefined;
}

/** Where the packaged (or `electron .`) app lives: package.json, dist/, electron/db/migrations. */
export function appPaths() {
  const root = app.getAppPath();
  return {
    root,
    rendererDir: path.join(root, 'dist', 'renderer'),
    migrationsDir: path.join(root, 'electron', 'db', 'migrations'),
    // Built by scripts/build-electron.mjs next to main.cjs.
    preload: path.join(root, 'dist-electron', 'preload.cjs'),
  };
}
