// Document benchmarks:
//   plans.docx_ms          the .docx of a 6-page plan, as the clerk asks for it: documents.exportDocx
//                          through the real dispatcher (read, render, base64), median of 15 after warm-up
//   plans.docx_render_ms   the Word writer alone (renderDocx) on the same plan, median of 15
//   plans.bao_cao_docx_ms  the .docx of the BÁO CÁO drafted from a 1,000-unit round (40 indicators,
//                          sectors and last year in the annex), through documents.exportDocx, median of 15
import { performance } from 'node:perf_hooks';
import { dispatch } from '../../electron/services/dispatch';
import { renderDocx } from '../../electron/services/documents/docx/index';
import { EXAMPLE_OFFICE } from '../../shared/settings/schema';
import { longPlan } from '../fixtures/documents/sample-plan';
import { ok, testContext } from '../support/context';
import { buildBenchRound } from './results';
import type { Emit } from './run';

const RUNS = 15;

async function median(fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)];
}

type Ctx = ReturnType<typeof testContext>;

async function withOffice(ctx: Ctx): Promise<void> {
  await ok(ctx, 'settings.update', {
    ...EXAMPLE_OFFICE,
    superiorBody: EXAMPLE_OFFICE.superiorBody ?? '',
    address: '',
    phone: '',
    email: '',
  });
}

const exportDocx = (ctx: Ctx, id: number) => async () => {
  const r = await dispatch(ctx, 'documents.exportDocx', { id });
  if (!r.ok) throw new Error(r.error.message);
};

export async function benchDocuments(emit: Emit): Promise<void> {
  const plan = longPlan(6);
  const ctx = testContext();
  try {
    await withOffice(ctx);
    const { document } = await ok(ctx, 'documents.create', { templateKey: 'ke-hoach', year: 2024, date: '2024-03-28' });
    await ok(ctx, 'documents.save', { id: document.id, doc: plan });
    emit('plans.docx_ms', await median(exportDocx(ctx, document.id)), 'ms');
    emit('plans.docx_render_ms', await median(() => renderDocx(plan)), 'ms');
  } finally {
    ctx.close();
  }

  const rctx = testContext({ now: new Date('2026-06-10T09:00:00+07:00') });
  try {
    await withOffice(rctx);
    const round = await buildBenchRound(rctx);
    const { document } = await ok(rctx, 'results.draftReport', { roundId: round.id, date: '2026-06-10' });
    emit('plans.bao_cao_docx_ms', await median(exportDocx(rctx, document.id)), 'ms');
  } finally {
    rctx.close();
  }
}
