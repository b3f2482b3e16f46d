import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ok, tempDir, testContext } from '../support/context';
import { fillTemplate } from '../fixtures/reports/generate';
import type { Emit } from './run';

const UNITS = 300;

/**
 * reports.templates_300_s: write the 300 unit templates of a round (default Workers' Month set)
 * into a folder. reports.import_300_s: a folder of 300 filled reports, one per unit, scanned
 * (preview, parsed in the worker pool) and saved, end to end. Targets: ≤ 10 s each.
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
  } finally {
    ctx.close();
  }
}
