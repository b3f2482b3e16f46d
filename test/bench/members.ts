// Member register benchmarks (figures, not pass/fail):
//   members.search_p50_ms / members.search_p95_ms  200 realistic queries over 100,000 members in 300 units
//   members.stats_asof_ms                          as-of statistics over the same register (median of 5)
//   members.import_50k_s                           import of a 50,000-row .xlsx as the UI does it: preview (file sent, read
//                                                  once, rows checked, answer serialised) then import of the batch
//   members.import_vs_exceljs_ratio                that time / a bare exceljs streaming parse of the same file, its parts
//                                                  ordered so that exceljs streams the sheet (shared strings first)
//   members.peak_rss_mb                            peak resident memory of the process through the search index and one import
//   members.export_100k_s                          the whole register (100,500 members, all statuses) to .xlsx through the dispatcher
// The 100k register is built with bulk SQL in a temp folder (not measured). Everything measured goes
// through the real dispatcher (validation included), as the app calls it, with the parse workers
// bundled as the packaged app runs them (scripts/worker-bundles.mjs).
// Parsing alone and the import are each run RUNS times and the fastest run counts, so that both
// figures are taken in the same state (code loaded and compiled) and a moment of load on the
// machine does not decide the ratio; the import runs on a fresh copy of the register each time.
// Every import time is printed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { DB_FILE_NAME } from '../../electron/db/connection';
import { createContext } from '../../electron/services/bootstrap';
import { checkpointsSettled } from '../../electron/services/checkpoint/checkpoint-host';
import type { ServiceContext } from '../../electron/services/context';
import { dispatch } from '../../electron/services/dispatch';
import { INSERT_EVENT_SQL } from '../../electron/services/members/events-repo';
import { INSERT_MEMBER_SQL, memberColumns, spanAttributes } from '../../electron/services/members/repo';
import type { MemberFields } from '../../shared/members/schema';
import { foldVi } from '../../shared/text/vi';
import { memberRecords, rng, writeMemberWorkbook, type MemberRecord } from '../fixtures/members/generate';
import { WORKER_BUNDLES, buildWorkers } from '../../scripts/worker-bundles.mjs';
import { APP_ROOT, MIGRATIONS_DIR, tempDir } from '../support/context';
import { plainZipLayout } from '../../electron/services/files/zip-layout';
import { reorderZip } from '../fixtures/files/reorder-zip';
import type { Emit } from './run';
import { measureBackup } from './backup';

const UNITS = 300;
const MEMBERS = 100_000;
const IMPORT_ROWS = 50_000;
const RUNS = 3;

function toFields(r: MemberRecord): MemberFields {
  return {
    name: r.name,
    birthDate: r.birth,
    gender: r.gender,
    ethnicity: r.ethnicity,
    religion: r.religion,
    cmnd: null,
    cccd: r.cccd,
    phone: r.phone,
    jobTitle: r.job,
    unionPosition: null,
    joinedOn: r.joined,
    memberCode: r.memberCode,
    partyMember: r.partyDate !== null,
    partyDate: r.partyDate,
    education: r.education,
    notes: r.notes || null,
  };
}

async function must(ctx: ServiceContext, method: string, input: unknown): Promise<unknown> {
  const r = await dispatch(ctx, method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.data;
}

/** 300 units of uneven size and 100,000 members, plus some transfers, departures and admissions. */
async function buildRegister(ctx: ServiceContext): Promise<{ records: MemberRecord[]; unitIds: number[] }> {
  const r = rng(11);
  const at = new Date().toISOString();
  const unitIds: number[] = [];
  const insUnit = ctx.db.prepare(
    'INSERT INTO units (code, code_key, name, name_key, sector_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  ctx.db.transaction(() => {
    for (let i = 1; i <= UNITS; i++) {
      const name = `CĐCS Đơn vị số ${i}`;
      unitIds.push(Number(insUnit.run(`DV${i}`, `dv${i}`, name, foldVi(name), 1 + (i % 7), at, at).lastInsertRowid));
    }
  })();
  const records = memberRecords(MEMBERS, 2024);
  const weights = unitIds.map((_, i) => 1 / (1 + (i % 50))); // a few big units, many small ones
  const sum = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  weights.reduce((acc, w, i) => ((cumulative[i] = acc + w / sum), acc + w / sum), 0);
  const unitFor = () => {
    const x = r();
    const i = cumulative.findIndex((c) => c >= x);
    return unitIds[i < 0 ? unitIds.length - 1 : i];
  };
  const insMember = ctx.db.prepare(INSERT_MEMBER_SQL);
  const insEvent = ctx.db.prepare(INSERT_EVENT_SQL);
  const insSpan = ctx.db.prepare(
    'INSERT INTO member_spans (member_id, unit_id, start_on, female, minority, party_from) VALUES (?, ?, ?, ?, ?, ?)',
  );
  ctx.db.transaction(() => {
    for (const rec of records) {
      const unitId = unitFor();
      const id = Number(
        insMember.run({
          ...memberColumns(toFields(rec)),
          unit_id: unitId,
          status: 'active',
          import_id: null,
          created_at: at,
          updated_at: at,
        }).lastInsertRowid,
      );
      insEvent.run({
        member_id: id,
        kind: 'register',
        date: rec.joined,
        from_unit_id: null,
        to_unit_id: unitId,
        external_unit: null,
        decision_no: null,
        reason: null,
        card_no: null,
        note: null,
        created_at: at,
      });
      const a = spanAttributes(toFields(rec));
      insSpan.run(id, unitId, rec.joined, a.female, a.minority, a.partyFrom);
    }
  })();
  // Movements in the half-year, through the service layer.
  const day = () => `2026-0${1 + Math.floor(r() * 5)}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
  for (let k = 0; k < 1500; k++) {
    const memberId = 1 + Math.floor(r() * MEMBERS);
    const res = await dispatch(ctx, 'members.addEvent', { memberId, kind: 'transfer', date: day(), toUnitId: unitFor() });
    if (!res.ok && res.error.code === 'INTERNAL') throw new Error(res.error.message);
  }
  for (let k = 0; k < 1000; k++) {
    const memberId = 1 + Math.floor(r() * MEMBERS);
    await dispatch(ctx, 'members.addEvent', { memberId, kind: 'leave', date: day(), reason: 'Nghỉ việc' });
  }
  for (const rec of memberRecords(500, 99, 900_000)) {
    await must(ctx, 'members.create', {
      unitId: unitFor(),
      name: rec.name,
      gender: rec.gender,
      birthDate: rec.birth,
      startKind: 'admit',
      startDate: day(),
    });
  }
  return { records, unitIds };
}

function realisticQueries(records: MemberRecord[], n: number): string[] {
  const r = rng(77);
  const pickRec = () => records[Math.floor(r() * records.length)];
  const out: string[] = [];
  while (out.length < n) {
    const words = foldVi(pickRec().name).split(' ');
    const given = words[words.length - 1];
    const x = r();
    if (x < 0.3)
      out.push(given.slice(0, Math.max(2, Math.ceil(given.length * (0.5 + r() * 0.5))))); // "huon", "tuan"
    else if (x < 0.55)
      out.push(`${words[0]} ${words[1].slice(0, 1 + Math.floor(r() * words[1].length))}`); // "nguyen v", "tran thi"
    else if (x < 0.7)
      out.push(words.join(' ')); // full name without diacritics
    else if (x < 0.8)
      out.push(`${words[words.length - 2]} ${given.slice(0, 2)}`); // "thi hu"
    else if (x < 0.9)
      out.push(pickRec().cccd.slice(0, 4 + Math.floor(r() * 5))); // CCCD prefix
    else out.push(words[0].slice(0, 2 + Math.floor(r() * 2))); // "ng", "tra"
  }
  return out;
}

const rssMb = () => Math.round(process.memoryUsage().rss / 1024 / 1024);

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** exceljs's streaming reader works on the fly only when what a sheet needs comes before it in the zip. */
function streamingRank(name: string): number {
  if (name === 'xl/_rels/workbook.xml.rels' || name === 'xl/workbook.xml') return 1;
  if (name === 'xl/styles.xml' || name === 'xl/sharedStrings.xml') return 2;
  if (name.startsWith('xl/worksheets/')) return 3;
  return 0;
}

/** The fair peer: a bare exceljs streaming parse of the file, parts reordered so that it needs no temporary copy. */
async function exceljsParse(data: Buffer): Promise<number> {
  const start = performance.now();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([data]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let rows = 0;
  for await (const ws of reader) for await (const _row of ws) rows++;
  if (rows < IMPORT_ROWS) throw new Error(`parsed only ${rows} rows`);
  return performance.now() - start;
}

/** Runs this file in a child process (`prepare` or `measure`), passing its figures on to `emit`. */
async function runChild(mode: 'prepare' | 'measure' | 'backup', dir: string, emit: Emit, env: NodeJS.ProcessEnv = {}): Promise<void> {
  const child = spawn(
    process.execPath,
    [path.join(APP_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), fileURLToPath(import.meta.url), mode, dir],
    {
      cwd: APP_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, ...env },
    },
  );
  let buffered = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    buffered += chunk;
    let nl: number;
    while ((nl = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      const m = /^METRIC (\S+) (\S+) (\S+)$/.exec(line);
      if (m) emit(m[1], Number(m[2]), m[3] as Parameters<Emit>[2]);
      else if (line.trim()) console.log(line);
    }
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`members benchmark (${mode}) exited with code ${code}`);
}

/**
 * Builds the data in one child process (not measured) and measures in another, so that the peak
 * memory reported is that of the app doing the work (the other benchmarks of `npm run bench`
 * share the parent process, and building 100k test records costs memory the app never spends).
 */
export async function benchMembers(emit: Emit): Promise<void> {
  const dir = tempDir('bench-members-');
  try {
    // Inside the app folder, so that the bundles find the runtime dependencies in node_modules as in the app.
    const workers = path.join(APP_ROOT, 'node_modules', '.cache', 'cong-doan-bench-workers');
    await buildWorkers(APP_ROOT, workers, { logLevel: 'silent', target: 'node20' });
    const env = Object.fromEntries(WORKER_BUNDLES.map((w) => [w.envVar, path.join(workers, w.outName)]));
    await runChild('prepare', dir, emit);
    await runChild('measure', dir, emit, env);
    // In a process of its own, so that members.peak_rss_mb stays the figure of the member work.
    await runChild('backup', dir, emit, env);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

interface Prepared {
  queries: string[];
  importUnitId: number;
}

const FILE_50K = 'danh-sach-50k.xlsx';

async function prepare(dir: string): Promise<void> {
  const dataDir = path.join(dir, 'data');
  const ctx = createContext({ dataDir, migrationsDir: MIGRATIONS_DIR, mode: 'browser', appVersion: 'bench' });
  const t0 = performance.now();
  const { records, unitIds } = await buildRegister(ctx);
  ctx.db.pragma('wal_checkpoint(TRUNCATE)');
  ctx.close();
  console.log(`# built ${MEMBERS.toLocaleString('en')} members in ${UNITS} units in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const prepared: Prepared = { queries: realisticQueries(records, 200), importUnitId: unitIds[0] };
  fs.writeFileSync(path.join(dir, 'prepared.json'), JSON.stringify(prepared));
  await writeMemberWorkbook(path.join(dir, FILE_50K), memberRecords(IMPORT_ROWS, 4242, 100_000), { seed: 3 });
  console.log(`# 50k-row file: ${(fs.statSync(path.join(dir, FILE_50K)).size / 1024 / 1024).toFixed(1)} MB`);
}

async function measure(dir: string, emit: Emit): Promise<void> {
  const { queries, importUnitId } = JSON.parse(fs.readFileSync(path.join(dir, 'prepared.json'), 'utf8')) as Prepared;
  const ctx = createContext({ dataDir: path.join(dir, 'data'), migrationsDir: MIGRATIONS_DIR, mode: 'browser', appVersion: 'bench' });
  try {
    // Search-as-you-type through the dispatcher. The first call builds the in-memory index (reported, not counted).
    const w = performance.now();
    await must(ctx, 'members.list', { query: 'a', limit: 50 });
    console.log(`# first list call (index build) ${(performance.now() - w).toFixed(0)} ms (rss ${rssMb()} MB)`);
    const times: number[] = [];
    let hits = 0;
    for (const query of queries) {
      const s = performance.now();
      const res = (await must(ctx, 'members.list', { query, limit: 50 })) as { total: number };
      times.push(performance.now() - s);
      hits += res.total > 0 ? 1 : 0;
    }
    console.log(`# ${hits}/${queries.length} queries found members`);
    emit('members.search_p50_ms', percentile(times, 50), 'ms');
    emit('members.search_p95_ms', percentile(times, 95), 'ms');

    const statTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const s = performance.now();
      await must(ctx, 'members.stats', { asOf: '2026-05-31' });
      statTimes.push(performance.now() - s);
    }
    emit('members.stats_asof_ms', percentile(statTimes, 50), 'ms');
  } finally {
    ctx.close();
  }

  // Import of a 50,000-row list into one unit of the 100k register, against a bare exceljs parse.
  const file = path.join(dir, FILE_50K);
  const raw = fs.readFileSync(file);
  const layout = plainZipLayout(raw);
  if (!layout) throw new Error('the 50k file is not a plain zip');
  const ordered = reorderZip(raw, layout, streamingRank);
  const dataBase64 = raw.toString('base64');
  const imports: number[] = [];
  let peakRss = 0;
  for (let run = 1; run <= RUNS; run++) {
    const copy = path.join(dir, `data-import-${run}`);
    fs.cpSync(path.join(dir, 'data'), copy, { recursive: true });
    const ictx = createContext({ dataDir: copy, migrationsDir: MIGRATIONS_DIR, mode: 'browser', appVersion: 'bench' });
    try {
      const s = performance.now();
      const preview = (await must(ictx, 'members.importPreview', {
        file: { fileName: FILE_50K, dataBase64 },
        unitId: importUnitId,
      })) as { batchId: string; counts: { new: number } };
      const answer = JSON.stringify(preview).length; // the server sends it to the window
      const previewMs = performance.now() - s;
      const result = (await must(ictx, 'members.importCommit', {
        batchId: preview.batchId,
        unitId: importUnitId,
        skipErrors: true,
      })) as { created: number; skippedErrors: number };
      imports.push(performance.now() - s);
      // The app's peak: the register's search index and one import (later runs add the garbage of the earlier ones).
      if (run === 1) peakRss = process.resourceUsage().maxRSS / 1024;
      console.log(
        `# import ${run}: ${(imports[run - 1] / 1000).toFixed(2)} s (preview ${(previewMs / 1000).toFixed(2)} s, ${(answer / 1e6).toFixed(1)} MB answer), ${result.created} members (${result.skippedErrors} rows with errors skipped) (rss ${rssMb()} MB)`,
      );
    } finally {
      // The checkpoint of the import runs in a worker after it answers (checkpoint-host.ts); the
      // next run starts once it is done, as a clerk's next import would.
      await checkpointsSettled(path.join(copy, DB_FILE_NAME));
      ictx.close();
      fs.rmSync(copy, { recursive: true, force: true });
    }
  }
  const importMs = Math.min(...imports);
  // The peer after the imports, so that its memory does not count as the app's.
  const parses: number[] = [];
  for (let run = 0; run < RUNS; run++) parses.push(await exceljsParse(ordered));
  const parse = Math.min(...parses);
  console.log(`# exceljs parse only: ${parses.map((p) => (p / 1000).toFixed(2)).join(', ')} s`);
  emit('members.import_50k_s', importMs / 1000, 's');
  emit('members.import_vs_exceljs_ratio', importMs / parse, 'ratio');
  emit('members.peak_rss_mb', peakRss, 'MB');
  await measureExport(dir, emit);
}

/**
 * The whole register (all statuses) to .xlsx, as the list page's "Xuất Excel" asks for it, once the
 * list is shown (search index built). Measured last, so that members.peak_rss_mb is not its figure.
 */
async function measureExport(dir: string, emit: Emit): Promise<void> {
  const ctx = createContext({ dataDir: path.join(dir, 'data'), migrationsDir: MIGRATIONS_DIR, mode: 'browser', appVersion: 'bench' });
  try {
    await must(ctx, 'members.list', { status: 'all', limit: 50 });
    const s = performance.now();
    const exported = (await must(ctx, 'members.exportXlsx', { status: 'all' })) as { dataBase64: string };
    const seconds = (performance.now() - s) / 1000;
    console.log(`# export: ${((exported.dataBase64.length * 3) / 4 / 1e6).toFixed(1)} MB in ${seconds.toFixed(2)} s`);
    emit('members.export_100k_s', seconds, 's');
  } finally {
    ctx.close();
  }
}

/** Backup and restore of the 100k register, on a copy of it. */
async function backupOnCopy(dir: string, emit: Emit): Promise<void> {
  const data = path.join(dir, 'data-backup');
  fs.cpSync(path.join(dir, 'data'), data, { recursive: true });
  const ctx = createContext({ dataDir: data, migrationsDir: MIGRATIONS_DIR, mode: 'browser', appVersion: 'bench' });
  try {
    await measureBackup(ctx, dir, emit);
  } finally {
    ctx.close();
    fs.rmSync(data, { recursive: true, force: true });
  }
}

// Child process entry: `tsx test/bench/members.ts prepare|measure|backup <dir>`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [mode, dir] = process.argv.slice(2);
  const emitLine: Emit = (metric, value, unit) => console.log(`METRIC ${metric} ${value} ${unit}`);
  if (mode === 'prepare') await prepare(dir);
  else if (mode === 'backup') await backupOnCopy(dir, emitLine);
  else await measure(dir, emitLine);
}
