import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../../shared/api/result';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Reads `NNNN_name.sql` files in order. Versions must be 1, 2, 3… without gaps. */
export function loadMigrations(dir: string): Migration[] {
  const files = fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f))
    .sort();
  return files.map((file, i) => {
    const version = Number(file.slice(0, 4));
    if (version !== i + 1) throw new Error(`Migration ${file} is out of sequence (expected ${i + 1}).`);
    return { version, name: file.replace(/\.sql$/, ''), sql: fs.readFileSync(path.join(dir, file), 'utf8') };
  });
}

export function latestVersion(migrations: Migration[]): number {
  return migrations.length ? migrations[migrations.length - 1].version : 0;
}

export function currentVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Refuses a database written by a newer version of the app: opening it could lose data. */
export function assertNotNewer(current: number, latest: number): void {
  if (current > latest) {
    throw new AppError(
      'DB_TOO_NEW',
      `Tệp dữ liệu này được tạo bởi phiên bản phần mềm mới hơn (phiên bản dữ liệu ${current}, phần mềm này chỉ đọc được đến ${latest}). ` +
        'Hãy cài phiên bản phần mềm mới nhất rồi mở lại; dữ liệu chưa bị thay đổi.',
    );
  }
}

/** Applies pending migrations, each in its own transaction, bumping user_version with it. */
export function applyMigrations(db: Database.Database, migrations: Migration[]): number[] {
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= currentVersion(db)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
    applied.push(m.version);
  }
  return applied;
}
