import { performance } from 'node:perf_hooks';
import { ok, testContext } from '../support/context';
import type { Emit } from './run';

const UNITS = 1000;
const EXTRA_INDICATORS = 5; // the default catalogue has 35; the round gets 40
const ACTIVITIES = 5000;

/**
 * results.round_ms: the results of a round (totals per indicator by sector, share of units, the
 * activity contributions, comparison with last year's round) for 1,000 units × 40 indicators plus
 * 5,000 logged activities — median of 7 calls through the API after one warm-up (the first call,
 * printed too, also adds up last year's reports, which later calls reuse while they are unchanged).
 * Target ≤ 100 ms.
 */
export async function benchResults(emit: Emit): Promise<void> {
  const ctx = testContext({ now: new Date('2026-06-10T09:00:00+07:00') });
  try {
    const round = await buildBenchRound(ctx);
    const first = performance.now();
    const r = await ok(ctx, 'results.round', { roundId: round.id });
    const cold = performance.now() - first;
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      await ok(ctx, 'results.round', { roundId: round.id });
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    emit('results.round_ms', times[3], 'ms');
    console.log(
      `first call ${cold.toFixed(1)} ms; ${r.indicators.length} indicators, ${r.counts.received}/${r.counts.required} reported, ` +
        `${r.activities.total} activities (${r.activities.office} office, ${r.activities.unitCounted} counted, ${r.activities.unitInformational} informational), ` +
        `previous round ${r.previous?.code ?? 'none'}`,
    );
  } finally {
    ctx.close();
  }
}

/** The round of the benchmark (and of profiling scripts): returns it with last year's round beside it. */
/** `unitCount` units (1,000 for the bench; fewer where a test needs a smaller round of the same shape). */
export async function buildBenchRound(ctx: ReturnType<typeof testContext>, unitCount = UNITS) {
  {
    const sectors = (ctx.db.prepare('SELECT id FROM sectors ORDER BY sort_order').all() as { id: number }[]).map((s) => s.id);
    const insertUnit = ctx.db.prepare(
      "INSERT INTO units (code, code_key, name, name_key, sector_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '2026-01-01', '2026-01-01')",
    );
    ctx.db.transaction(() => {
      for (let i = 1; i <= unitCount; i++) {
        const code = `CD${String(i).padStart(4, '0')}`;
        insertUnit.run(code, code.toLowerCase(), `Công đoàn cơ sở số ${i}`, `cong doan co so so ${i}`, sectors[i % sectors.length]);
      }
    })();
    const defaults = await ok(ctx, 'reports.defaultIndicators', {});
    const indicators = [
      ...defaults,
      ...Array.from({ length: EXTRA_INDICATORS }, (_, k) => ({
        code: `8.${k + 1}`,
        group: 'VIII. Chỉ tiêu khác',
        label: `Chỉ tiêu thêm ${k + 1}`,
        unit: 'lượt',
        kind: 'count' as const,
        target: null,
      })),
    ];
    const prev = await ok(ctx, 'reports.createRound', {
      name: 'Kết quả Tháng Công nhân năm 2025',
      code: 'TCN2025',
      deadline: '2025-05-26',
      periodFrom: '2025-05-01',
      periodTo: '2025-05-31',
      indicators,
    });
    const round = await ok(ctx, 'reports.createRound', {
      name: 'Kết quả Tháng Công nhân năm 2026',
      code: 'TCN2026',
      deadline: '2026-05-26',
      periodFrom: '2026-05-01',
      periodTo: '2026-05-31',
      indicators,
    });
    if (round.indicators.length !== 40) throw new Error(`round has ${round.indicators.length} indicators`);

    // Reports: every unit, every indicator, in both rounds (not timed).
    const insertSub = ctx.db.prepare(
      "INSERT INTO report_submissions (round_id, unit_id, source, received_on, created_at, is_current) VALUES (?, ?, 'manual', ?, '2026-05-20', 1)",
    );
    const insertValue = ctx.db.prepare(
      'INSERT INTO report_values (submission_id, indicator_id, num_value, text_value) VALUES (?, ?, ?, ?)',
    );
    const units = (ctx.db.prepare('SELECT id FROM units ORDER BY id').all() as { id: number }[]).map((u) => u.id);
    for (const r of [prev, round]) {
      ctx.db.transaction(() => {
        for (const [k, unitId] of units.entries()) {
          const sub = Number(insertSub.run(r.id, unitId, k % 10 === 0 ? '2026-05-28' : '2026-05-20').lastInsertRowid);
          for (const ind of r.indicators) {
            if (ind.kind === 'text') insertValue.run(sub, ind.id, null, 'Hội thao, văn nghệ');
            else if (ind.kind === 'percent') insertValue.run(sub, ind.id, 50 + (k % 50), null);
            else if (ind.kind === 'money') insertValue.run(sub, ind.id, ((k % 20) + 1) * 500_000, null);
            else insertValue.run(sub, ind.id, k % 7, null);
          }
        }
      })();
    }

    // 5,000 activities: a fifth by the office, the rest by units; visits with beneficiaries.
    const types = ctx.db.prepare('SELECT id, has_beneficiaries AS hb FROM activity_types').all() as { id: number; hb: number }[];
    const insertActivity = ctx.db.prepare(
      `INSERT INTO activities (type_id, date, unit_id, title, search_key, participants, other_beneficiaries, money_union, money_employer,
         money_social, money_government, round_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-05-01', '2026-05-01')`,
    );
    const insertBen = ctx.db.prepare(
      'INSERT INTO activity_beneficiaries (activity_id, member_id, member_name, situation) VALUES (?, NULL, ?, ?)',
    );
    const situations = ['accident', 'occupational', 'illness', 'hardship', null];
    ctx.db.transaction(() => {
      for (let i = 0; i < ACTIVITIES; i++) {
        const t = types[i % types.length];
        const unitId = i % 5 === 0 ? null : units[i % units.length];
        const id = Number(
          insertActivity.run(
            t.id,
            `2026-05-${String((i % 31) + 1).padStart(2, '0')}`,
            unitId,
            `Hoạt động ${i}`,
            `hoat dong ${i}`,
            i % 120,
            i % 3,
            (i % 10) * 100_000,
            (i % 4) * 50_000,
            0,
            0,
            round.id,
          ).lastInsertRowid,
        );
        if (t.hb) for (let b = 0; b < 3; b++) insertBen.run(id, `Đoàn viên ${i}-${b}`, situations[(i + b) % situations.length]);
      }
    })();
    // Half the units have not reported this round: their activities count, the others' are informational.
    ctx.db.prepare('DELETE FROM report_submissions WHERE round_id = ? AND unit_id % 2 = 0').run(round.id);
    ctx.db.pragma('optimize');
    return round;
  }
}
