import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { ParsePool } from '../../../electron/services/reports/parse-pool';
import { testContext } from '../../support/context';
import { fillTemplate } from '../../fixtures/reports/generate';
import { seedRound, writeTemplates } from './helpers';

// The worker pool that keeps untrusted files off the main thread, with time and memory limits.
describe('parse pool', () => {
  const pools: ParsePool[] = [];
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
  });
  const pool = (opts: ConstructorParameters<typeof ParsePool>[0]) => {
    const p = new ParsePool(opts);
    pools.push(p);
    return p;
  };

  it('parses in worker threads, several files at once', async () => {
    const ctx = testContext();
    const round = await seedRound(ctx);
    const tpl = (await writeTemplates(ctx, round.id)).byUnit;
    const files = await Promise.all(Object.values(tpl).map(async (f) => fillTemplate(fs.readFileSync(f), { values: { '1.1': 1 } })));
    const p = pool({ size: 2 });
    expect(p.isolated).toBe(true);
    const results = await Promise.all(files.map((f, i) => p.parse(`f${i}.xlsx`, f)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.map((r) => (r.ok ? r.report.identity?.unitCode : null)).sort()).toEqual(['CD001', 'CD002', 'CD003']);
    ctx.close();
  });

  it('stops a file that takes too long and carries on with the next', async () => {
    const ctx = testContext();
    const round = await seedRound(ctx);
    const tpl = (await writeTemplates(ctx, round.id)).byUnit;
    const slow = pool({ size: 1, timeoutMs: 1 });
    const r = await slow.parse('cham.xlsx', fs.readFileSync(tpl.CD001));
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/^Tệp "cham.xlsx": đọc tệp quá lâu/) });
    ctx.close();
  });

  it('stops a worker that needs more memory than allowed', async () => {
    const tiny = pool({ size: 1, memoryMb: 2 });
    const r = await tiny.parse('to.xlsx', Buffer.alloc(10));
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/^Tệp "to.xlsx": tệp cần quá nhiều bộ nhớ/) });
  });
});
