// Where the desktop app to test comes from:
//  - CONGDOAN_ELECTRON_EXE: an installed app's executable (the Windows CI job installs the NSIS
//    installer silently and points here at it);
//  - else the Electron binary of node_modules/electron running this folder (`npm run build` first:
//    package.json "main" is dist-electron/main.cjs).
// Neither present (node_modules/electron without its downloaded dist/, as on machines without
// Internet): the suite is skipped with the one line SKIP_REASON.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface Launchable {
  executablePath: string;
  /** Arguments before --data-dir: the app folder for a bare Electron binary, nothing for an installed app. */
  args: string[];
  installed: boolean;
}

/** The Electron binary of node_modules/electron, as its own index.js finds it (path.txt inside dist/). */
function devElectron(): string | null {
  const pkg = path.join(APP_ROOT, 'node_modules', 'electron');
  try {
    const rel = fs.readFileSync(path.join(pkg, 'path.txt'), 'utf8').trim();
    const exe = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(pkg, 'dist'), rel);
    return rel && fs.existsSync(exe) ? exe : null;
  } catch {
    return null;
  }
}

export function findLaunchable(): Launchable | null {
  const installed = process.env.CONGDOAN_ELECTRON_EXE?.trim();
  if (installed) {
    if (!fs.existsSync(installed)) throw new Error(`CONGDOAN_ELECTRON_EXE="${installed}" does not exist`);
    return { executablePath: installed, args: [], installed: true };
  }
  const exe = devElectron();
  return exe ? { executablePath: exe, args: [APP_ROOT], installed: false } : null;
}

export const SKIP_REASON =
  'Desktop suite skipped: no Electron binary (node_modules/electron/dist is missing and CONGDOAN_ELECTRON_EXE is not set).';
