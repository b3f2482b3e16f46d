import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../db/connection';
import { makeClock } from './clock';
import type { ServiceContext } from './context';

export interface BootOptions {
  dataDir: string;
  migrationsDir: string;
  mode: ServiceContext['mode'];
  appVersion: string;
  now?: () => Date;
}

/** Opens the database and builds the context every handler runs with. Shared by Electron, browser mode and tests. */
export function createContext(opts: BootOptions): ServiceContext & { close: () => void } {
  const opened = openDatabase({ dataDir: opts.dataDir, migrationsDir: opts.migrationsDir });
  const ctx: ServiceContext & { close: () => void } = {
    db: opened.db,
    dataDir: opts.dataDir,
    schemaVersion: opened.schemaVersion,
    mode: opts.mode,
    appVersion: opts.appVersion,
    migrationsDir: opts.migrationsDir,
    now: opts.now ?? makeClock(),
    // The connection of the moment: a restore replaces it.
    close: () => ctx.db.close(),
  };
  return ctx;
}

/** The project root (where package.json lives), found from any file inside it. */
export function findAppRoot(from: string): string {
  let dir = from;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`package.json not found above ${from}`);
    dir = up;
  }
}

export function readAppVersion(appRoot: string): string {
  return (JSON.parse(fs.readFileSync(path.join(appRoot, 'package.json'), 'utf8')) as { version: string }).version;
}
