import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MethodInput, MethodName, MethodResult } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import { createContext } from '../../electron/services/bootstrap';
import { dispatch } from '../../electron/services/dispatch';

export const APP_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const MIGRATIONS_DIR = path.join(APP_ROOT, 'electron', 'db', 'migrations');

// What this test file created; removed after the file by test/support/cleanup.ts.
const createdDirs: string[] = [];
const openContexts: { close: () => void }[] = [];

/** A fresh folder in the temp folder, removed after the test file (with everything in it). */
export function tempDir(prefix = 'congdoan-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix.startsWith('congdoan-') ? prefix : `congdoan-test-${prefix}`));
  createdDirs.push(dir);
  return dir;
}

/** A real database in a fresh temp folder, with a pinned clock; closed after the test file. */
export function testContext(opts: { dataDir?: string; now?: Date } = {}) {
  const dataDir = opts.dataDir ?? tempDir();
  const now = opts.now ?? new Date('2026-11-22T09:00:00+07:00');
  const ctx = createContext({ dataDir, migrationsDir: MIGRATIONS_DIR, mode: 'browser', appVersion: '0.0.0-test', now: () => now });
  openContexts.push(ctx);
  return ctx;
}

/** Closes every context and removes every folder this test file created, also after a failure. */
export function cleanupCreated(): void {
  for (const ctx of openContexts.splice(0)) {
    try {
      ctx.close();
    } catch {
      // Already closed by the test itself.
    }
  }
  for (const dir of createdDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

type Ctx = ReturnType<typeof testContext>;

/** Calls a method through the real dispatcher (validation included) and returns the raw result. */
export function call<M extends MethodName>(ctx: Ctx, method: M, input: MethodInput<M>): Promise<ApiResult<MethodResult<M>>> {
  return dispatch(ctx, method, input) as Promise<ApiResult<MethodResult<M>>>;
}

/** Calls a method and fails the test with the Vietnamese message if it did not succeed. */
export async function ok<M extends MethodName>(ctx: Ctx, method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  const r = await call(ctx, method, input);
  if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message} ${JSON.stringify(r.error.fields ?? {})}`);
  return r.data;
}

/** Every row of every table, for "nothing changed" assertions. */
export function dumpDatabase(ctx: Ctx): Record<string, unknown[]> {
  const tables = ctx.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
    name: string;
  }[];
  // Sorted in JS: some tables (FTS shadow tables) have no rowid to order by.
  return Object.fromEntries(
    tables.map((t) => [t.name, (ctx.db.prepare(`SELECT * FROM "${t.name}"`).all() as unknown[]).map((r) => JSON.stringify(r)).sort()]),
  );
}
