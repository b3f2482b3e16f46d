// Writes a reporting round of N units (the bench's shape: every unit reported, 40 indicators,
// last year's round, logged activities) into a data folder and drafts its BÁO CÁO; prints the
// document's id. Run by e2e tests with the server stopped (300 units' reports through the screens
// would take minutes): node --import tsx test/e2e/support/seed-round.ts <data-dir> <units>
import { buildBenchRound } from '../../bench/results';
import { ok, testContext } from '../../support/context';

async function main(): Promise<void> {
  const [dataDir, units] = process.argv.slice(2);
  const ctx = testContext({ dataDir, now: new Date('2026-06-10T09:00:00+07:00') });
  try {
    const round = await buildBenchRound(ctx, Number(units));
    const { document } = await ok(ctx, 'results.draftReport', { roundId: round.id, date: '2026-06-10' });
    process.stdout.write(`${document.id}\n`);
  } finally {
    ctx.close();
  }
}

void main();
