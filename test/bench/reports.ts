import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ok, tempDir, testContext } from '../support/context';
import { fillTemplate, millionRowTemplate } from '../fixtures/reports/generate';
import { bigZipBomb, doctypeXlsx } from '../fixtures/files/hostile';
import type { Emit } from './run';

const UNITS = 300;

/**
 * reports.templates_300_s: write the 300 unit templates of a round (default Workers' Month set)
 * into a folder. reports.import_300_s: a folder of 300 filled reports, one per unit, scanned
 * (preview, parsed in the worker pool) and saved, end to end. Targets: ≤ 10 s each.
 * reports.hostile_max_s / reports.hostile_peak_mb: the slowest refusal, and the most extra memory
 * of the process, over a 2 GB zip bomb (true sizes, then sizes that lie), a 1,000,000-row sheet and
 * a DOCTYPE, each previewed alone. Targets: ≤ 2 s, ≤ 200 MB.
 */
export async function benchReports(emit: Emit): Promise<void> {
  const ctx = testContext({ now: new Date('2026-05-20T09:00:00+07:00') });
  try {
    const insert = ctx.db.prepare(
      "INSERT INTO units (code, code_key, name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?, '2026-01-01', '2026-01-01')",
    );
    ctx.db.transaction(() => {
      for (let i = 1; i <= UNITS; i++) {
        const code = `CD${String(i).padStart(3, '0')}`;
        insert.run(code, code.toLowerCase(), `Công đoàn cơ sở Trường học số ${i}`, `cong doan co so truong hoc so ${i}`);
      }
    })();
    const indicators = await ok(ctx, 'reports.defaultIndicators', {});
    const round = await ok(ctx, 'reports.createRound', {
      name: 'Kết quả Tháng Công nhân năm 2026',
      code: 'TCN2026',
      deadline: '2026-05-26',
      indicators,
    });

    const out = tempDir('bench-templates-');
    let t = performance.now();
    const written = await ok(ctx, 'reports.writeTemplates', { roundId: round.id, folder: out });
    emit('reports.templates_300_s', (performance.now() - t) / 1000, 's');
    if (written.written.length !== UNITS) throw new Error(`wrote ${written.written.length} templates`);

    // Fill every template the way a unit would (not timed).
    const usb = tempDir('bench-usb-');
    for (const [i, name] of written.written.entries()) {
      const values: Record<string, string | number> = {};
      for (const ind of indicators) {
        if (ind.kind === 'text') values[ind.code] = 'Hội thao, văn nghệ';
        else if (ind.kind === 'percent') values[ind.code] = 80;
        else if (ind.kind === 'money') values[ind.code] = i % 2 ? '1.500.000' : 2_000_000;
        else values[ind.code] = i % 3 ? 5 : '12';
      }
      const filled = await fillTemplate(fs.readFileSync(path.join(out, name)), { values, highlights: 'Kết quả nổi bật.' });
      fs.writeFileSync(path.join(usb, name), filled);
    }

    t = performance.now();
    const preview = await ok(ctx, 'reports.scanFolder', { roundId: round.id, folder: usb });
    const previewS = (performance.now() - t) / 1000;
    const saved = await ok(ctx, 'reports.commitImport', { batchId: preview.batchId });
    emit('reports.import_300_s', (performance.now() - t) / 1000, 's');
    console.log(`preview ${previewS.toFixed(2)} s; saved ${saved.created} reports, errors ${preview.counts.error}`);
    if (saved.created !== UNITS)
      throw new Error(
        `imported ${saved.created} of ${UNITS}: ${JSON.stringify(preview.files.find((f) => f.status === 'error')?.messages)}`,
      );

    // Hostile files from a USB stick, each previewed alone: refused how fast, at what extra memory.
    const template = fs.readFileSync(path.join(out, written.written[0]));
    const hostile: [string, Buffer][] = [
      ['bom-2GB.xlsx', await bigZipBomb(template, 2048)],
      ['bom-2GB-khai-sai.xlsx', await bigZipBomb(template, 2048, true)],
      ['trieu-dong.xlsx', millionRowTemplate(template)],
      ['doctype.xlsx', await doctypeXlsx()],
    ];
    let slowest = 0;
    let peak = 0;
    for (const [name, data] of hostile) {
      const base = process.memoryUsage().rss;
      let top = base;
      const sampler = setInterval(() => (top = Math.max(top, process.memoryUsage().rss)), 5);
      t = performance.now();
      const p = await ok(ctx, 'reports.previewUpload', {
        roundId: round.id,
        files: [{ fileName: name, dataBase64: data.toString('base64') }],
      });
      const s = (performance.now() - t) / 1000;
      clearInterval(sampler);
      top = Math.max(top, process.memoryUsage().rss);
      const f = p.files[0];
      if (f.status !== 'error') throw new Error(`${name} was not refused`);
      console.log(
        `# ${name} (${(data.length / 1024 / 1024).toFixed(1)} MB): ${s.toFixed(2)} s, +${((top - base) / 1e6).toFixed(0)} MB — ${f.messages[0]}`,
      );
      slowest = Math.max(slowest, s);
      peak = Math.max(peak, (top - base) / 1024 / 1024);
      await ok(ctx, 'reports.discardImport', { batchId: p.batchId });
    }
    emit('reports.hostile_max_s', slowest, 's');
    emit('reports.hostile_peak_mb', peak, 'MB');
  } finally {
    ctx.close();
  }
}
